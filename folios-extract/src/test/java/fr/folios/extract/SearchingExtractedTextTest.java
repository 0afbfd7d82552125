package fr.folios.extract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.Document;
import fr.folios.core.space.SpaceId;
import fr.folios.core.spi.Persistence;
import fr.folios.search.LuceneDocumentIndex;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person finds their PDF, OpenDocument and HTML documents by the words inside them. */
class SearchingExtractedTextTest {

  @Test
  void search_findsDocumentsByTheTextTikaReads() throws IOException {
    Persistence store = InMemoryPersistence.create();
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège", EstablishmentType.COLLEGE, null, null);
    store.directory().saveEstablishment(college);
    Person pupil = new Person(PersonId.random(), null, Profile.STUDENT, "Léa", "Martin", null,
        Set.of(college.id()), false, Set.of(), null);
    store.directory().savePerson(pupil);
    Actor me = Actor.of(pupil.id());

    try (Folios folios = Folios.builder().persistence(store).blobs(InMemoryBlobStore.create())
        .documentIndex(LuceneDocumentIndex.inMemory())
        .textExtractor(TikaTextExtractor.create()).build()) {
      SpaceId mine = folios.spaces().personalSpace(me).id();
      Document report = folios.spaces().upload(me, mine, null, "rapport.pdf",
          new ByteArrayInputStream(TikaTextExtractorTest.pdf("Stage chez un luthier")));
      Document project = folios.spaces().upload(me, mine, null, "projet.odt",
          new ByteArrayInputStream(TikaTextExtractorTest.openDocument(
              TikaTextExtractorTest.paragraphs("Devenir ébéniste"))));
      Document page = folios.spaces().createDocument(me, mine, null, "notes.md",
          "# Idées\nVisiter un **atelier**");

      assertThat(folios.documentSearch().search(me, "luthiers", 10)).containsExactly(report);
      assertThat(folios.documentSearch().search(me, "ebeniste", 10)).containsExactly(project);
      assertThat(folios.documentSearch().search(me, "atelier", 10)).containsExactly(page);
      assertThat(new String(folios.spaces().open(me, report.id()).readAllBytes(),
          StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    }
  }
}
