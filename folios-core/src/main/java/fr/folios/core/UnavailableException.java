package fr.folios.core;

/**
 * A service Folios needs, such as the content scanner, cannot answer for now; nothing was
 * changed, and the same request may succeed later.
 */
public class UnavailableException extends FoliosException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what could not be done, which service failed, and when to try again
   */
  public UnavailableException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what could not be done, which service failed, and when to try again
   * @param cause the underlying failure
   */
  public UnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
