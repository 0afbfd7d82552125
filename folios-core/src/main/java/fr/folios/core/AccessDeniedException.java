package fr.folios.core;

/**
 * The actor may not perform the operation on that object.
 */
public class AccessDeniedException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the value, the rule it breaks, and the way out
   */
  public AccessDeniedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the value, the rule it breaks, and the way out
   * @param cause the underlying failure
   */
  public AccessDeniedException(String message, Throwable cause) {
    super(message, cause);
  }
}
