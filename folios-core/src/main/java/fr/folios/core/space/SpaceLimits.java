package fr.folios.core.space;

import fr.folios.core.InvalidInputException;

/**
 * The four limits of a space.
 *
 * <p>Sizes are in bytes; a megabyte here is 1,048,576 bytes.
 *
 * @param maxBytes the most bytes the space may hold
 * @param maxDocuments the most documents
 * @param maxFolders the most folders
 * @param maxFileBytes the largest single file
 */
public record SpaceLimits(long maxBytes, long maxDocuments, long maxFolders, long maxFileBytes) {

  /** One megabyte: 1,048,576 bytes. */
  public static final long MB = 1024L * 1024L;

  /** The FOLIOS defaults: 100 MB, 300 documents, 100 folders, 30 MB per file. */
  public static final SpaceLimits DEFAULT = new SpaceLimits(100 * MB, 300, 100, 30 * MB);

  /**
   * Checks the values.
   *
   * @throws InvalidInputException if a value is negative or a file may be larger than the space
   */
  public SpaceLimits {
    if (maxBytes < 0 || maxDocuments < 0 || maxFolders < 0 || maxFileBytes < 0) {
      throw new InvalidInputException("space limits " + maxBytes + " bytes, " + maxDocuments
          + " documents, " + maxFolders + " folders, " + maxFileBytes
          + " bytes per file: no limit may be negative");
    }
    if (maxFileBytes > maxBytes) {
      throw new InvalidInputException("the per-file limit (" + maxFileBytes
          + " bytes) exceeds the space limit (" + maxBytes + " bytes): lower the per-file limit");
    }
  }

  /**
   * Returns the value of one limit.
   *
   * @param limit which limit
   * @return its value
   */
  public long of(Limit limit) {
    return switch (limit) {
      case SPACE_BYTES -> maxBytes;
      case DOCUMENTS -> maxDocuments;
      case FOLDERS -> maxFolders;
      case FILE_BYTES -> maxFileBytes;
    };
  }
}
