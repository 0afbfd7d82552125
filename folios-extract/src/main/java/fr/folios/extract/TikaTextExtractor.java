package fr.folios.extract;

import fr.folios.core.spi.PlainTextExtractor;
import fr.folios.core.spi.TextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Reads the text of HTML, PDF and OpenDocument (text, spreadsheet, presentation) documents with
 * Apache Tika's parsers, and plain text and Markdown with {@link PlainTextExtractor}.
 *
 * <pre>{@code
 * Folios.builder()...
 *     .documentIndex(LuceneDocumentIndex.open(dataDir.resolve("documents")))
 *     .textExtractor(TikaTextExtractor.create())
 * }</pre>
 *
 * <p>Contents are treated as hostile: each type goes to its own parser only (no detection
 * that could pick another), documents embedded in a document are not read, external entities
 * are not resolved, and parsing stops as soon as the number of characters asked is reached, so
 * a compression bomb made of text is cut there. Beyond, a document whose text expands far
 * beyond its size, or that nests elements too deep, is refused by Tika's
 * {@link SecureContentHandler}; an OpenDocument package whose XML parts unpack to more than
 * 32 MB is not read, whatever sizes it declares, and a PDF is read up to its 2,000th page, so
 * that markup without text or empty pages cost seconds at most. A malformed file gives an
 * {@link IOException} naming its type, so that the document is found by its name only. Safe for
 * concurrent use.
 */
public final class TikaTextExtractor implements TextExtractor {

  /** The most characters a content may produce for each byte read before it is refused. */
  static final long MAX_COMPRESSION_RATIO = 100;

  /**
   * The most bytes the XML parts of an OpenDocument package (content, styles, metadata,
   * manifest, media type) may unpack to, all together; a package beyond is not read. Parsing
   * markup costs about 50 ms a megabyte, text or not, so this bounds a markup bomb to seconds.
   */
  static final long MAX_UNPACKED_MARKUP_BYTES = 32L * 1024 * 1024;

  /** The most pages of a PDF whose text is read; the text of later pages is ignored. */
  static final int MAX_PAGES = 2_000;

  private static final Parser HTML = new JSoupParser();

  private static final Parser OPEN_DOCUMENT = new OpenDocumentParser();

  private static final Map<String, Parser> PARSERS = Map.of(
      "text/html", HTML,
      "application/xhtml+xml", HTML,
      "application/pdf", new PDFParser(),
      "application/vnd.oasis.opendocument.text", OPEN_DOCUMENT,
      "application/vnd.oasis.opendocument.spreadsheet", OPEN_DOCUMENT,
      "application/vnd.oasis.opendocument.presentation", OPEN_DOCUMENT);

  private final PlainTextExtractor plain = PlainTextExtractor.create();

  private TikaTextExtractor() {
  }

  /** {@return the extractor} */
  public static TikaTextExtractor create() {
    return new TikaTextExtractor();
  }

  /** {@return the media types this extractor reads, in order} */
  public Set<String> types() {
    Set<String> types = new TreeSet<>(PARSERS.keySet());
    for (String type : Set.of("text/plain", "text/markdown", "text/x-markdown", "text/csv")) {
      if (plain.reads(type)) {
        types.add(type);
      }
    }
    return types;
  }

  @Override
  public boolean reads(String mediaType) {
    return PARSERS.containsKey(mediaType) || plain.reads(mediaType);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException if the content is not a valid document of its type, or expands far
   *     beyond its size; the message names the type and the reason
   */
  @Override
  public String extract(String mediaType, InputStream content, int maxChars) throws IOException {
    Parser parser = PARSERS.get(mediaType);
    if (parser == null) {
      return plain.extract(mediaType, content, maxChars);
    }
    if (maxChars <= 0) {
      return "";
    }
    try (TemporaryResources temporary = new TemporaryResources();
        TikaInputStream stream = TikaInputStream.get(CloseShieldInputStream.wrap(content),
            temporary, new Metadata())) {
      if (parser == OPEN_DOCUMENT) {
        checkUnpackedMarkup(stream, mediaType);
      }
      return parse(parser, mediaType, stream, maxChars);
    }
  }

  /**
   * Unpacks the parts of an OpenDocument package that Tika parses, counting their bytes
   * rather than trusting the sizes the package declares, and refuses the package past
   * {@link #MAX_UNPACKED_MARKUP_BYTES}.
   */
  private static void checkUnpackedMarkup(TikaInputStream stream, String mediaType)
      throws IOException {
    long unpacked;
    try {
      unpacked = unpackedMarkup(stream);
    } catch (IOException | RuntimeException e) {
      throw new IOException("the content is not a readable " + mediaType + " package: " + e
          + "; it stays findable by its name", e);
    }
    if (unpacked > MAX_UNPACKED_MARKUP_BYTES) {
      throw new IOException("the " + mediaType + " content unpacks to more than "
          + MAX_UNPACKED_MARKUP_BYTES + " bytes of markup (the limit): its text is not read; it"
          + " stays findable by its name");
    }
  }

  /** {@return the bytes of markup a package unpacks to, counted up to just past the limit} */
  private static long unpackedMarkup(TikaInputStream stream) throws IOException {
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipFile zip = new ZipFile(stream.getFile())) {
      for (Enumeration<? extends ZipEntry> parts = zip.entries(); parts.hasMoreElements(); ) {
        ZipEntry part = parts.nextElement();
        if (!isMarkup(part.getName())) {
          continue;
        }
        try (InputStream bytes = zip.getInputStream(part)) {
          for (int n = bytes.read(buffer); n != -1; n = bytes.read(buffer)) {
            unpacked += n;
            if (unpacked > MAX_UNPACKED_MARKUP_BYTES) {
              return unpacked;
            }
          }
        }
      }
    }
    return unpacked;
  }

  private static boolean isMarkup(String partName) {
    return partName.equals("mimetype") || partName.contains(".xml");
  }

  private static String parse(Parser parser, String mediaType, TikaInputStream stream,
      int maxChars) throws IOException {
    BodyContentHandler text = new BodyContentHandler(maxChars);
    SecureContentHandler guard = new SecureContentHandler(new PageLimit(text), stream);
    guard.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    try {
      parser.parse(stream, guard, metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        refuse(guard, mediaType, e);
      }
    } catch (TikaException | IOException | RuntimeException e) {
      throw new IOException("the content is not a readable " + mediaType + " document: " + e
          + "; it stays findable by its name", e);
    }
    return text.toString();
  }

  private static void refuse(SecureContentHandler guard, String mediaType, SAXException e)
      throws IOException {
    try {
      guard.throwIfCauseOf(e);
    } catch (TikaException bomb) {
      throw new IOException("the " + mediaType + " content expands far beyond its size (more"
          + " than " + MAX_COMPRESSION_RATIO + " characters per byte, or nested too deep): its"
          + " text is not read; it stays findable by its name", bomb);
    }
    throw new IOException("the content is not a readable " + mediaType + " document: " + e
        + "; it stays findable by its name", e);
  }

  @Override
  public String toString() {
    return "TikaTextExtractor" + types();
  }

  /**
   * Stops a parse after {@link #MAX_PAGES} pages, as the write limit stops it after the
   * characters asked: a PDF of many empty pages would otherwise cost minutes.
   */
  private static final class PageLimit extends ContentHandlerDecorator {

    private int pages;

    PageLimit(BodyContentHandler text) {
      super(text);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes)
        throws SAXException {
      if ("div".equals(localName) && "page".equals(attributes.getValue("class"))
          && ++pages > MAX_PAGES) {
        throw new WriteLimitReachedException(MAX_PAGES);
      }
      super.startElement(uri, localName, name, attributes);
    }
  }
}
