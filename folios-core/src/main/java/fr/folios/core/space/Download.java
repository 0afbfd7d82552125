package fr.folios.core.space;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a host needs to serve a document's content: its name, type, size and version, and its
 * bytes. The caller reads the bytes and closes the download.
 *
 * <p>Serve it as an attachment ({@link #contentDisposition()}) with the header {@code
 * X-Content-Type-Options: nosniff}; rich text ({@code text/html}) is sanitised, but a host that
 * displays it inline should add {@code Content-Security-Policy: sandbox} too. Not thread-safe:
 * one reader.
 *
 * @param name the document's name, the file name to offer
 * @param mediaType the type told from the bytes when they were stored
 * @param size the size in bytes
 * @param version the version's number, from 1
 * @param writtenAt when this version was written
 * @param content the bytes
 */
public record Download(ItemName name, String mediaType, long size, int version,
    Instant writtenAt, InputStream content) implements AutoCloseable {

  /** Checks the parts. */
  public Download {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(writtenAt, "writtenAt");
    Objects.requireNonNull(content, "content");
  }

  /**
   * Returns the value of a {@code Content-Disposition} header that offers the content as a file
   * of the document's name (RFC 6266): an ASCII fallback, then the exact name in UTF-8.
   *
   * @return e.g. {@code attachment; filename="Resume.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9.pdf}
   */
  public String contentDisposition() {
    return "attachment; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + encodedName();
  }

  /** Closes the content. */
  @Override
  public void close() {
    try {
      content.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the content of '" + name + "'", e);
    }
  }

  /** Keeps printable ASCII but quotes and backslashes, which become '_'. */
  private String asciiName() {
    StringBuilder ascii = new StringBuilder();
    name.value().codePoints().forEach(c -> ascii.append(
        c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return ascii.toString();
  }

  /** Percent-encodes every byte but RFC 5987's attribute characters. */
  private String encodedName() {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.value().getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (isAttributeChar(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }

  private static boolean isAttributeChar(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }
}
