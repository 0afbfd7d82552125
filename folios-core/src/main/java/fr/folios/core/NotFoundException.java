package fr.folios.core;

/**
 * A referenced object does not exist (or is not visible to the actor).
 */
public class NotFoundException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the value, the rule it breaks, and the way out
   */
  public NotFoundException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the value, the rule it breaks, and the way out
   * @param cause the underlying failure
   */
  public NotFoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
