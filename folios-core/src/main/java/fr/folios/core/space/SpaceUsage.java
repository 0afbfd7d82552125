package fr.folios.core.space;

/**
 * What a space holds, counted against its limits.
 *
 * @param bytes the bytes of all its documents
 * @param documents how many documents
 * @param folders how many folders
 */
public record SpaceUsage(long bytes, long documents, long folders) {

  /** An empty space. */
  public static final SpaceUsage EMPTY = new SpaceUsage(0, 0, 0);

  /**
   * Checks the values.
   *
   * @throws IllegalStateException if a count is negative (a drifted counter)
   */
  public SpaceUsage {
    if (bytes < 0 || documents < 0 || folders < 0) {
      throw new IllegalStateException("space usage cannot be negative: " + bytes + " bytes, "
          + documents + " documents, " + folders + " folders");
    }
  }

  /**
   * Returns the usage after adding (or, with negative numbers, removing) content.
   *
   * @param moreBytes bytes added
   * @param moreDocuments documents added
   * @param moreFolders folders added
   * @return the new usage
   * @throws IllegalStateException if a count would fall below 0 (a drifted counter)
   */
  public SpaceUsage plus(long moreBytes, long moreDocuments, long moreFolders) {
    return new SpaceUsage(bytes + moreBytes, documents + moreDocuments, folders + moreFolders);
  }

  /**
   * Returns the value counted against one limit; the per-file limit counts nothing.
   *
   * @param limit which limit
   * @return the value used
   */
  public long of(Limit limit) {
    return switch (limit) {
      case SPACE_BYTES -> bytes;
      case DOCUMENTS -> documents;
      case FOLDERS -> folders;
      case FILE_BYTES -> 0;
    };
  }
}
