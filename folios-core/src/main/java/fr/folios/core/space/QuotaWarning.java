package fr.folios.core.space;

import java.util.Objects;

/**
 * A space's usage crossed a warning threshold of one of its limits: told once, when a change
 * takes the usage from below the threshold to at or above it.
 *
 * @param space the space
 * @param spaceName the space's name, for a message
 * @param limit the limit concerned (never {@link Limit#FILE_BYTES}, which is per file)
 * @param used what the space now uses of it
 * @param max the limit's value
 * @param percent the threshold crossed, in percent of the limit
 */
public record QuotaWarning(SpaceId space, String spaceName, Limit limit, long used, long max,
    int percent) {

  /** Checks the parts. */
  public QuotaWarning {
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(spaceName, "spaceName");
    Objects.requireNonNull(limit, "limit");
  }

  /** {@return a sentence for the space's owner, naming the usage, the limit and what to do} */
  public String message() {
    return "space '" + spaceName + "' uses " + used + " of its " + max + " " + limit.label()
        + ", past its " + percent + " % warning threshold: delete or move what is no longer"
        + " needed";
  }
}
