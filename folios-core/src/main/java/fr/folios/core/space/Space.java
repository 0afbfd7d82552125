package fr.folios.core.space;

import fr.folios.core.QuotaExceededException;
import java.util.Objects;

/**
 * A space (espace): personal, of a class, or of a group. It holds folders and documents under
 * its limits.
 *
 * @param id its identifier
 * @param kind personal, class or group
 * @param owner the identifier of what owns it: a person, a class or a group
 * @param name its display name, e.g. "Léa Morel — personal"
 * @param limits its limits
 * @param usage what it holds now
 */
public record Space(
    SpaceId id, SpaceKind kind, String owner, String name, SpaceLimits limits, SpaceUsage usage) {

  /** Checks the parts. */
  public Space {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(usage, "usage");
  }

  /**
   * Returns this space holding more content, if its limits allow it; checked before anything is
   * written.
   *
   * @param bytes bytes to add
   * @param documents documents to add
   * @param folders folders to add
   * @param what what is being added, for the message, e.g. "document 'cv.pdf'"
   * @return the space with its new usage
   * @throws QuotaExceededException if a limit would be crossed; the message names the space,
   *     its usage, the limit and what to do
   */
  public Space reserve(long bytes, long documents, long folders, String what) {
    SpaceUsage after = usage.plus(bytes, documents, folders);
    check(Limit.DOCUMENTS, after.documents(), documents, what, "delete a document first");
    check(Limit.FOLDERS, after.folders(), folders, what, "file it in an existing folder instead");
    check(Limit.SPACE_BYTES, after.bytes(), bytes, what,
        "delete documents or send a smaller file first");
    return new Space(id, kind, owner, name, limits, after);
  }

  /**
   * Returns this space holding less content. A release is never refused for a limit.
   *
   * @param bytes bytes removed
   * @param documents documents removed
   * @param folders folders removed
   * @return the space with its new usage
   * @throws IllegalStateException if a count would fall below 0 (a drifted counter)
   */
  public Space release(long bytes, long documents, long folders) {
    return new Space(id, kind, owner, name, limits, usage.plus(-bytes, -documents, -folders));
  }

  private void check(Limit limit, long after, long added, String what, String wayOut) {
    long max = limits.of(limit);
    if (added > 0 && after > max) {
      throw new QuotaExceededException(limit, after, max, "space '" + name + "' would hold "
          + after + " " + unit(limit) + " with " + what + "; it holds " + usage.of(limit)
          + " and the limit is " + max + ": " + wayOut);
    }
  }

  private static String unit(Limit limit) {
    return limit == Limit.SPACE_BYTES ? "bytes" : limit.label();
  }
}
