package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.IndexedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneDocumentIndexTest {

  private static final SpaceId MINE = new SpaceId("space-mine");
  private static final SpaceId THEIRS = new SpaceId("space-theirs");

  private final LuceneDocumentIndex index = LuceneDocumentIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void search_findsByNameOrContent_foldingCaseAccentsAndPlurals() {
    IndexedDocument cv = document(MINE, "Curriculum_vitae-2025.pdf", "Expérience : stage chez un"
        + " boulanger, l'été dernier");
    IndexedDocument notes = document(MINE, "notes.txt", "Rien à voir");
    index.index(List.of(cv, notes));

    assertThat(search("vitae")).containsExactly(cv.id());
    assertThat(search("EXPERIENCE")).containsExactly(cv.id());
    assertThat(search("étés")).containsExactly(cv.id());
    assertThat(search("boulangers stage")).containsExactly(cv.id());
    assertThat(search("boulengerie")).containsExactly(cv.id());
    assertThat(search("pâtisserie")).isEmpty();
    assertThat(search("notes")).containsExactly(notes.id());
  }

  @Test
  void search_findsOnlyInTheSpacesNamed_andNeverInTheTrash() {
    IndexedDocument mine = document(MINE, "projet.txt", "orientation");
    IndexedDocument theirs = document(THEIRS, "projet.txt", "orientation");
    IndexedDocument trashed = new IndexedDocument(DocumentId.random(), MINE, "vieux.txt",
        "text/plain", "orientation", true);
    index.index(List.of(mine, theirs, trashed));

    assertThat(index.search("orientation", Set.of(MINE), 10)).containsExactly(mine.id());
    assertThat(index.search("orientation", Set.of(MINE, THEIRS), 10))
        .containsExactlyInAnyOrder(mine.id(), theirs.id());
    assertThat(index.search("orientation", Set.of(), 10)).isEmpty();
  }

  @Test
  void index_replacesADocumentWithTheSameId_andRemoveForgetsIt() {
    IndexedDocument first = document(MINE, "a.txt", "pomme");
    index.index(List.of(first));
    IndexedDocument renamed = new IndexedDocument(first.id(), MINE, "b.txt", "text/plain",
        "poire", false);

    index.index(List.of(renamed));

    assertThat(search("pomme")).isEmpty();
    assertThat(search("poire")).containsExactly(first.id());
    assertThat(index.size()).isEqualTo(1);
    index.remove(List.of(first.id(), DocumentId.random()));
    assertThat(search("poire")).isEmpty();
    assertThat(index.size()).isZero();
  }

  @Test
  void search_readsSyntaxAsText_andFindsNothingWithoutWords() {
    index.index(List.of(document(MINE, "a.txt", "C++ et Java (AND) OR NOT")));

    assertThat(search("C++ \"java\" (AND) *:* ~ ^ [ \\")).hasSize(1);
    assertThat(search("!!! ??? ***")).isEmpty();
    assertThat(search("")).isEmpty();
    assertThat(search("mot ".repeat(5_000))).isEmpty();
  }

  @Test
  void rebuild_replacesTheContent_andReportsProgressByBatch() {
    index.index(List.of(document(MINE, "old.txt", "ancien")));
    List<IndexedDocument> documents = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      documents.add(document(MINE, "doc" + i + ".txt", "nouveau"));
    }
    List<Long> reported = new ArrayList<>();

    index.rebuild(documents, documents.size(), (step, done, total) -> {
      assertThat(step).isEqualTo(LuceneDocumentIndex.INDEXING);
      assertThat(total).isEqualTo(1_100);
      reported.add(done);
    });

    assertThat(reported).containsExactly(0L, 500L, 1_000L, 1_100L);
    assertThat(index.size()).isEqualTo(1_100);
    assertThat(search("ancien")).isEmpty();
    assertThat(index.search("nouveau", Set.of(MINE), 5)).hasSize(5);
  }

  @Test
  void open_keepsTheContentForTheNextOpen(@TempDir Path folder) {
    IndexedDocument kept = document(MINE, "kept.txt", "durable");
    try (LuceneDocumentIndex first = LuceneDocumentIndex.open(folder.resolve("documents"))) {
      first.index(List.of(kept));
    }

    try (LuceneDocumentIndex again = LuceneDocumentIndex.open(folder.resolve("documents"))) {
      assertThat(again.search("durable", Set.of(MINE), 10)).containsExactly(kept.id());
    }
  }

  @Test
  void aClosedIndex_refusesWork_andClosingTwiceDoesNothing() {
    index.close();
    index.close();

    assertThatThrownBy(() -> search("mot")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private List<DocumentId> search(String text) {
    return index.search(text, Set.of(MINE), 10);
  }

  private static IndexedDocument document(SpaceId space, String name, String text) {
    return new IndexedDocument(DocumentId.random(), space, name, "text/plain", text, false);
  }
}
