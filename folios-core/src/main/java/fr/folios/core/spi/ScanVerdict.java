package fr.folios.core.spi;

import java.util.Objects;

/**
 * What a {@link ContentScanner} found in a content.
 *
 * @param outcome clean, infected, or the scanner could not tell
 * @param detail for an infected content, what was found (e.g. {@code Eicar-Test-Signature});
 *     for an unavailable scanner, why; empty for a clean content
 */
public record ScanVerdict(Outcome outcome, String detail) {

  private static final ScanVerdict CLEAN = new ScanVerdict(Outcome.CLEAN, "");

  /** The three outcomes of a scan. */
  public enum Outcome {
    /** Nothing harmful was found: the document may become visible. */
    CLEAN,
    /** Something harmful was found: the document is refused and its bytes removed. */
    INFECTED,
    /** The scanner could not scan (down, overloaded, timed out): the host's policy decides. */
    UNAVAILABLE
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ScanVerdict {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@return the verdict of a content in which nothing harmful was found} */
  public static ScanVerdict clean() {
    return CLEAN;
  }

  /**
   * Returns the verdict of a content that carries something harmful.
   *
   * @param threat what was found, as the scanner names it
   * @return the verdict
   */
  public static ScanVerdict infected(String threat) {
    return new ScanVerdict(Outcome.INFECTED, threat);
  }

  /**
   * Returns the verdict of a scan that could not be done.
   *
   * @param reason why, e.g. {@code "clamd on 127.0.0.1:3310 did not answer within 30 s"}
   * @return the verdict
   */
  public static ScanVerdict unavailable(String reason) {
    return new ScanVerdict(Outcome.UNAVAILABLE, reason);
  }
}
