package fr.folios.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.space.DocumentId;
import fr.folios.core.spi.DocumentPosition;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  @Test
  void parse_readsBackWhatOfWrote() {
    DocumentPosition position = new DocumentPosition("été\nà la plage.txt",
        DocumentId.random());

    String cursor = PageCursor.of(position);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.parse(cursor)).isEqualTo(position);
  }

  @Test
  void parse_refusesWhatNoPageWrote() {
    String wrongVersion = Base64.getUrlEncoder().encodeToString(
        "d9\nid\nkey".getBytes(StandardCharsets.UTF_8));
    String badId = Base64.getUrlEncoder().encodeToString(
        "d1\nnot an id!\nkey".getBytes(StandardCharsets.UTF_8));
    String notUtf8 = Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xff, 0x0a});

    for (String cursor : new String[] {"%%%", wrongVersion, badId, notUtf8, "", "ZDE"}) {
      assertThatThrownBy(() -> PageCursor.parse(cursor)).as(cursor)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("is not one a page returned");
    }
  }

  @Test
  void parse_refusesAnOverlongCursorShowingOnlyItsStart() {
    String huge = "A".repeat(PageCursor.MAX_LENGTH + 1);

    assertThatThrownBy(() -> PageCursor.parse(huge)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'" + "A".repeat(40) + "…'");
  }
}
