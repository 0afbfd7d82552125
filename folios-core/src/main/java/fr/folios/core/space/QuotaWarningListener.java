package fr.folios.core.space;

/**
 * Told when a space's usage crosses a warning threshold (see {@code
 * Folios.Builder#onQuotaWarning}), e.g. to notify its owner.
 *
 * <p>It is called on the acting thread, once the change is committed: it cannot undo it, and
 * what it throws is logged and ignored. Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface QuotaWarningListener {

  /**
   * Reacts to a crossed threshold.
   *
   * @param warning which space, which limit, how much is used
   */
  void crossed(QuotaWarning warning);
}
