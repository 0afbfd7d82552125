package fr.folios.core;

import fr.folios.core.space.Limit;

/**
 * An operation would take a space past one of its limits; nothing was written.
 */
public class QuotaExceededException extends FoliosException {

  private static final long serialVersionUID = 1L;

  private final Limit limit;
  private final long requested;
  private final long maximum;

  /**
   * Creates the exception.
   *
   * @param limit which limit would be crossed
   * @param requested the value the space (or file) would reach
   * @param maximum the limit's value
   * @param message the space, its usage, the limit and what to do
   */
  public QuotaExceededException(Limit limit, long requested, long maximum, String message) {
    super(message);
    this.limit = limit;
    this.requested = requested;
    this.maximum = maximum;
  }

  /** {@return which limit would be crossed} */
  public Limit limit() {
    return limit;
  }

  /** {@return the value the space (or the file) would have reached} */
  public long requested() {
    return requested;
  }

  /** {@return the limit's value} */
  public long maximum() {
    return maximum;
  }
}
