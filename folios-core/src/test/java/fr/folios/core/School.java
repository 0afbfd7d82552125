package fr.folios.core;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.Persistence;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A small school in memory: one collège, one class 3B, a teacher, a colleague, two pupils. */
final class School {

  static final Instant NOW = Instant.parse("2025-09-15T08:00:00Z");

  final Persistence store = InMemoryPersistence.create();
  final BlobStore blobs;
  final Folios folios;
  final Establishment college = new Establishment(EstablishmentId.random(),
      Uai.parse("0350057X"),
      "Collège Anne de Bretagne", EstablishmentType.COLLEGE,
      Academy.find("rennes").orElseThrow(), null);
  final Establishment elsewhere = new Establishment(EstablishmentId.random(),
      Uai.parse("0350967L"), "Collège ailleurs", EstablishmentType.COLLEGE, null, null);
  final Person teacher = person(Profile.EDUCATIONAL_STAFF, "Morel", college);
  final Person colleague = person(Profile.EDUCATIONAL_STAFF, "Durand", college);
  final Person pupil = person(Profile.STUDENT, "Martin", college);
  final Person otherPupil = person(Profile.STUDENT, "Petit", college);
  final Person stranger = person(Profile.EDUCATIONAL_STAFF, "Loin", elsewhere);
  final Person parent = new Person(PersonId.random(), null, Profile.PARENT, "Jean", "Martin",
      null, Set.of(college.id()), false, Set.of(pupil.id()), null);
  final SchoolClass classe = SchoolClass.create(college.id(), new SchoolYear(2025), "3B")
      .with(Set.of(pupil.id()), Set.of(colleague.id()), Set.of(teacher.id()));

  School() {
    this(InMemoryBlobStore.create(), SpaceLimits.DEFAULT);
  }

  /** The clock Folios reads; tests move it forward. */
  final MovableClock clock = new MovableClock(NOW);

  School(BlobStore blobs, SpaceLimits personalLimits) {
    this(blobs, personalLimits, builder -> builder);
  }

  /** A school whose Folios is also given the options a test chooses. */
  School(BlobStore blobs, SpaceLimits personalLimits, UnaryOperator<Folios.Builder> options) {
    this.blobs = blobs;
    store.directory().saveEstablishment(college);
    store.directory().saveEstablishment(elsewhere);
    for (Person person : new Person[] {teacher, colleague, pupil, otherPupil, stranger, parent}) {
      store.directory().savePerson(person);
    }
    store.directory().saveClass(classe);
    folios = options.apply(Folios.builder().persistence(store).blobs(blobs)
        .clock(clock)
        .limits(SpaceKind.PERSONAL, personalLimits))
        .build();
  }

  /** A clock that stands still until a test moves it. */
  static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Actor as(Person person) {
    return Actor.of(person.id());
  }

  private static Person person(Profile profile, String lastName, Establishment establishment) {
    return new Person(PersonId.random(), null, profile, "Léa", lastName, null,
        Set.of(establishment.id()), false, Set.of(), null);
  }
}
