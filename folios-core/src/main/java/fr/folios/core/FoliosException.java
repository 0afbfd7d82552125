package fr.folios.core;

/**
 * The root of every exception the SDK throws on purpose.
 *
 * <p>Subclasses exist only where a caller must react differently: {@link AccessDeniedException},
 * {@link NotFoundException}, {@link ConflictException}, {@link QuotaExceededException},
 * {@link InvalidInputException} and {@link UnavailableException}. Messages name the value,
 * the limit and the way out.
 */
public class FoliosException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message meant for the person who will read the log.
   *
   * @param message what went wrong, the value and limit involved, and what to do
   */
  public FoliosException(String message) {
    super(message);
  }

  /**
   * Creates an exception caused by another.
   *
   * @param message what went wrong and what to do
   * @param cause the underlying failure
   */
  public FoliosException(String message, Throwable cause) {
    super(message, cause);
  }
}
