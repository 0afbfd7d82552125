package fr.folios.core;

/**
 * The operation would break a uniqueness rule or a concurrent change won.
 */
public class ConflictException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the value, the rule it breaks, and the way out
   */
  public ConflictException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the value, the rule it breaks, and the way out
   * @param cause the underlying failure
   */
  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
