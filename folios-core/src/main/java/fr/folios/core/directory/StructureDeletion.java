package fr.folios.core.directory;

import java.util.Objects;

/**
 * What deleting a class or a group removed, as {@code Directory.deleteClass} and {@code
 * Directory.deleteGroup} report it.
 *
 * @param structure which class or group, for messages and logs, e.g. "class 3B (2025-2026)"
 * @param members how many people lost their place in it: pupils, teachers or staff, each once
 * @param revokedShares how many shares granted to it were revoked, their re-shares included
 * @param documents how many documents its space held, trashed ones included
 * @param folders how many folders its space held, trashed ones included
 * @param news how many news items of the class were deleted; 0 for a group
 * @param invitations how many external partners' invitations into the group were removed; 0
 *     for a class
 */
public record StructureDeletion(String structure, int members, int revokedShares,
    int documents, int folders, int news, int invitations) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public StructureDeletion {
    Objects.requireNonNull(structure, "structure");
    count(structure, "members", members);
    count(structure, "revoked shares", revokedShares);
    count(structure, "documents", documents);
    count(structure, "folders", folders);
    count(structure, "news items", news);
    count(structure, "invitations", invitations);
  }

  private static void count(String structure, String what, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("the deletion of " + structure + " counts " + count
          + " " + what + "; a count is 0 or more");
    }
  }
}
