package fr.folios.core;

/**
 * A value given by the caller breaks a rule.
 */
public class InvalidInputException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the value, the rule it breaks, and the way out
   */
  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message the value, the rule it breaks, and the way out
   * @param cause the underlying failure
   */
  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
