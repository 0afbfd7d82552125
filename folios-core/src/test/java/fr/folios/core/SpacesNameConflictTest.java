package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The caller's choice, refuse or number, when a new document's name is taken. */
class SpacesNameConflictTest {

  private final School school = new School(InMemoryBlobStore.create(), SpaceLimits.DEFAULT,
      builder -> builder.htmlSanitizer(html -> html.replaceAll("<[^>]*>", "")));
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void upload_withSuffix_numbersATakenNameIgnoringCase() {
    spaces.createDocument(as(school.teacher), mine.id(), null, "CV.pdf", "first");

    Document second = spaces.upload(as(school.teacher), mine.id(), null, "cv.pdf",
        bytes("second"), NameConflict.SUFFIX);
    Document third = spaces.upload(as(school.teacher), mine.id(), null, "cv.pdf",
        bytes("third"), NameConflict.SUFFIX);

    assertThat(second.name().value()).isEqualTo("cv (1).pdf");
    assertThat(third.name().value()).isEqualTo("cv (2).pdf");
    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).hasSize(3);
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().documents()).isEqualTo(3);
  }

  @Test
  void upload_byDefault_refusesATakenNameAndSaysHowToGetANumberedOne() {
    spaces.createDocument(as(school.teacher), mine.id(), null, "Bilan.txt", "first");

    assertThatThrownBy(() -> spaces.upload(as(school.teacher), mine.id(), null, "bilan.txt",
        bytes("second")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'bilan.txt' already exists")
        .hasMessageContaining("NameConflict.SUFFIX");
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().documents()).isEqualTo(1);
  }

  @Test
  void createDocumentAndRichText_withSuffix_numberTheirNames() {
    spaces.createDocument(as(school.teacher), mine.id(), null, "notes", "a");

    Document text = spaces.createDocument(as(school.teacher), mine.id(), null, "notes", "b",
        NameConflict.SUFFIX);
    Document rich = spaces.createRichText(as(school.teacher), mine.id(), null, "notes",
        "<p>c</p>", NameConflict.SUFFIX);

    assertThat(text.name().value()).isEqualTo("notes (1)");
    assertThat(rich.name().value()).isEqualTo("notes (2)");
  }

  @Test
  void copy_intoItsOwnFolder_withSuffix_makesANumberedCopy_andRefusesByDefault() {
    Document original = spaces.createDocument(as(school.teacher), mine.id(), null,
        "Projet.txt", "texte");

    Document copy = spaces.copy(as(school.teacher), original.id(), mine.id(), null,
        NameConflict.SUFFIX);

    assertThat(copy.name().value()).isEqualTo("Projet (1).txt");
    assertThat(copy.blob()).isEqualTo(original.blob());
    assertThatThrownBy(() -> spaces.copy(as(school.teacher), original.id(), mine.id(), null))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'Projet.txt' already exists");
  }

  @Test
  void upload_withSuffix_givesParallelUploadsOfOneNameEachAName() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Document>> uploads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String text = "version " + i;
        uploads.add(() -> spaces.upload(as(school.teacher), mine.id(), null, "rapport.odt",
            bytes(text), NameConflict.SUFFIX));
      }
      List<String> names = new ArrayList<>();
      for (Future<Document> done : pool.invokeAll(uploads)) {
        names.add(done.get().name().value());
      }

      assertThat(names).doesNotHaveDuplicates().hasSize(8).contains("rapport.odt",
          "rapport (7).odt");
      assertThat(spaces.space(as(school.teacher), mine.id()).usage().documents()).isEqualTo(8);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
