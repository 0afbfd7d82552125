package fr.folios.core;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.memory.InMemoryPersistence;
import fr.folios.core.spi.Persistence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A collège in memory with someone of every profile placed so that each rule of the rights
 * matrix can be seen to hold and to stop: classes 3B and 4A, a group G spanning them, a parent
 * of a 3B pupil and one of a 4A pupil, a partner invited into G for thirty days and one in no
 * group, an administrator, and a teacher of another collège. Its clock stands still until a
 * test moves it.
 */
final class RightsSchool {

  static final Instant NOW = Instant.parse("2025-09-15T08:00:00Z");

  final Persistence store = InMemoryPersistence.create();
  final Establishment college = establishment("0350057X", "Collège Anne de Bretagne");
  final Establishment elsewhere = establishment("0350967L", "Collège ailleurs");
  final SchoolYear year = new SchoolYear(2025);

  final Person pupil = person(Profile.STUDENT, "Léa", "Martin", college);
  final Person classmate = person(Profile.STUDENT, "Hugo", "Petit", college);
  final Person otherPupil = person(Profile.STUDENT, "Léa", "Roux", college);
  final Person groupmate = person(Profile.STUDENT, "Inès", "Blanc", college);
  final Person teacher = person(Profile.EDUCATIONAL_STAFF, "Anne", "Morel", college);
  final Person otherTeacher = person(Profile.EDUCATIONAL_STAFF, "Marc", "Durand", college);
  final Person groupStaff = person(Profile.EDUCATIONAL_STAFF, "Sophie", "Garnier", college);
  final Person admin = person(Profile.ESTABLISHMENT_ADMIN, "Luc", "Lefebvre", college);
  final Person partner = person(Profile.EXTERNAL_PARTNER, "Nadia", "Bernard", college);
  final Person otherPartner = person(Profile.EXTERNAL_PARTNER, "Yves", "Faure", college);
  final Person stranger = person(Profile.EDUCATIONAL_STAFF, "Paul", "Loin", elsewhere);
  final Person parent = parent("Jean", "Martin", pupil);
  final Person otherParent = parent("Paul", "Roux", otherPupil);

  final SchoolClass classe = SchoolClass.create(college.id(), year, "3B")
      .with(ids(pupil, classmate), ids(teacher), Set.of());
  final SchoolClass otherClass = SchoolClass.create(college.id(), year, "4A")
      .with(ids(otherPupil, groupmate), ids(otherTeacher), Set.of());
  final Group group = Group.create(college.id(), year, "G")
      .with(ids(pupil, groupmate), ids(groupStaff));
  final GroupInvitation invitation = new GroupInvitation(group.id(), partner.id(),
      NOW.plus(Duration.ofDays(30)), admin.id(), NOW.minus(Duration.ofDays(1)));

  final School.MovableClock clock = new School.MovableClock(NOW);

  final Folios folios;

  RightsSchool() {
    store.directory().saveEstablishment(college);
    store.directory().saveEstablishment(elsewhere);
    everyone().forEach(store.directory()::savePerson);
    store.directory().saveClass(classe);
    store.directory().saveClass(otherClass);
    store.directory().saveGroup(group);
    store.directory().saveInvitation(invitation);
    folios = Folios.builder().persistence(store).blobs(InMemoryBlobStore.create())
        .clock(clock).build();
  }

  /** {@return every person of the school, in no particular order} */
  List<Person> everyone() {
    return List.of(pupil, classmate, otherPupil, groupmate, teacher, otherTeacher, groupStaff,
        admin, partner, otherPartner, stranger, parent, otherParent);
  }

  /** {@return the one person who stands for each profile in the action table} */
  Map<Profile, Person> representatives() {
    return Map.of(Profile.STUDENT, pupil, Profile.EDUCATIONAL_STAFF, teacher,
        Profile.ESTABLISHMENT_ADMIN, admin, Profile.EXTERNAL_PARTNER, partner,
        Profile.PARENT, parent);
  }

  static Actor as(Person person) {
    return Actor.of(person.id());
  }

  private static Establishment establishment(String uai, String name) {
    return new Establishment(EstablishmentId.random(), Uai.parse(uai), name,
        EstablishmentType.COLLEGE, null, null);
  }

  private static Person person(Profile profile, String first, String last,
      Establishment establishment) {
    return new Person(PersonId.random(), null, profile, first, last, null,
        Set.of(establishment.id()), false, Set.of(), null);
  }

  private Person parent(String first, String last, Person child) {
    return new Person(PersonId.random(), null, Profile.PARENT, first, last, null,
        Set.of(college.id()), false, Set.of(child.id()), null);
  }

  private static Set<PersonId> ids(Person... people) {
    return Stream.of(people).map(Person::id).collect(Collectors.toSet());
  }
}
