package fr.folios.core.spi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TypeDetector} that knows the common signatures, with no library: PDF, PNG, JPEG, GIF,
 * WebP, MP3 (with an ID3 tag), MP4, ZIP archives (OpenDocument by their {@code mimetype} entry,
 * Office Open XML by their parts, Java and Android archives), the legacy Office container,
 * executables (Windows, ELF, Mach-O, Java classes), scripts with a {@code #!} line, and UTF-8
 * text, in which it tells HTML, SVG and XML from plain text by their first tag.
 *
 * <p>A file name narrows a type only within the family its bytes show: a text named
 * {@code .csv} is {@code text/csv}, a ZIP archive named {@code .odt} whose first entry does not
 * say otherwise is an OpenDocument text, but a PDF named {@code .txt} stays a PDF, and bytes that
 * show nothing known are {@link TypeDetector#UNKNOWN} whatever their name.
 *
 * <p>It is the default of {@code Folios.builder()}, enough for tests and small setups; the Apache
 * Tika detector of {@code folios-storage} knows far more formats. Immutable and thread-safe.
 */
public final class MagicNumberDetector implements TypeDetector {

  private static final MagicNumberDetector INSTANCE = new MagicNumberDetector();

  private static final String TEXT = "text/plain";
  private static final String ZIP = "application/zip";
  private static final String OLE = "application/x-tika-msoffice";
  private static final String SHELL = "application/x-sh";
  private static final String HTML = "text/html";
  private static final String SVG = "image/svg+xml";
  private static final String XML = "application/xml";
  private static final int MARKUP_CHARS = 1024;

  private static final Map<String, String> BY_EXTENSION = new HashMap<>();
  private static final Map<String, String> FAMILY = new HashMap<>();

  static {
    text("txt", TEXT);
    text("csv", "text/csv");
    text("md", "text/markdown");
    text("py", "text/x-python");
    text("html", HTML);
    text("htm", HTML);
    text("xhtml", "application/xhtml+xml");
    text("svg", SVG);
    text("xml", XML);
    text("js", "text/javascript");
    text("mjs", "text/javascript");
    text("jse", "text/javascript");
    text("sh", SHELL);
    text("bash", SHELL);
    text("bat", "application/x-bat");
    text("cmd", "application/x-bat");
    text("vbs", "text/vbscript");
    text("vbe", "text/vbscript");
    text("ps1", "text/x-powershell");
    text("psm1", "text/x-powershell");
    text("hta", "application/hta");
    zip("zip", ZIP);
    zip("odt", "application/vnd.oasis.opendocument.text");
    zip("ods", "application/vnd.oasis.opendocument.spreadsheet");
    zip("odp", "application/vnd.oasis.opendocument.presentation");
    zip("odg", "application/vnd.oasis.opendocument.graphics");
    zip("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    zip("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    zip("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    zip("epub", "application/epub+zip");
    zip("jar", "application/java-archive");
    zip("apk", "application/vnd.android.package-archive");
    ole("doc", "application/msword");
    ole("xls", "application/vnd.ms-excel");
    ole("ppt", "application/vnd.ms-powerpoint");
    ole("msi", "application/x-ms-installer");
    for (String windows : new String[] {"exe", "dll", "com", "scr", "pif", "cpl"}) {
      binary(windows, "application/x-msdownload");
    }
    binary("lnk", "application/x-ms-shortcut");
    binary("class", "application/java-vm");
    binary("pdf", "application/pdf");
    binary("png", "image/png");
    binary("jpg", "image/jpeg");
    binary("jpeg", "image/jpeg");
    binary("gif", "image/gif");
    binary("webp", "image/webp");
    binary("mp3", "audio/mpeg");
    binary("mp4", "video/mp4");
  }

  private MagicNumberDetector() {
  }

  /** {@return the detector; it holds no state} */
  public static MagicNumberDetector create() {
    return INSTANCE;
  }

  @Override
  public String detect(byte[] head, String name) {
    String signed = signature(head);
    if (signed != null) {
      return narrow(signed, name);
    }
    if (!isText(head)) {
      return UNKNOWN;
    }
    return narrow(textType(head), name);
  }

  @Override
  public String typeOfName(String name) {
    return BY_EXTENSION.getOrDefault(extension(name), UNKNOWN);
  }

  private static String narrow(String type, String name) {
    String claimed = typeOfName(name, type);
    return claimed != null ? claimed : type;
  }

  private static @Nullable String typeOfName(String name, String family) {
    String extension = extension(name);
    return family.equals(FAMILY.get(extension)) ? BY_EXTENSION.get(extension) : null;
  }

  private static @Nullable String signature(byte[] head) {
    if (startsWith(head, 0, "%PDF-")) {
      return "application/pdf";
    }
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(head, 0, "GIF87a") || startsWith(head, 0, "GIF89a")) {
      return "image/gif";
    }
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
      return "image/webp";
    }
    if (startsWith(head, 0, "ID3")) {
      return "audio/mpeg";
    }
    if (startsWith(head, 4, "ftyp")) {
      return "video/mp4";
    }
    return archiveOrProgram(head);
  }

  private static @Nullable String archiveOrProgram(byte[] head) {
    if (startsWith(head, 0, 'P', 'K', 3, 4) || startsWith(head, 0, 'P', 'K', 5, 6)) {
      return zipType(head);
    }
    if (startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE;
    }
    if (startsWith(head, 0, "MZ")) {
      return "application/x-msdownload";
    }
    if (startsWith(head, 0, 0x7F, 'E', 'L', 'F')) {
      return "application/x-executable";
    }
    if (isMachO(head)) {
      return "application/x-mach-o-executable";
    }
    if (startsWith(head, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "application/java-vm";
    }
    return startsWith(head, 0, "#!") ? SHELL : null;
  }

  private static boolean isMachO(byte[] head) {
    return startsWith(head, 0, 0xFE, 0xED, 0xFA, 0xCE)
        || startsWith(head, 0, 0xFE, 0xED, 0xFA, 0xCF)
        || startsWith(head, 0, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(head, 0, 0xCF, 0xFA, 0xED, 0xFE);
  }

  /** Reads what the archive's first entries say; the name narrows only what they leave open. */
  private static String zipType(byte[] head) {
    String declared = startsWith(head, 30, "mimetype") ? mediaTypeAt(head, 38, 80) : "";
    if (declared.startsWith("application/vnd.oasis.opendocument.")
        || declared.equals("application/epub+zip")) {
      return declared;
    }
    if (contains(head, "AndroidManifest.xml")) {
      return "application/vnd.android.package-archive";
    }
    if (contains(head, "META-INF/MANIFEST.MF")) {
      return "application/java-archive";
    }
    return contains(head, "[Content_Types].xml") ? ooxmlType(head) : ZIP;
  }

  private static String ooxmlType(byte[] head) {
    if (contains(head, "word/")) {
      return BY_EXTENSION.get("docx");
    }
    if (contains(head, "xl/")) {
      return BY_EXTENSION.get("xlsx");
    }
    return contains(head, "ppt/") ? BY_EXTENSION.get("pptx") : ZIP;
  }

  private static String textType(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, MARKUP_CHARS * 4),
        StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    String lower = start.substring(0, Math.min(start.length(), MARKUP_CHARS))
        .toLowerCase(Locale.ROOT);
    if (lower.startsWith("#!")) {
      return SHELL;
    }
    return lower.startsWith("<") ? markupType(lower) : TEXT;
  }

  private static String markupType(String lower) {
    if (lower.contains("<svg")) {
      return SVG;
    }
    for (String tag : new String[] {"<!doctype html", "<html", "<head", "<body", "<script",
        "<iframe", "<object", "<embed"}) {
      if (lower.contains(tag)) {
        return lower.startsWith("<?xml") ? "application/xhtml+xml" : HTML;
      }
    }
    return lower.startsWith("<?xml") ? XML : TEXT;
  }

  /** UTF-8 with no control character but tab, line feed, form feed and carriage return. */
  private static boolean isText(byte[] head) {
    if (head.length == 0) {
      return false;
    }
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
        return false;
      }
    }
    return decodes(head, head.length) || decodes(head, lastWholeCharacter(head));
  }

  private static boolean decodes(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The head may cut a character in two: drops up to three trailing bytes of a sequence. */
  private static int lastWholeCharacter(byte[] head) {
    int end = head.length;
    for (int i = head.length - 1; i >= Math.max(0, head.length - 4); i--) {
      if ((head[i] & 0xC0) != 0x80) {
        return (head[i] & 0x80) == 0 ? end : i;
      }
    }
    return end;
  }

  private static boolean startsWith(byte[] head, int offset, String ascii) {
    if (head.length < offset + ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (head[offset + i] != (byte) ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] head, int offset, int... bytes) {
    if (head.length < offset + bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (head[offset + i] != (byte) bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] head, String ascii) {
    for (int i = 0; i + ascii.length() <= head.length; i++) {
      if (startsWith(head, i, ascii)) {
        return true;
      }
    }
    return false;
  }

  /** Reads a media type's characters (lower-case letters, digits, {@code ./+-}) from a head. */
  private static String mediaTypeAt(byte[] head, int from, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < Math.min(head.length, from + max); i++) {
      char c = (char) (head[i] & 0xFF);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ".+-/".indexOf(c) >= 0)) {
        break;
      }
      text.append(c);
    }
    return text.toString();
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  private static void text(String extension, String type) {
    add(extension, type, TEXT);
  }

  private static void zip(String extension, String type) {
    add(extension, type, ZIP);
  }

  private static void ole(String extension, String type) {
    add(extension, type, OLE);
  }

  private static void binary(String extension, String type) {
    add(extension, type, type);
  }

  private static void add(String extension, String type, String family) {
    BY_EXTENSION.put(extension, type);
    FAMILY.put(extension, family);
  }
}
