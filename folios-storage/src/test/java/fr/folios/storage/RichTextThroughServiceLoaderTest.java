package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.Folios;
import fr.folios.core.InvalidInputException;
import fr.folios.core.directory.Academy;
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
import fr.folios.core.space.Download;
import fr.folios.core.space.Space;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A default Folios finds this module's sanitiser through the service loader. */
class RichTextThroughServiceLoaderTest {

  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final Folios folios = Folios.builder().persistence(store)
      .blobs(InMemoryBlobStore.create()).typeDetector(TikaTypeDetector.create()).build();
  private final Actor teacher = Actor.of(savedTeacher().id());
  private final Space mine = folios.spaces().personalSpace(teacher);

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void createRichText_storesCleanHtmlWithoutTheHostSettingASanitiser() throws IOException {
    Document doc = folios.spaces().createRichText(teacher, mine.id(), null, "Bilan.html",
        "<h1 onclick=\"steal()\">Bilan</h1><script>steal()</script>"
            + "<a href=\"javascript:steal()\">lien</a>");

    try (Download download = folios.spaces().download(teacher, doc.id())) {
      assertThat(download.mediaType()).isEqualTo("text/html; charset=UTF-8");
      assertThat(new String(download.content().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("<h1>Bilan</h1><a rel=\"noopener noreferrer\">lien</a>");
    }
  }

  @Test
  void upload_ofRawHtmlStaysRefused() {
    byte[] html = "<html><body><p>Bilan</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> folios.spaces().upload(teacher, mine.id(), null, "Bilan.txt",
        new ByteArrayInputStream(html))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("text/html");
  }

  private Person savedTeacher() {
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège Anne de Bretagne", EstablishmentType.COLLEGE,
        Academy.find("rennes").orElseThrow(), null);
    Person person = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Léa",
        "Morel", null, Set.of(college.id()), false, Set.of(), null);
    store.directory().saveEstablishment(college);
    store.directory().savePerson(person);
    return person;
  }
}
