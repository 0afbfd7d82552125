package fr.folios.core.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Scans new content, e.g. through an antivirus, before the document becomes visible.
 *
 * <p>Folios calls it once the bytes are stored and their type detected, and before the document
 * is recorded: until the scan says {@link ScanVerdict.Outcome#CLEAN clean}, nobody can list or
 * read the document. On {@link ScanVerdict.Outcome#INFECTED infected} the upload is refused and
 * its bytes removed. On {@link ScanVerdict.Outcome#UNAVAILABLE unavailable}, or if the scanner
 * throws, the upload is refused too, unless the host chose {@link Fallback#ACCEPT}. Copies of an
 * existing document are not scanned again.
 *
 * <p>Implementations must be safe for concurrent use; Folios calls them outside any transaction,
 * so a slow scan holds no lock on the space.
 */
@FunctionalInterface
public interface ContentScanner {

  /** What Folios does with a document its scanner could not scan. */
  enum Fallback {
    /** Refuse the document, removing its bytes; the caller may try again later (default). */
    REFUSE,
    /** Accept the document unscanned; for hosts that scan their storage later by other means. */
    ACCEPT
  }

  /**
   * Scans a content.
   *
   * @param content the stored bytes, from the first; Folios closes the stream afterwards
   * @param name the document's name, for the scanner's report
   * @param mediaType the type detected from the bytes
   * @return the verdict
   * @throws IOException if the content cannot be read or the scanner cannot be reached; taken
   *     as an {@link ScanVerdict.Outcome#UNAVAILABLE unavailable} verdict
   */
  ScanVerdict scan(InputStream content, String name, String mediaType) throws IOException;
}
