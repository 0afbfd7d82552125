package fr.folios.examples.catalogue;

import java.util.Objects;

/**
 * A record of a source file that could not become a catalogue resource, and why.
 *
 * @param record where it is in its file, e.g. {@code line 12} or {@code uuid 4c10a}
 * @param reason why it was not turned into a resource, in words a data steward can act on
 */
public record Rejection(String record, String reason) {

  /** Checks the parts. */
  public Rejection {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return record + ": " + reason;
  }
}
