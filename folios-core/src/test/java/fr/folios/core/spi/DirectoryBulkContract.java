package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.establishment;
import static fr.folios.core.spi.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ConflictException;
import fr.folios.core.FoliosException;
import fr.folios.core.NotFoundException;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.spi.Membership.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the bulk methods of every {@link DirectoryRepository} must do (those the directory
 * import calls a batch at a time); each adapter runs it, the defaults included.
 */
public abstract class DirectoryBulkContract {

  private static final SchoolYear YEAR = new SchoolYear(2025);

  private Persistence persistence;
  private DirectoryRepository directory;
  private Establishment college;

  /** Returns a new, empty store. */
  protected abstract Persistence newPersistence() throws Exception;

  @BeforeEach
  void open() throws Exception {
    persistence = newPersistence();
    directory = persistence.directory();
    college = establishment(350001, "52000");
    directory.saveEstablishment(college);
  }

  @AfterEach
  void close() {
    persistence.close();
  }

  @Test
  void findPeopleByJoinKeys_returnsThoseStoredWithEveryPart() {
    Person child = person(Profile.STUDENT, "Morel", college.id(), "E1");
    Person parent = withChild(person(Profile.PARENT, "Morel", college.id(), "P1"), child);
    directory.addPeople(List.of(child, parent));

    Map<String, Person> found = directory.findPeopleByJoinKeys(List.of("P1", "E1", "nobody"));

    assertThat(found).containsOnlyKeys("P1", "E1");
    assertThat(found.get("P1")).isEqualTo(parent);
    assertThat(found.get("E1")).isEqualTo(child);
    assertThat(directory.findPeopleByJoinKeys(List.of())).isEmpty();
  }

  @Test
  void findPeople_returnsThoseStoredByIdentifier() {
    Person pupil = person(Profile.STUDENT, "Morel", college.id(), "E1");
    directory.savePeople(List.of(pupil));

    assertThat(directory.findPeople(List.of(pupil.id(), PersonId.random())))
        .containsExactly(Map.entry(pupil.id(), pupil));
  }

  @Test
  void findPeople_readsMoreThanAChunk() {
    List<Person> many = new ArrayList<>();
    for (int i = 0; i < 2_100; i++) {
      many.add(person(Profile.STUDENT, "Pupil" + i, college.id(), "K" + i));
    }
    directory.addPeople(many);

    assertThat(directory.findPeople(many.stream().map(Person::id).toList())).hasSize(2_100);
    assertThat(directory.findPeopleByJoinKeys(many.stream().map(Person::joinKey).toList()))
        .hasSize(2_100);
  }

  @Test
  void addPeople_refusesSomeoneAlreadyStoredAndAddsNoOne() {
    Person stored = person(Profile.STUDENT, "Morel", college.id(), "E1");
    directory.addPeople(List.of(stored));
    Person fresh = person(Profile.STUDENT, "Petit", college.id(), "E2");

    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.addPeople(List.of(fresh, stored));
      return null;
    })).isInstanceOf(FoliosException.class);
    assertThat(directory.findPersonByJoinKey("E2")).isEmpty();
  }

  @Test
  void savePeople_updatesAndInsertsAndRefusesAnotherPersonsJoinKey() {
    Person pupil = person(Profile.STUDENT, "Morel", college.id(), "E1");
    directory.addPeople(List.of(pupil));
    Person leaving = pupil.withLeavingSince(LocalDate.of(2026, 7, 4));
    Person added = person(Profile.STUDENT, "Petit", college.id(), "E2");

    directory.savePeople(List.of(leaving, added));

    assertThat(directory.findPerson(pupil.id())).contains(leaving);
    assertThat(directory.findPerson(added.id())).contains(added);
    Person thief = person(Profile.STUDENT, "Autre", college.id(), "E1");
    assertThatThrownBy(() -> directory.savePeople(List.of(thief)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("E1");
  }

  @Test
  void stayingPeople_pagesThroughThoseWithAJoinKeyWhoAreNotLeaving() {
    List<Person> pupils = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pupils.add(person(Profile.STUDENT, "Pupil" + i, college.id(), "E" + i));
    }
    pupils.set(3, pupils.get(3).withLeavingSince(LocalDate.of(2026, 7, 4)));
    pupils.add(person(Profile.STUDENT, "NoKey", college.id(), null));
    directory.addPeople(pupils);
    directory.addPeople(List.of(person(Profile.PARENT, "Parent", college.id(), "P1")));

    List<String> seen = new ArrayList<>();
    PersonId after = null;
    for (Map<PersonId, String> page = directory.stayingPeople(Profile.STUDENT, null, 2);
        !page.isEmpty(); page = directory.stayingPeople(Profile.STUDENT, after, 2)) {
      assertThat(page.size()).isLessThanOrEqualTo(2);
      for (Map.Entry<PersonId, String> entry : page.entrySet()) {
        assertThat(after == null || entry.getKey().value().compareTo(after.value()) > 0)
            .isTrue();
        after = entry.getKey();
        seen.add(entry.getValue());
      }
    }

    assertThat(seen).containsExactlyInAnyOrder("E0", "E1", "E2", "E4", "E5", "E6");
    assertThatThrownBy(() -> directory.stayingPeople(Profile.STUDENT, null, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  @Test
  void peoplePage_walksThroughEveryoneOfAProfileInIdentifierOrder() {
    List<Person> staff = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      staff.add(person(Profile.EDUCATIONAL_STAFF, "Teacher" + i, college.id(), "T" + i));
    }
    directory.addPeople(staff);

    List<Person> first = directory.peoplePage(Profile.EDUCATIONAL_STAFF, null, 3);
    List<Person> second = directory.peoplePage(Profile.EDUCATIONAL_STAFF,
        first.get(first.size() - 1).id(), 3);

    assertThat(first).hasSize(3);
    assertThat(second).hasSize(2);
    List<Person> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(all).containsExactlyInAnyOrderElementsOf(staff)
        .isSortedAccordingTo((a, b) -> a.id().value().compareTo(b.id().value()));
  }

  @Test
  void classesAndGroupsOfAYear_comeWithTheirMembersFromEveryEstablishment() {
    Establishment lycee = establishment(350002, "52001");
    directory.saveEstablishment(lycee);
    PersonId pupil = PersonId.random();
    PersonId teacher = PersonId.random();
    SchoolClass a = SchoolClass.create(college.id(), YEAR, "3A")
        .with(Set.of(pupil), Set.of(), Set.of(teacher));
    SchoolClass b = SchoolClass.create(lycee.id(), YEAR, "2nde1");
    SchoolClass old = SchoolClass.create(college.id(), new SchoolYear(2024), "4A");
    directory.saveClasses(List.of(a, b, old));
    Group latin = Group.create(college.id(), YEAR, "LATIN").with(Set.of(pupil), Set.of());
    directory.saveGroups(List.of(latin, Group.create(lycee.id(), new SchoolYear(2024), "X")));

    assertThat(directory.classes(YEAR)).containsExactlyInAnyOrder(a, b);
    assertThat(directory.groups(YEAR)).containsExactly(latin);
  }

  @Test
  void saveClasses_refusesAnotherClassWithTheSameNaturalKey() {
    directory.saveClasses(List.of(SchoolClass.create(college.id(), YEAR, "3A")));

    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.saveClasses(List.of(SchoolClass.create(college.id(), YEAR, "3A")));
      return null;
    })).isInstanceOf(ConflictException.class);
    assertThat(directory.classes(YEAR)).hasSize(1);
  }

  @Test
  void addMembers_placesPeopleByRoleAndAMainTeacherAlsoTeaches() {
    SchoolClass empty = SchoolClass.create(college.id(), YEAR, "3A");
    Group group = Group.create(college.id(), YEAR, "LATIN");
    directory.saveClass(empty);
    directory.saveGroup(group);
    PersonId pupil = PersonId.random();
    PersonId main = PersonId.random();
    PersonId staff = PersonId.random();

    directory.addMembers(List.of(member(empty.id(), pupil, Role.CLASS_STUDENT),
        member(empty.id(), main, Role.CLASS_MAIN_TEACHER),
        new Membership(group.id().value(), pupil, Role.GROUP_STUDENT),
        new Membership(group.id().value(), staff, Role.GROUP_STAFF)));
    directory.addMembers(List.of(member(empty.id(), pupil, Role.CLASS_STUDENT)));

    SchoolClass stored = directory.findClass(empty.id()).orElseThrow();
    assertThat(stored.students()).containsExactly(pupil);
    assertThat(stored.teachers()).containsExactly(main);
    assertThat(stored.mainTeachers()).containsExactly(main);
    Group storedGroup = directory.findGroup(group.id()).orElseThrow();
    assertThat(storedGroup.students()).containsExactly(pupil);
    assertThat(storedGroup.staff()).containsExactly(staff);
  }

  @Test
  void removeMembers_takesPeopleOutOfARoleAndATeacherOutOfMainTeacherToo() {
    PersonId pupil = PersonId.random();
    PersonId main = PersonId.random();
    PersonId other = PersonId.random();
    SchoolClass full = SchoolClass.create(college.id(), YEAR, "3A")
        .with(Set.of(pupil), Set.of(), Set.of(main, other));
    directory.saveClass(full);

    directory.removeMembers(List.of(member(full.id(), pupil, Role.CLASS_STUDENT),
        member(full.id(), main, Role.CLASS_TEACHER),
        member(full.id(), other, Role.CLASS_MAIN_TEACHER),
        member(full.id(), PersonId.random(), Role.CLASS_STUDENT)));

    SchoolClass stored = directory.findClass(full.id()).orElseThrow();
    assertThat(stored.students()).isEmpty();
    assertThat(stored.teachers()).containsExactly(other);
    assertThat(stored.mainTeachers()).isEmpty();
  }

  @Test
  void addMembers_toAClassNotStoredIsRefused() {
    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.addMembers(List.of(member(ClassId.random(), PersonId.random(),
          Role.CLASS_STUDENT)));
      return null;
    })).isInstanceOf(FoliosException.class);
  }

  @Test
  void bulkMethods_withEmptyListsDoNothing() {
    directory.addPeople(List.of());
    directory.savePeople(List.of());
    directory.saveClasses(List.of());
    directory.saveGroups(List.of());
    directory.addMembers(List.of());
    directory.removeMembers(List.of());

    assertThat(directory.findPeople(List.of())).isEmpty();
    assertThat(directory.findPeopleByJoinKeys(List.of())).isEmpty();
    assertThat(directory.peoplePage(Profile.STUDENT, null, 10)).isEmpty();
    assertThat(directory.stayingPeople(Profile.STUDENT, null, 10)).isEmpty();
    assertThat(directory.classes(YEAR)).isEmpty();
    assertThat(directory.groups(YEAR)).isEmpty();
  }

  @Test
  void bulkMethods_takeJoinKeysWithQuotesAndSqlLookingTextAsPlainValues() {
    List<String> keys = List.of("O'Brien", "x'); drop table person; --", "%", "_", "a\\b",
        "\"quoted\"", "' or '1'='1", "é;Ω");
    List<Person> pupils = new ArrayList<>();
    for (String key : keys) {
      pupils.add(person(Profile.STUDENT, key, college.id(), key));
    }
    directory.addPeople(pupils);
    directory.savePeople(pupils.stream().map(p -> p.withLeavingSince(LocalDate.of(2026, 7, 4)))
        .toList());

    Map<String, Person> found = directory.findPeopleByJoinKeys(keys);

    assertThat(found).containsOnlyKeys(keys);
    assertThat(found.values()).allSatisfy(p -> assertThat(p.leaving()).isTrue());
    assertThat(directory.findPeopleByJoinKeys(List.of("%%", "' or 1=1 --", "O'Brie_")))
        .isEmpty();
    assertThat(directory.countPeople(Profile.STUDENT)).isEqualTo(keys.size());
  }

  @Test
  void findPeopleByJoinKeys_withAKeyGivenTwiceFindsItOnce() {
    Person pupil = person(Profile.STUDENT, "Morel", college.id(), "E1");
    directory.addPeople(List.of(pupil));

    assertThat(directory.findPeopleByJoinKeys(List.of("E1", "E1", "E1")))
        .containsExactly(Map.entry("E1", pupil));
    assertThat(directory.findPeople(List.of(pupil.id(), pupil.id())))
        .containsExactly(Map.entry(pupil.id(), pupil));
  }

  @Test
  void pagingMethods_walkThroughThousandsOfPeopleExactlyOnce() {
    List<Person> many = new ArrayList<>();
    for (int i = 0; i < 4_500; i++) {
      many.add(person(Profile.STUDENT, "Pupil" + i, college.id(), "K" + i));
    }
    directory.addPeople(many);

    List<PersonId> paged = new ArrayList<>();
    for (List<Person> page = directory.peoplePage(Profile.STUDENT, null, 2_000); !page.isEmpty();
        page = directory.peoplePage(Profile.STUDENT, page.get(page.size() - 1).id(), 2_000)) {
      page.forEach(p -> paged.add(p.id()));
    }
    List<String> staying = new ArrayList<>();
    PersonId after = null;
    for (Map<PersonId, String> page = directory.stayingPeople(Profile.STUDENT, null, 2_000);
        !page.isEmpty(); page = directory.stayingPeople(Profile.STUDENT, after, 2_000)) {
      for (Map.Entry<PersonId, String> entry : page.entrySet()) {
        after = entry.getKey();
        staying.add(entry.getValue());
      }
    }

    assertThat(paged).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(many.stream().map(Person::id).toList());
    assertThat(staying).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(many.stream().map(Person::joinKey).toList());
  }

  @Test
  void addMembers_thousandsAtOnceAndTheSamePlaceTwiceInOneCall() {
    SchoolClass big = SchoolClass.create(college.id(), YEAR, "AMPHI");
    directory.saveClasses(List.of(big));
    List<Membership> places = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      places.add(member(big.id(), PersonId.random(), Role.CLASS_STUDENT));
    }
    places.add(places.get(0));
    PersonId main = PersonId.random();
    places.add(member(big.id(), main, Role.CLASS_MAIN_TEACHER));
    places.add(member(big.id(), main, Role.CLASS_TEACHER));

    directory.addMembers(places);
    directory.removeMembers(List.of(places.get(1), places.get(1)));

    SchoolClass stored = directory.findClass(big.id()).orElseThrow();
    assertThat(stored.students()).hasSize(2_999).contains(places.get(0).person())
        .doesNotContain(places.get(1).person());
    assertThat(stored.teachers()).containsExactly(main);
    assertThat(stored.mainTeachers()).containsExactly(main);
  }

  @Test
  void removeMembers_fromAClassOrGroupNotStoredIsNotFound() {
    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.removeMembers(List.of(member(ClassId.random(), PersonId.random(),
          Role.CLASS_STUDENT)));
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.removeMembers(List.of(new Membership("no-such-group", PersonId.random(),
          Role.GROUP_STAFF)));
      return null;
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  void addMembers_toAClassNotStoredIsNotFoundAndAddsNothingElse() {
    SchoolClass stored = SchoolClass.create(college.id(), YEAR, "3A");
    directory.saveClass(stored);
    PersonId pupil = PersonId.random();

    assertThatThrownBy(() -> persistence.transactions().inTransaction(() -> {
      directory.addMembers(List.of(member(stored.id(), pupil, Role.CLASS_STUDENT),
          member(ClassId.random(), pupil, Role.CLASS_STUDENT)));
      return null;
    })).isInstanceOf(NotFoundException.class);
    assertThat(directory.findClass(stored.id()).orElseThrow().students()).isEmpty();
  }

  @Test
  void pendingChildren_areKeptByRelativeUntilForgotten() {
    PersonId first = PersonId.random();
    PersonId second = PersonId.random();
    directory.addPendingChildren(Map.of("R1", Set.of(first), "R2", Set.of(second)));
    directory.addPendingChildren(Map.of("R1", Set.of(first, second)));

    assertThat(directory.pendingChildren(List.of("R1", "R2", "R3")))
        .containsOnlyKeys("R1", "R2")
        .hasEntrySatisfying("R1", pupils -> assertThat(pupils)
            .containsExactlyInAnyOrder(first, second));
    directory.removePendingChildren(List.of("R1", "R3"));
    assertThat(directory.pendingChildren(List.of("R1", "R2"))).containsOnlyKeys("R2");
    assertThat(directory.pendingChildren(List.of())).isEmpty();
  }

  private static Membership member(ClassId schoolClass, PersonId person, Role role) {
    return new Membership(schoolClass.value(), person, role);
  }

  private static Person withChild(Person parent, Person child) {
    return new Person(parent.id(), parent.joinKey(), parent.profile(), parent.firstName(),
        parent.lastName(), parent.email(), parent.establishments(), false,
        Set.of(child.id()), null);
  }
}
