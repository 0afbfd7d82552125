package fr.folios.core.spi;

import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in the order in which pages list documents: by their names' keys (see {@link
 * fr.folios.core.space.ItemName#key()}) compared code point by code point, then, between equal
 * keys, by identifier. A page starting after a position holds the documents that come after it
 * in that order, whether or not the document at the position still exists.
 *
 * @param nameKey the key of the document's name
 * @param id the document's identifier
 */
public record DocumentPosition(String nameKey, DocumentId id) {

  /** The order of documents by name key in code points, then by identifier. */
  public static final Comparator<Document> ORDER = Comparator
      .comparing((Document d) -> d.name().key(), DocumentPosition::compareCodePoints)
      .thenComparing(d -> d.id().value(), DocumentPosition::compareCodePoints);

  /** Checks the parts. */
  public DocumentPosition {
    Objects.requireNonNull(nameKey, "nameKey");
    Objects.requireNonNull(id, "id");
  }

  /**
   * Returns the position of a document.
   *
   * @param document the document
   * @return where it sits in the order
   */
  public static DocumentPosition of(Document document) {
    return new DocumentPosition(document.name().key(), document.id());
  }

  /**
   * Tells whether a document comes after this position in the order.
   *
   * @param document the document
   * @return {@code true} if it does; {@code false} for the document at the position itself
   */
  public boolean precedes(Document document) {
    int byName = compareCodePoints(nameKey, document.name().key());
    return byName < 0 || byName == 0 && compareCodePoints(id.value(), document.id().value()) < 0;
  }

  /** Compares by Unicode code points, as PostgreSQL's "C" collation compares UTF-8 bytes. */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
