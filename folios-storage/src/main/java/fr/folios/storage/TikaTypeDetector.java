package fr.folios.storage;

import fr.folios.core.spi.MagicNumberDetector;
import fr.folios.core.spi.TypeDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TypeDetector} on Apache Tika's registry of media types: over a thousand formats told
 * by their signatures, with the file name narrowing a type only to one of its specialisations
 * (a ZIP archive named {@code .docx} is a Word document, a text named {@code .bat} a batch
 * script; a Windows program named {@code .pdf} stays a program).
 *
 * <p>Bytes that Tika recognises as nothing are {@link TypeDetector#UNKNOWN} whatever their name:
 * unlike Tika's own fallback, the name never supplies a type the bytes do not show. Only
 * {@code tika-core} is used, so archives are told by their first bytes and names, not opened.
 * For names, extensions that Tika does not know but Windows runs ({@code .ps1}, {@code .hta},
 * {@code .lnk}, {@code .scr}...) are taken from {@link MagicNumberDetector}.
 *
 * <pre>{@code
 * Folios.builder().typeDetector(TikaTypeDetector.create())
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TikaTypeDetector implements TypeDetector {

  private final MimeTypes types;
  private final MediaTypeRegistry registry;

  private TikaTypeDetector(MimeTypes types) {
    this.types = types;
    this.registry = types.getMediaTypeRegistry();
  }

  /** {@return a detector on Tika's built-in registry of media types} */
  public static TikaTypeDetector create() {
    return new TikaTypeDetector(MimeTypes.getDefaultMimeTypes());
  }

  @Override
  public String detect(byte[] head, String name) {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(name, "name");
    MediaType fromBytes = tika(head, null);
    if (fromBytes.equals(MediaType.OCTET_STREAM)) {
      return UNKNOWN;
    }
    MediaType withName = tika(head, name);
    boolean narrower = registry.isSpecializationOf(withName, fromBytes);
    return text(narrower ? withName : fromBytes);
  }

  @Override
  public String typeOfName(String name) {
    MediaType claimed = tika(null, Objects.requireNonNull(name, "name"));
    if (claimed.equals(MediaType.OCTET_STREAM)) {
      return MagicNumberDetector.create().typeOfName(name);
    }
    return text(claimed);
  }

  private MediaType tika(byte @Nullable [] head, @Nullable String name) {
    Metadata metadata = new Metadata();
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    try {
      return types.detect(head == null ? null : new ByteArrayInputStream(head), metadata);
    } catch (IOException e) {
      throw new UncheckedIOException("Tika could not read the first bytes of '" + name
          + "', held in memory", e);
    }
  }

  private static String text(MediaType type) {
    return type.getBaseType().toString().toLowerCase(Locale.ROOT);
  }
}
