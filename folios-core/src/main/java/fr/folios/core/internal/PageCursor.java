package fr.folios.core.internal;

import fr.folios.core.InvalidInputException;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.DocumentPosition;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes a {@link DocumentPosition} as the opaque cursor of a page, and reads it back. Not
 * part of the API. Stateless; safe for concurrent use.
 */
public final class PageCursor {

  /** The longest cursor read: a name key's 1,024 characters, its identifier and the framing. */
  static final int MAX_LENGTH = 6_000;

  /** How much of a refused cursor its message shows. */
  private static final int SHOWN = 40;

  private static final String VERSION = "d1";

  private PageCursor() {
  }

  /**
   * Writes a position as a cursor.
   *
   * @param position the position of the last document of a page
   * @return the cursor, made of URL-safe characters
   */
  public static String of(DocumentPosition position) {
    String text = VERSION + '\n' + position.id().value() + '\n' + position.nameKey();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor back.
   *
   * @param cursor a cursor {@link #of} wrote
   * @return the position it names
   * @throws InvalidInputException if it is not one {@link #of} could have written
   */
  public static DocumentPosition parse(String cursor) {
    if (cursor.length() > MAX_LENGTH) {
      throw refused(cursor);
    }
    String text = decoded(cursor);
    String[] parts = text.split("\n", 3);
    if (parts.length != 3 || !parts[0].equals(VERSION) || parts[1].isEmpty()) {
      throw refused(cursor);
    }
    try {
      return new DocumentPosition(parts[2], new DocumentId(parts[1]));
    } catch (InvalidInputException e) {
      throw refused(cursor);
    }
  }

  private static String decoded(String cursor) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(cursor);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw refused(cursor);
    }
  }

  private static InvalidInputException refused(String cursor) {
    String shown = cursor.length() > SHOWN ? cursor.substring(0, SHOWN) + "…" : cursor;
    return new InvalidInputException("cursor '" + shown + "' is not one a page returned: pass"
        + " the next cursor of the previous page unchanged, or null for the first page");
  }
}
