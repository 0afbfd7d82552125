package fr.folios.core;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.spi.BlobKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one document, oldest first, the current one last; and what adding a version
 * keeps and drops. Every version holds bytes, so a document holds the sum of its versions'
 * sizes against its space's limits. Immutable.
 */
final class VersionHistory {

  private final List<DocumentVersion> versions;
  private final boolean stored;

  private VersionHistory(List<DocumentVersion> versions, boolean stored) {
    this.versions = versions;
    this.stored = stored;
  }

  /**
   * Returns a document's history: its stored versions, or, if its content was never replaced,
   * its content as version 1.
   */
  static VersionHistory of(Document document, List<DocumentVersion> stored) {
    return stored.isEmpty() ? new VersionHistory(List.of(DocumentVersion.first(document)), false)
        : new VersionHistory(List.copyOf(stored), true);
  }

  /** {@return whether its versions are stored (its content was replaced at least once)} */
  boolean stored() {
    return stored;
  }

  /** {@return the versions, oldest first} */
  List<DocumentVersion> all() {
    return versions;
  }

  /** {@return the current version} */
  DocumentVersion current() {
    return versions.get(versions.size() - 1);
  }

  /** {@return the bytes all the versions hold together} */
  long heldBytes() {
    return versions.stream().mapToLong(DocumentVersion::size).sum();
  }

  /** {@return the version of a number, if it is kept} */
  Optional<DocumentVersion> find(int number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  /** {@return the numbers of the versions kept, for messages} */
  String numbers() {
    return versions.stream().map(v -> String.valueOf(v.number())).toList().toString();
  }

  /**
   * Returns the bytes the oldest versions would release if a version were added now.
   *
   * @param kept how many earlier versions are kept besides the current one
   */
  long releasedByAdding(int kept) {
    int drop = Math.max(0, versions.size() - kept);
    return versions.subList(0, drop).stream().mapToLong(DocumentVersion::size).sum();
  }

  /**
   * Adds a version as the current one, dropping the oldest beyond the earlier ones kept.
   *
   * @param kept how many earlier versions are kept besides the current one
   */
  Addition add(BlobKey blob, long size, String mediaType, PersonId by, Instant at, int kept) {
    DocumentVersion next = new DocumentVersion(current().document(), current().number() + 1,
        blob, size, mediaType, by, at);
    int drop = Math.max(0, versions.size() - kept);
    List<DocumentVersion> dropped = versions.subList(0, drop);
    return new Addition(next, List.copyOf(dropped),
        dropped.stream().mapToLong(DocumentVersion::size).sum());
  }

  /**
   * What adding a version does.
   *
   * @param next the new current version
   * @param dropped the oldest versions no longer kept
   * @param droppedBytes the bytes they held
   */
  record Addition(DocumentVersion next, List<DocumentVersion> dropped, long droppedBytes) {
  }
}
