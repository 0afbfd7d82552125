package fr.folios.examples;

import fr.folios.core.Folios;
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
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Download;
import fr.folios.core.space.Space;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A teacher writes a rich-text report (its script is cleaned away), rewrites it, lists its
 * versions, brings the first one back, and downloads it as a host would serve it.
 */
public final class RichTextVersions {

  private RichTextVersions() {
  }

  /**
   * Runs the sample.
   *
   * @param args none
   * @throws IOException if the download cannot be read
   */
  public static void main(String[] args) throws IOException {
    InMemoryPersistence store = InMemoryPersistence.create();
    Actor teacher = Actor.of(savedTeacher(store).id());
    try (Folios folios = Folios.builder().persistence(store)
        .blobs(InMemoryBlobStore.create()).keptVersions(5).build()) {
      Space mine = folios.spaces().personalSpace(teacher);
      Document report = folios.spaces().createRichText(teacher, mine.id(), null,
          "Compte rendu.html", "<h1>Sortie</h1><p onclick=\"x()\">Musée</p><script>x()</script>");
      folios.spaces().replaceWithRichText(teacher, report.id(), "<p>Brouillon</p>");
      for (DocumentVersion version : folios.spaces().versions(teacher, report.id())) {
        System.out.println("version " + version.number() + ": " + version.size() + " bytes");
      }

      folios.spaces().restoreVersion(teacher, report.id(), 1);
      try (Download download = folios.spaces().download(teacher, report.id())) {
        System.out.println(download.contentDisposition());
        System.out.println("version " + download.version() + ", " + download.mediaType() + ": "
            + new String(download.content().readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  private static Person savedTeacher(InMemoryPersistence store) {
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège Anne de Bretagne", EstablishmentType.COLLEGE,
        Academy.find("rennes").orElseThrow(), null);
    Person teacher = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Léa",
        "Morel", null, Set.of(college.id()), false, Set.of(), null);
    store.directory().saveEstablishment(college);
    store.directory().savePerson(teacher);
    return teacher;
  }
}
