package fr.folios.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Hostile files, made here byte by byte: bombs, loops, lies and damage. */
final class HostileFiles {

  static final String ODT = "application/vnd.oasis.opendocument.text";

  private static final String CONTENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<office:document-content"
      + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
      + "<office:body><office:text><text:p>";

  private static final String CONTENT_END = "</text:p></office:text></office:body>"
      + "</office:document-content>";

  private HostileFiles() {
  }

  /**
   * {@return an OpenDocument text whose content.xml expands to about {@code expandedBytes} of
   * empty markup around one word}
   */
  static byte[] markupBomb(long expandedBytes) throws IOException {
    byte[] unit = "<text:span/>".getBytes(UTF_8);
    return openDocument(out -> {
      out.write((CONTENT_START + "bombe ").getBytes(UTF_8));
      byte[] block = repeat(unit, 8192);
      for (long written = 0; written < expandedBytes; written += block.length) {
        out.write(block);
      }
      out.write(CONTENT_END.getBytes(UTF_8));
    });
  }

  /**
   * {@return an OpenDocument text with a small content.xml and another part, deflated, of
   * {@code expandedBytes} of markup (or of letters for the media type part)}
   */
  static byte[] partBomb(String part, long expandedBytes) throws IOException {
    byte[] block = repeat((part.equals("mimetype") ? "a" : "<x/>").getBytes(UTF_8), 8192);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry(part));
      if (!part.equals("mimetype")) {
        zip.write("<?xml version=\"1.0\"?><r>".getBytes(UTF_8));
      }
      for (long written = 0; written < expandedBytes; written += block.length) {
        zip.write(block);
      }
      if (!part.equals("mimetype")) {
        zip.write("</r>".getBytes(UTF_8));
      }
      zip.closeEntry();
      entry(zip, "content.xml", (CONTENT_START + "bombe" + CONTENT_END).getBytes(UTF_8));
    }
    return bytes.toByteArray();
  }

  /** {@return a PDF whose one page's content stream inflates to {@code expandedBytes}} */
  static byte[] pdfStreamBomb(long expandedBytes) throws IOException {
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    byte[] block = repeat("q Q\n".getBytes(ISO_8859_1), 16384);
    try (java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(
        deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
      for (long written = 0; written < expandedBytes; written += block.length) {
        out.write(block);
      }
    }
    String stream = new String(deflated.toByteArray(), ISO_8859_1);
    return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /MediaBox [0 0 10 10] /Parent 2 0 R /Contents 4 0 R >>",
        "<< /Length " + stream.length() + " /Filter /FlateDecode >>\nstream\n" + stream
            + "\nendstream"));
  }

  /** {@return an OpenDocument text whose content.xml holds the "billion laughs" entities} */
  static byte[] billionLaughs() throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE office:document-content [")
        .append("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    return openDocument(xmlWith(doctype.toString(), "rire &lol9;"));
  }

  /** {@return an OpenDocument text whose content.xml asks for a DTD and an entity at a URL} */
  static byte[] externalEntities(String url) throws IOException {
    String doctype = "<!DOCTYPE office:document-content SYSTEM \"" + url + "dtd\" ["
        + "<!ENTITY % remote SYSTEM \"" + url + "parameter\"> %remote;"
        + "<!ENTITY general SYSTEM \"" + url + "general\">]>";
    return openDocument(xmlWith(doctype, "dehors &general;"));
  }

  /** {@return an OpenDocument text holding an embedded OpenDocument and a nested zip} */
  static byte[] nestedDocuments(byte[] nestedZip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      stored(zip, "mimetype", ODT.getBytes(UTF_8));
      entry(zip, "content.xml", (CONTENT_START + "dehors" + CONTENT_END).getBytes(UTF_8));
      entry(zip, "Object 1/content.xml",
          (CONTENT_START + "cachette" + CONTENT_END).getBytes(UTF_8));
      entry(zip, "Object 1/mimetype", ODT.getBytes(UTF_8));
      entry(zip, "Pictures/inner.zip", nestedZip);
      entry(zip, "META-INF/manifest.xml", manifest("<manifest:file-entry"
          + " manifest:full-path=\"Object 1/\" manifest:media-type=\"" + ODT + "\"/>"));
    }
    return bytes.toByteArray();
  }

  /** {@return a zip of zips, each holding the next {@code fanOut} times} */
  static byte[] nestedZip(int depth, int fanOut, long leafBytes) throws IOException {
    byte[] inner = zipOf("leaf.xml", repeat(CONTENT_END.getBytes(UTF_8),
        (int) (leafBytes / CONTENT_END.length())));
    for (int level = 0; level < depth; level++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (int i = 0; i < fanOut; i++) {
          entry(zip, "level" + level + "-" + i + ".zip", inner);
        }
      }
      inner = bytes.toByteArray();
    }
    return inner;
  }

  /** {@return a PDF whose page tree claims 10^depth pages with one node repeated at each level} */
  static byte[] pdfPageTreeBomb(int depth) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 3 0 R >>");
    objects.add("<< /Type /Page /MediaBox [0 0 10 10] /Parent 3 0 R >>");
    long count = 1;
    for (int level = 0; level < depth; level++) {
      count *= 10;
    }
    for (int level = 0; level < depth; level++) {
      int child = level == depth - 1 ? 2 : objects.size() + 2;
      objects.add("<< /Type /Pages /Kids [" + (child + " 0 R ").repeat(10) + "] /Count "
          + count + " >>");
      count /= 10;
    }
    return pdf(objects);
  }

  /** {@return a PDF with many empty pages, each its own object} */
  static byte[] pdfManyPages(int pages) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      kids.append(i + 3).append(" 0 R ");
    }
    objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
    for (int i = 0; i < pages; i++) {
      objects.add("<< /Type /Page /MediaBox [0 0 10 10] /Parent 2 0 R >>");
    }
    return pdf(objects);
  }

  /** {@return a PDF whose catalog holds arrays nested {@code depth} deep} */
  static byte[] pdfDeepNesting(int depth) {
    return pdf(List.of("<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(depth)
        + "]".repeat(depth) + " /Dict " + "<< /A ".repeat(depth) + ">>".repeat(depth) + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /MediaBox [0 0 10 10] /Parent 2 0 R >>"));
  }

  /** {@return a PDF encrypted with a user password, unreadable without it} */
  static byte[] pdfEncrypted(byte[] plain) throws IOException {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret",
          new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** {@return HTML with one attribute value of {@code length} characters} */
  static byte[] htmlHugeAttribute(int length) {
    return ("<html><body><p title=\"" + "a".repeat(length) + "\">attribut</p></body></html>")
        .getBytes(UTF_8);
  }

  /** {@return HTML nesting {@code depth} elements around one word} */
  static byte[] htmlDeepNesting(int depth) {
    return ("<html><body>" + "<div><span>".repeat(depth) + "profond"
        + "</span></div>".repeat(depth) + "</body></html>").getBytes(UTF_8);
  }

  /** {@return HTML whose text holds bytes that are not UTF-8 while it claims UTF-8} */
  static byte[] htmlInvalidUtf8() {
    byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>avant "
        .getBytes(UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28,
        (byte) 0x8C, (byte) 0xBC, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF, 0};
    byte[] tail = " apres</p></body></html>".getBytes(UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(bad);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  private static String xmlWith(String doctype, String text) {
    return CONTENT_START.replace("<office:document-content", doctype
        + "<office:document-content") + text + CONTENT_END;
  }

  private static byte[] pdf(List<String> objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
        .append("startxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(ISO_8859_1);
  }

  private static byte[] openDocument(String contentXml) throws IOException {
    return openDocument(out -> out.write(contentXml.getBytes(UTF_8)));
  }

  private static byte[] openDocument(Content content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      stored(zip, "mimetype", ODT.getBytes(UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      content.writeTo(zip);
      zip.closeEntry();
      entry(zip, "META-INF/manifest.xml", manifest(""));
    }
    return bytes.toByteArray();
  }

  private static byte[] manifest(String moreEntries) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\""
        + " manifest:media-type=\"text/xml\"/>" + moreEntries + "</manifest:manifest>")
        .getBytes(UTF_8);
  }

  private static byte[] zipOf(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      entry(zip, name, content);
    }
    return bytes.toByteArray();
  }

  private static void stored(ZipOutputStream zip, String name, byte[] content)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    CRC32 crc = new CRC32();
    crc.update(content);
    entry.setCrc(crc.getValue());
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  private static byte[] repeat(byte[] unit, int times) {
    byte[] repeated = new byte[unit.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(unit, 0, repeated, i * unit.length, unit.length);
    }
    return repeated;
  }

  /** Writes the content of a zip entry. */
  @FunctionalInterface
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }
}
