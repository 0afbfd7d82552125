package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.Folios;
import fr.folios.core.ProgressListener;
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
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.Persistence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Versions of documents through the use cases on each database: the rows a replacement writes
 * and drops in one transaction, under the foreign key from a version to its document.
 */
abstract class JpaVersionsBehaviour {

  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private Folios folios;
  private Actor teacher;
  private Space mine;

  abstract Persistence newStore();

  @AfterEach
  void close() {
    folios.close();
  }

  @Test
  void replaceRestoreTrashAndPurge_leaveNoVersionNoUsageAndNoBlob() {
    open(builder -> builder.keptVersions(1));
    Document doc = folios.spaces().createDocument(teacher, mine.id(), null, "a.txt", "v1");
    for (String content : new String[] {"v2.", "v3..", "v4..."}) {
      folios.spaces().replaceContent(teacher, doc.id(), bytes(content));
    }
    folios.spaces().restoreVersion(teacher, doc.id(), 3);

    assertThat(folios.spaces().versions(teacher, doc.id()))
        .extracting(DocumentVersion::number, DocumentVersion::size)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, 5L),
            org.assertj.core.groups.Tuple.tuple(5, 4L));
    assertThat(usage()).isEqualTo(new SpaceUsage(9, 1, 0));

    folios.spaces().trashDocument(teacher, doc.id());
    folios.spaces().purge(teacher, mine.id(), null);

    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(folios.spaces().collectOrphanBlobs(Duration.ZERO, ProgressListener.NONE))
        .isZero();
    assertThat(blobs.exists(doc.blob())).isFalse();
  }

  @Test
  void replaceContent_keepingNoEarlierVersionStoresOnlyTheCurrentOne() {
    open(builder -> builder.keptVersions(0));
    Document doc = folios.spaces().createDocument(teacher, mine.id(), null, "a.txt", "v1");

    folios.spaces().replaceContent(teacher, doc.id(), bytes("v2."));
    folios.spaces().replaceContent(teacher, doc.id(), bytes("v3.."));

    assertThat(folios.spaces().versions(teacher, doc.id()))
        .extracting(DocumentVersion::number).containsExactly(3);
    assertThat(usage()).isEqualTo(new SpaceUsage(4, 1, 0));
    assertThat(blobs.exists(doc.blob())).isFalse();
    folios.spaces().deleteDocument(teacher, doc.id());
    assertThat(usage()).isEqualTo(SpaceUsage.EMPTY);
  }

  private void open(UnaryOperator<Folios.Builder> options) {
    Persistence store = newStore();
    Establishment college = new Establishment(EstablishmentId.random(), Uai.parse("0350057X"),
        "Collège Anne de Bretagne", EstablishmentType.COLLEGE,
        Academy.find("rennes").orElseThrow(), null);
    Person person = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Léa",
        "Morel", null, Set.of(college.id()), false, Set.of(), null);
    store.directory().saveEstablishment(college);
    store.directory().savePerson(person);
    folios = options.apply(Folios.builder().persistence(store).blobs(blobs)).build();
    teacher = Actor.of(person.id());
    mine = folios.spaces().personalSpace(teacher);
  }

  private SpaceUsage usage() {
    return folios.spaces().space(teacher, mine.id()).usage();
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
