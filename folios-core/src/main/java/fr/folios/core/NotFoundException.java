package fr.folios.core;

/**
 * A referenced object does not exist. An object that exists but that the actor may not see
 * gives an {@link AccessDeniedException} instead.
 */
public class NotFoundException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was looked for, and how to find the right identifier
   */
  public NotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was looked for, and how to find the right identifier
   * @param cause the underlying failure
   */
  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
