package fr.folios.core.spi;

/**
 * Tells a document's media type from its bytes.
 *
 * <p>Folios calls it on every upload with the first bytes of the stored content (at most
 * {@link #HEAD_BYTES}) and the caller's file name. The bytes decide: the name may only narrow a
 * type the bytes already show (a ZIP archive named {@code .odt}, a text named {@code .csv}); it
 * never replaces it, and bytes that show nothing give {@link #UNKNOWN}. The type returned is the
 * one recorded on the document.
 *
 * <p>Implementations must be safe for concurrent use and must not keep the bytes.
 * {@link MagicNumberDetector} knows the common signatures; an adapter (Apache Tika in
 * {@code folios-storage}) knows many more.
 */
public interface TypeDetector {

  /** The most leading bytes Folios passes to {@link #detect}: 64 KiB. */
  int HEAD_BYTES = 64 * 1024;

  /** The type of bytes that show nothing known. */
  String UNKNOWN = "application/octet-stream";

  /**
   * Tells the media type of a content from its first bytes.
   *
   * @param head the first bytes of the content, all of it if it is shorter than
   *     {@link #HEAD_BYTES}; may be empty; not modified
   * @param name the caller's file name, a hint that may only narrow the type the bytes show
   * @return the media type in lower case without parameters, e.g. {@code application/pdf};
   *     {@link #UNKNOWN} when the bytes show nothing known
   */
  String detect(byte[] head, String name);

  /**
   * Tells the media type a file name claims by its extension, whatever the bytes. Folios refuses
   * a file whose name claims a denied type, because the reader's system picks the program that
   * opens a downloaded file by its name.
   *
   * @param name a file name
   * @return the media type in lower case without parameters, or {@link #UNKNOWN} when the name
   *     has no extension, or one this detector does not know
   */
  String typeOfName(String name);
}
