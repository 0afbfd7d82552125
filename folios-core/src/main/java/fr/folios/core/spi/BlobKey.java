package fr.folios.core.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The address of a stored blob: the lowercase hexadecimal SHA-256 of its bytes.
 *
 * @param sha256 64 lowercase hexadecimal digits
 */
public record BlobKey(String sha256) {

  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Checks the digest's form.
   *
   * @throws IllegalArgumentException if it is not 64 lowercase hexadecimal digits
   */
  public BlobKey {
    Objects.requireNonNull(sha256, "sha256");
    if (!HEX64.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          "blob key '" + sha256 + "' is not a SHA-256 digest: expected 64 lowercase hex digits");
    }
  }

  /**
   * Parses a key, accepting upper-case digits.
   *
   * @param text the hexadecimal digest
   * @return the key
   * @throws IllegalArgumentException if the text is not a SHA-256 digest
   */
  public static BlobKey of(String text) {
    return new BlobKey(text.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return sha256;
  }
}
