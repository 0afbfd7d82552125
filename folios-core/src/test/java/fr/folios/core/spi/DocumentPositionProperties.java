package fr.folios.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.SpaceId;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A position and the order it names agree: a page after it holds what the order puts after. */
class DocumentPositionProperties {

  @Property(tries = 500)
  void precedes_agreesWithTheOrder(@ForAll("documents") Document a,
      @ForAll("documents") Document b) {
    int order = DocumentPosition.ORDER.compare(a, b);

    assertThat(DocumentPosition.of(a).precedes(b)).isEqualTo(order < 0);
    assertThat(DocumentPosition.of(a).precedes(a)).isFalse();
  }

  @Property(tries = 500)
  void order_comparesNameKeysByCodePointsThenIdentifiers(@ForAll("documents") Document a,
      @ForAll("documents") Document b) {
    int byKey = compareCodePoints(a.name().key(), b.name().key());
    int expected = byKey != 0 ? byKey : a.id().value().compareTo(b.id().value());

    assertThat(Integer.signum(DocumentPosition.ORDER.compare(a, b)))
        .isEqualTo(Integer.signum(expected));
  }

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<String> names = Arbitraries.of("a", "A", "b", "é", "E\u0301", "\uE000",
        "\uD83D\uDE00", "z").list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join("", parts)
        + ".txt");
    Arbitrary<String> ids = Arbitraries.of("id-1", "id-2", "id-10");
    return names.flatMap(name -> ids.map(id -> new Document(new DocumentId(id),
        new SpaceId("s"), null, ItemName.of(name), BlobKeys.ANY, 1, "text/plain",
        new PersonId("p"), Instant.EPOCH, null)));
  }

  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  }

  /** A blob key for documents whose bytes do not matter. */
  private static final class BlobKeys {
    static final BlobKey ANY = new BlobKey("a".repeat(64));
  }
}
