package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.establishment;
import static fr.folios.core.spi.Fixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ConflictException;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DirectoryRepository} must do; each adapter runs it. */
public abstract class DirectoryRepositoryContract {

  private static final SchoolYear YEAR = new SchoolYear(2025);

  private Persistence persistence;
  private DirectoryRepository directory;

  /** Returns a new, empty store. */
  protected abstract Persistence newPersistence() throws Exception;

  @BeforeEach
  void open() throws Exception {
    persistence = newPersistence();
    directory = persistence.directory();
  }

  @AfterEach
  void close() {
    persistence.close();
  }

  @Test
  void establishment_roundTripsWithEveryPart() {
    Establishment college = establishment(350001, "52000");
    directory.saveEstablishment(college);

    assertThat(directory.findEstablishment(college.id())).contains(college);
    assertThat(directory.findEstablishmentByUai(college.uai())).contains(college);
    assertThat(directory.findEstablishmentByJoinKey("52000")).contains(college);
    assertThat(directory.findEstablishmentByJoinKey("52001")).isEmpty();
  }

  @Test
  void establishment_keepsAWrongCheckLetterAndNoAcademy() {
    Establishment odd = new Establishment(EstablishmentId.random(), Uai.ofUnchecked("1004001V"),
        "Z.REMP", fr.folios.core.directory.EstablishmentType.OTHER, null, null);
    directory.saveEstablishment(odd);

    assertThat(directory.findEstablishment(odd.id())).contains(odd);
  }

  @Test
  void establishments_areOrderedByUai() {
    directory.saveEstablishment(establishment(350003, null));
    directory.saveEstablishment(establishment(350001, null));

    assertThat(directory.establishments()).extracting(e -> e.uai().value())
        .containsExactly("0350001" + Uai.ofUnchecked("0350001A").expectedCheckLetter(),
            "0350003" + Uai.ofUnchecked("0350003A").expectedCheckLetter());
  }

  @Test
  void establishment_withAnotherEstablishmentsUaiIsRefused() {
    Establishment first = establishment(350001, "1");
    directory.saveEstablishment(first);
    Establishment twin = new Establishment(EstablishmentId.random(), first.uai(), "Twin",
        first.type(), first.academy(), "2");

    assertThatThrownBy(() -> directory.saveEstablishment(twin))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(first.uai().value());
  }

  @Test
  void person_roundTripsAndIsFoundByJoinKey() {
    Establishment college = saved(establishment(350001, null));
    Person parent = person(Profile.PARENT, "Morel", college.id(), "P1");
    Person child = person(Profile.STUDENT, "Morel", college.id(), "E1");
    Person withChild = new Person(parent.id(), parent.joinKey(), parent.profile(),
        parent.firstName(), parent.lastName(), null, parent.establishments(), false,
        Set.of(child.id()), null);
    directory.savePerson(child);
    directory.savePerson(withChild);

    assertThat(directory.findPerson(parent.id())).contains(withChild);
    assertThat(directory.findPersonByJoinKey("E1")).contains(child);
    assertThat(directory.findPersonByJoinKey("nobody")).isEmpty();
  }

  @Test
  void person_updateReplacesTheStoredOne() {
    Establishment college = saved(establishment(350001, null));
    Person teacher = person(Profile.EDUCATIONAL_STAFF, "Durand", college.id(), "T1");
    directory.savePerson(teacher);
    directory.savePerson(teacher.withGuidancePsychologist(true).withEmail("psy@example.org"));

    Person stored = directory.findPerson(teacher.id()).orElseThrow();
    assertThat(stored.guidancePsychologist()).isTrue();
    assertThat(stored.email()).isEqualTo("psy@example.org");
    assertThat(directory.countPeople(Profile.EDUCATIONAL_STAFF)).isEqualTo(1);
  }

  @Test
  void person_withAnotherPersonsJoinKeyIsRefused() {
    Establishment college = saved(establishment(350001, null));
    directory.savePerson(person(Profile.STUDENT, "Morel", college.id(), "E1"));

    assertThatThrownBy(() -> directory.savePerson(
        person(Profile.STUDENT, "Other", college.id(), "E1")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("E1");
  }

  @Test
  void people_areFilteredByEstablishmentAndProfileAndOrderedByName() {
    Establishment college = saved(establishment(350001, null));
    Establishment other = saved(establishment(350002, null));
    directory.savePerson(person(Profile.STUDENT, "Zola", college.id(), null));
    directory.savePerson(person(Profile.STUDENT, "Balzac", college.id(), null));
    directory.savePerson(person(Profile.PARENT, "Aubert", college.id(), null));
    directory.savePerson(person(Profile.STUDENT, "Sand", other.id(), null));

    assertThat(directory.people(college.id(), Profile.STUDENT))
        .extracting(Person::lastName).containsExactly("Balzac", "Zola");
    assertThat(directory.countPeople(Profile.STUDENT)).isEqualTo(3);
  }

  @Test
  void class_roundTripsWithItsMembersAndIsFoundByNaturalKey() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    PersonId teacher = savedPerson(college);
    PersonId main = savedPerson(college);
    SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil), Set.of(teacher), Set.of(main));
    directory.saveClass(classe);

    assertThat(directory.findClass(classe.id())).contains(classe);
    assertThat(directory.findClass(college.id(), YEAR, "3B")).contains(classe);
    assertThat(directory.findClass(college.id(), new SchoolYear(2024), "3B")).isEmpty();
    assertThat(directory.findClass(college.id(), YEAR, "3b")).isEmpty();
    assertThat(directory.countClasses()).isEqualTo(1);
  }

  @Test
  void classes_ofAPersonCoverPupilsTeachersAndMainTeachers() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    PersonId main = savedPerson(college);
    SchoolClass b = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil), Set.of(), Set.of(main));
    SchoolClass a = SchoolClass.create(college.id(), YEAR, "3A")
        .with(Set.of(), Set.of(), Set.of(main));
    directory.saveClass(b);
    directory.saveClass(a);

    assertThat(directory.classesOf(main)).extracting(SchoolClass::code)
        .containsExactly("3A", "3B");
    assertThat(directory.classesOf(pupil)).extracting(SchoolClass::code).containsExactly("3B");
    assertThat(directory.classes(college.id(), YEAR)).extracting(SchoolClass::code)
        .containsExactly("3A", "3B");
  }

  @Test
  void class_membersCanBeRemovedByAnUpdate() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil), Set.of(), Set.of());
    directory.saveClass(classe);
    directory.saveClass(SchoolClass.create(college.id(), YEAR, "X").with(
        Set.of(), Set.of(), Set.of()));
    SchoolClass emptied = new SchoolClass(classe.id(), college.id(), YEAR, "3B", Set.of(),
        Set.of(), Set.of());
    directory.saveClass(emptied);

    assertThat(directory.findClass(classe.id())).contains(emptied);
    assertThat(directory.classesOf(pupil)).isEmpty();
  }

  @Test
  void class_withTheSameNaturalKeyIsRefused() {
    Establishment college = saved(establishment(350001, null));
    directory.saveClass(SchoolClass.create(college.id(), YEAR, "3B"));

    assertThatThrownBy(() -> directory.saveClass(SchoolClass.create(college.id(), YEAR, "3B")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("3B");
  }

  @Test
  void group_roundTripsAndIsFoundByNaturalKey() {
    Establishment college = saved(establishment(350001, null));
    Group group = Group.create(college.id(), YEAR, "LATIN")
        .with(Set.of(savedPerson(college)), Set.of(savedPerson(college)));
    directory.saveGroup(group);

    assertThat(directory.findGroup(group.id())).contains(group);
    assertThat(directory.findGroup(college.id(), YEAR, "LATIN")).contains(group);
    assertThat(directory.countGroups()).isEqualTo(1);
    assertThatThrownBy(() -> directory.saveGroup(Group.create(college.id(), YEAR, "LATIN")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void groupsOf_findsAPersonsGroupsAsPupilOrStaffOrderedByYearThenCode() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    PersonId staff = savedPerson(college);
    directory.saveGroup(Group.create(college.id(), YEAR, "LATIN").with(Set.of(pupil),
        Set.of(staff)));
    directory.saveGroup(Group.create(college.id(), YEAR, "GREC").with(Set.of(), Set.of(staff)));
    directory.saveGroup(Group.create(college.id(), YEAR, "CHORALE"));

    assertThat(directory.groupsOf(staff)).extracting(Group::code)
        .containsExactly("GREC", "LATIN");
    assertThat(directory.groupsOf(pupil)).extracting(Group::code).containsExactly("LATIN");
  }

  @Test
  void people_ofAProfileIncludesPeopleAttachedNowhere() {
    Establishment college = saved(establishment(350001, null));
    Person attached = person(Profile.STUDENT, "Morel", college.id(), "E1");
    Person nowhere = new Person(PersonId.random(), "E2", Profile.STUDENT, "Jean", "Abel", null,
        Set.of(), false, Set.of(), LocalDate.of(2025, 9, 1));
    directory.savePerson(attached);
    directory.savePerson(nowhere);
    directory.savePerson(person(Profile.PARENT, "Morel", college.id(), "P1"));

    assertThat(directory.people(Profile.STUDENT)).containsExactly(nowhere, attached);
  }

  @Test
  void classesAndGroups_ofAnEstablishmentCoverEveryYearOrderedByYearThenCode() {
    Establishment college = saved(establishment(350001, null));
    Establishment other = saved(establishment(350002, null));
    SchoolYear earlier = new SchoolYear(2024);
    directory.saveClass(SchoolClass.create(college.id(), YEAR, "3A"));
    directory.saveClass(SchoolClass.create(college.id(), earlier, "4B"));
    directory.saveClass(SchoolClass.create(other.id(), YEAR, "3C"));
    directory.saveGroup(Group.create(college.id(), YEAR, "LATIN"));
    directory.saveGroup(Group.create(college.id(), earlier, "GREC"));
    directory.saveGroup(Group.create(college.id(), YEAR, "CHORALE"));

    assertThat(directory.classes(college.id())).extracting(c -> c.year() + " " + c.code())
        .containsExactly("2024-2025 4B", "2025-2026 3A");
    assertThat(directory.groups(college.id())).extracting(g -> g.year() + " " + g.code())
        .containsExactly("2024-2025 GREC", "2025-2026 CHORALE", "2025-2026 LATIN");
    assertThat(directory.groups(other.id())).isEmpty();
  }

  @Test
  void currentYear_isNoneUntilSavedThenTheLastSaved() {
    Establishment college = saved(establishment(350001, null));
    Establishment other = saved(establishment(350002, null));

    assertThat(directory.currentYear(college.id())).isEmpty();
    directory.saveCurrentYear(college.id(), YEAR);
    directory.saveCurrentYear(college.id(), new SchoolYear(2026));
    directory.saveCurrentYear(other.id(), YEAR);

    assertThat(directory.currentYear(college.id())).contains(new SchoolYear(2026));
    assertThat(directory.currentYears()).isEqualTo(Map.of(college.id(), new SchoolYear(2026),
        other.id(), YEAR));
  }

  @Test
  void invitation_roundTripsIsReplacedAndDeleted() {
    Establishment college = saved(establishment(350001, null));
    Group group = Group.create(college.id(), YEAR, "LATIN");
    Group other = Group.create(college.id(), YEAR, "GREC");
    directory.saveGroup(group);
    directory.saveGroup(other);
    PersonId partner = savedPerson(college);
    PersonId admin = savedPerson(college);
    GroupInvitation invitation = new GroupInvitation(group.id(), partner, Fixtures.later(60),
        admin, Fixtures.NOW);
    GroupInvitation sooner = new GroupInvitation(other.id(), partner, Fixtures.later(30),
        admin, Fixtures.NOW);
    directory.saveInvitation(invitation);
    directory.saveInvitation(sooner);
    GroupInvitation extended = invitation.endingAt(Fixtures.later(120));
    directory.saveInvitation(extended);

    assertThat(directory.findInvitation(group.id(), partner)).contains(extended);
    assertThat(directory.invitationsOf(partner)).containsExactly(sooner, extended);
    assertThat(directory.invitationsTo(group.id())).containsExactly(extended);
    directory.deleteInvitation(group.id(), partner);
    directory.deleteInvitation(group.id(), partner);
    assertThat(directory.findInvitation(group.id(), partner)).isEmpty();
    assertThat(directory.invitationsOf(partner)).containsExactly(sooner);
    assertThat(directory.invitationsTo(GroupId.random())).isEmpty();
  }

  @Test
  void invitation_endingFarInTheFutureRoundTrips() {
    Establishment college = saved(establishment(350001, null));
    Group group = Group.create(college.id(), YEAR, "LATIN");
    directory.saveGroup(group);
    PersonId partner = savedPerson(college);
    PersonId admin = savedPerson(college);
    GroupInvitation far = new GroupInvitation(group.id(), partner,
        java.time.Instant.parse("9999-12-31T23:59:59.999999Z"), admin, Fixtures.NOW);

    directory.saveInvitation(far);

    assertThat(directory.findInvitation(group.id(), partner)).contains(far);
  }

  @Test
  void groupRequest_roundTripsPendingAndDecidedAndIsListedByStatusAndRequester() {
    Establishment college = saved(establishment(350001, null));
    PersonId teacher = savedPerson(college);
    PersonId admin = savedPerson(college);
    GroupProposal proposal = new GroupProposal(college.id(), "ECO", "Éco-délégués",
        "Un projet d'établissement");
    GroupRequest first = GroupRequest.ask(proposal, teacher, Fixtures.NOW);
    GroupRequest second = GroupRequest.ask(proposal, teacher, Fixtures.later(1));
    GroupRequest third = GroupRequest.ask(proposal, admin, Fixtures.later(2));
    directory.saveGroupRequest(second);
    directory.saveGroupRequest(first);
    directory.saveGroupRequest(third);
    GroupRequest approved = first.approve(admin, Fixtures.later(5), GroupId.random());
    GroupRequest refused = third.refuse(admin, Fixtures.later(6), "Déjà un groupe");
    directory.saveGroupRequest(approved);
    directory.saveGroupRequest(refused);

    assertThat(directory.findGroupRequest(first.id())).contains(approved);
    assertThat(directory.findGroupRequest(third.id())).contains(refused);
    assertThat(directory.groupRequests(college.id(), GroupRequest.Status.PENDING))
        .containsExactly(second);
    assertThat(directory.groupRequests(college.id(), GroupRequest.Status.APPROVED))
        .containsExactly(approved);
    assertThat(directory.groupRequestsBy(teacher)).containsExactly(approved, second);
    assertThat(directory.groupRequestsBy(PersonId.random())).isEmpty();
  }

  @Test
  void groupRequest_keepsTheLongestTexts() {
    Establishment college = saved(establishment(350001, null));
    GroupProposal proposal = new GroupProposal(college.id(),
        "C".repeat(GroupProposal.MAX_CODE_LENGTH), "N".repeat(GroupProposal.MAX_NAME_LENGTH),
        "é".repeat(GroupProposal.MAX_REASON_LENGTH));
    GroupRequest request = GroupRequest.ask(proposal, savedPerson(college), Instant.EPOCH)
        .refuse(savedPerson(college), Fixtures.NOW, "ü".repeat(GroupProposal.MAX_REASON_LENGTH));
    directory.saveGroupRequest(request);

    assertThat(directory.findGroupRequest(request.id())).contains(request);
  }

  @Test
  void deleteClass_removesItAndItsPlacesAndFreesItsCode() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    PersonId main = savedPerson(college);
    SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil), Set.of(savedPerson(college)), Set.of(main));
    SchoolClass other = SchoolClass.create(college.id(), YEAR, "3A")
        .with(Set.of(pupil), Set.of(), Set.of());
    directory.saveClass(classe);
    directory.saveClass(other);

    directory.deleteClass(classe.id());
    directory.deleteClass(classe.id());

    assertThat(directory.findClass(classe.id())).isEmpty();
    assertThat(directory.findClass(college.id(), YEAR, "3B")).isEmpty();
    assertThat(directory.classesOf(pupil)).containsExactly(other);
    assertThat(directory.classesOf(main)).isEmpty();
    assertThat(directory.countClasses()).isEqualTo(1);
    SchoolClass again = SchoolClass.create(college.id(), YEAR, "3B");
    directory.saveClass(again);
    assertThat(directory.findClass(college.id(), YEAR, "3B")).contains(again);
  }

  @Test
  void deleteGroup_removesItItsPlacesAndItsInvitationsOnly() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    PersonId partner = savedPerson(college);
    PersonId admin = savedPerson(college);
    Group group = Group.create(college.id(), YEAR, "LATIN").with(Set.of(pupil),
        Set.of(savedPerson(college)));
    Group other = Group.create(college.id(), YEAR, "GREC").with(Set.of(pupil), Set.of());
    directory.saveGroup(group);
    directory.saveGroup(other);
    directory.saveInvitation(new GroupInvitation(group.id(), partner, Fixtures.later(60),
        admin, Fixtures.NOW));
    GroupInvitation kept = new GroupInvitation(other.id(), partner, Fixtures.later(60), admin,
        Fixtures.NOW);
    directory.saveInvitation(kept);

    directory.deleteGroup(group.id());
    directory.deleteGroup(group.id());

    assertThat(directory.findGroup(group.id())).isEmpty();
    assertThat(directory.groupsOf(pupil)).containsExactly(other);
    assertThat(directory.invitationsTo(group.id())).isEmpty();
    assertThat(directory.invitationsOf(partner)).containsExactly(kept);
    assertThat(directory.countGroups()).isEqualTo(1);
    directory.saveGroup(Group.create(college.id(), YEAR, "LATIN"));
    assertThat(directory.findGroup(college.id(), YEAR, "LATIN")).isPresent();
  }

  @Test
  void deleteClassAndGroup_areUndoneWhenTheirTransactionFails() {
    Establishment college = saved(establishment(350001, null));
    PersonId pupil = savedPerson(college);
    SchoolClass classe = SchoolClass.create(college.id(), YEAR, "3B")
        .with(Set.of(pupil), Set.of(), Set.of());
    Group group = Group.create(college.id(), YEAR, "LATIN").with(Set.of(pupil), Set.of());
    directory.saveClass(classe);
    directory.saveGroup(group);
    GroupInvitation invitation = new GroupInvitation(group.id(), savedPerson(college),
        Fixtures.later(60), savedPerson(college), Fixtures.NOW);
    directory.saveInvitation(invitation);
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      directory.deleteClass(classe.id());
      directory.deleteGroup(group.id());
      throw failure;
    })).isSameAs(failure);

    assertThat(directory.findClass(classe.id())).contains(classe);
    assertThat(directory.findGroup(group.id())).contains(group);
    assertThat(directory.classesOf(pupil)).containsExactly(classe);
    assertThat(directory.invitationsTo(group.id())).containsExactly(invitation);
  }

  private PersonId savedPerson(Establishment college) {
    Person person = person(Profile.STUDENT, "Member", college.id(), null);
    directory.savePerson(person);
    return person.id();
  }

  private Establishment saved(Establishment establishment) {
    directory.saveEstablishment(establishment);
    return establishment;
  }
}
