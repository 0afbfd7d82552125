package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPageTest {

  @Test
  void documentPage_copiesItsDocumentsAndTellsWhetherMoreFollow() {
    List<Document> documents = new ArrayList<>();
    DocumentPage last = new DocumentPage(documents, null);
    documents.add(null);

    assertThat(last.documents()).isEmpty();
    assertThat(last.hasNext()).isFalse();
    assertThat(new DocumentPage(List.of(), "abc").hasNext()).isTrue();
  }

  @Test
  void documentPage_refusesNullDocuments() {
    assertThatThrownBy(() -> new DocumentPage(null, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("documents");
  }
}
