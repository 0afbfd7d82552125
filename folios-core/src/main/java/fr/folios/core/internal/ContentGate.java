package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import fr.folios.core.UnavailableException;
import fr.folios.core.space.DeniedTypes;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.ContentScanner;
import fr.folios.core.spi.ScanVerdict;
import fr.folios.core.spi.TypeDetector;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether new bytes may become a document: tells their type, refuses denied types and
 * asks the scanner. Not part of the API. Thread-safe if its detector and scanner are.
 */
public final class ContentGate {

  private static final Logger LOG = LoggerFactory.getLogger(ContentGate.class);

  private final TypeDetector detector;
  private final DeniedTypes denied;
  private final @Nullable ContentScanner scanner;
  private final ContentScanner.Fallback fallback;

  /**
   * Creates the gate.
   *
   * @param detector tells types from bytes
   * @param denied the types refused
   * @param scanner the scanner, or {@code null} for none
   * @param fallback what to do when the scanner cannot scan
   */
  public ContentGate(TypeDetector detector, DeniedTypes denied,
      @Nullable ContentScanner scanner, ContentScanner.Fallback fallback) {
    this.detector = detector;
    this.denied = denied;
    this.scanner = scanner;
    this.fallback = fallback;
  }

  /**
   * Tells the type of stored bytes from their head; the name only narrows it.
   *
   * @param head the first bytes
   * @param name the file name
   * @return the detected media type
   */
  public String typeOf(byte[] head, String name) {
    return detector.detect(head, name);
  }

  /**
   * Refuses a denied type, then scans the stored bytes. Throws before anything is recorded;
   * the caller removes the blob it created.
   *
   * @param name the document's name
   * @param mediaType its detected type
   * @param blob where its bytes are stored
   * @param blobs the blob store
   * @throws InvalidInputException if the type, or the type the name claims, is denied, or the
   *     scanner finds the content infected
   * @throws UnavailableException if the scanner cannot scan and the fallback is to refuse
   */
  public void admit(String name, String mediaType, BlobKey blob, BlobStore blobs) {
    refuseDenied(name, mediaType);
    if (scanner != null) {
      scan(scanner, name, mediaType, blob, blobs);
    }
  }

  /**
   * Admits rich text Folios has just sanitised: its type is HTML, which the deny-list refuses
   * in uploads, but its markup was cleaned against an allow-list. The type its name claims is
   * still refused if denied and not HTML (a rich text named as a program, say), and the scanner
   * still reads it.
   *
   * @param name the document's name
   * @param blob where the sanitised bytes are stored
   * @param blobs the blob store
   * @throws InvalidInputException if the name claims a denied type other than HTML, or the
   *     scanner finds the content infected
   * @throws UnavailableException if the scanner cannot scan and the fallback is to refuse
   */
  public void admitSanitisedHtml(String name, BlobKey blob, BlobStore blobs) {
    String claimed = detector.typeOfName(name);
    if (denied.denies(claimed) && !claimed.startsWith("text/html")) {
      throw refused(name, "is named as " + claimed + ", which the reader's system would run"
          + " or display as such");
    }
    if (scanner != null) {
      scan(scanner, name, "text/html", blob, blobs);
    }
  }

  private void refuseDenied(String name, String mediaType) {
    if (denied.denies(mediaType)) {
      throw refused(name, "holds " + mediaType + " (told from its bytes, not its name)");
    }
    String claimed = detector.typeOfName(name);
    if (denied.denies(claimed)) {
      throw refused(name, "is named as " + claimed + ", which the reader's system would run"
          + " or display as such");
    }
  }

  private static InvalidInputException refused(String name, String why) {
    return new InvalidInputException("file '" + name + "' " + why + ", a type Folios refuses"
        + " (programs, scripts, and markup that can carry script; the list is the host's"
        + " Folios.builder().deniedTypes(...)); nothing was stored: send it as PDF, an office"
        + " document or an image, or in a ZIP archive");
  }

  private void scan(ContentScanner scanner, String name, String mediaType, BlobKey blob,
      BlobStore blobs) {
    ScanVerdict verdict;
    Exception failure = null;
    try (InputStream content = blobs.open(blob)) {
      ScanVerdict answer = scanner.scan(content, name, mediaType);
      verdict = answer != null ? answer : ScanVerdict.unavailable("the scanner gave no verdict");
    } catch (IOException | RuntimeException e) {
      verdict = ScanVerdict.unavailable(String.valueOf(e));
      failure = e;
    }
    switch (verdict.outcome()) {
      case CLEAN -> { }
      case INFECTED -> throw new InvalidInputException("file '" + name + "' was refused by the"
          + " content scanner: infected (" + verdict.detail() + "); nothing was stored: clean"
          + " the file with an antivirus, or send another");
      case UNAVAILABLE -> unscanned(name, verdict.detail(), failure);
    }
  }

  private void unscanned(String name, String reason, @Nullable Exception failure) {
    if (fallback == ContentScanner.Fallback.ACCEPT) {
      LOG.warn("file '{}' was accepted unscanned: the content scanner is unavailable ({})",
          name, reason, failure);
      return;
    }
    String message = "file '" + name + "' could not be scanned: the content scanner is"
        + " unavailable (" + reason + "); nothing was stored: try again in a few minutes";
    throw failure == null ? new UnavailableException(message)
        : new UnavailableException(message, failure);
  }
}
