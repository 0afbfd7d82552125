package fr.folios.core;

import static fr.folios.core.RightsSchool.NOW;
import static fr.folios.core.RightsSchool.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.GroupRequestId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Working-group requests: asked by staff, decided once by the establishment's admin. */
class DirectoryGroupRequestTest {

  private final RightsSchool school = new RightsSchool();
  private final Directory directory = school.folios.directory();
  private final Actor admin = as(school.admin);
  private final GroupProposal eco = new GroupProposal(school.college.id(), "ECO",
      "Éco-délégués", "Préparer la semaine du développement durable");

  @Test
  void approveGroupRequest_createsTheGroupForTheCurrentYearWithTheRequesterAsStaff() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));

    Group group = directory.approveGroupRequest(admin, request.id());

    assertThat(group.year()).isEqualTo(new SchoolYear(2026));
    assertThat(group.code()).isEqualTo("ECO");
    assertThat(group.staff()).containsExactly(school.teacher.id());
    assertThat(directory.groups(as(school.teacher))).containsExactly(group);
    assertThat(directory.groupRequests(as(school.teacher))).singleElement()
        .satisfies(decided -> {
          assertThat(decided.status()).isEqualTo(GroupRequest.Status.APPROVED);
          assertThat(decided.group()).isEqualTo(group.id());
          assertThat(decided.decidedBy()).isEqualTo(school.admin.id());
          assertThat(decided.decidedAt()).isEqualTo(NOW);
        });
  }

  @Test
  void approveGroupRequest_withoutARentreeUsesTheSchoolYearOfToday() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);

    assertThat(directory.approveGroupRequest(admin, request.id()).year())
        .isEqualTo(new SchoolYear(2025));
  }

  @Test
  void pendingGroupRequests_listsTheUndecidedOnesOldestFirst() {
    GroupRequest first = directory.requestGroup(as(school.teacher), eco);
    school.clock.advance(Duration.ofMinutes(1));
    GroupRequest second = directory.requestGroup(as(school.groupStaff), new GroupProposal(
        school.college.id(), "THEATRE", "Atelier théâtre", "Club du jeudi"));
    GroupRequest refused = directory.refuseGroupRequest(admin, first.id(), "Déjà fait");

    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(second);
    assertThat(refused.refusal()).isEqualTo("Déjà fait");
    assertThat(refused.status()).isEqualTo(GroupRequest.Status.REFUSED);
  }

  @Test
  void aRequestIsDecidedOnce() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);
    directory.refuseGroupRequest(admin, request.id(), "Pas cette année");

    assertThatThrownBy(() -> directory.approveGroupRequest(admin, request.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("for 'ECO' was already refused on " + NOW)
        .hasMessageContaining("a request is decided once");
    assertThatThrownBy(() -> directory.refuseGroupRequest(admin, request.id(), "Non"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void approveGroupRequest_refusesACodeTakenMeanwhileAndLeavesTheRequestPending() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);
    school.store.directory().saveGroup(Group.create(school.college.id(),
        new SchoolYear(2025), "ECO"));

    assertThatThrownBy(() -> directory.approveGroupRequest(admin, request.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage("group code 'ECO' is already taken in 2025-2026 in Collège Anne de Bretagne"
            + " (0350057X): choose another code, or use the existing group");
    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(request);
  }

  @Test
  void requestGroup_refusesACodeAlreadyTaken() {
    assertThatThrownBy(() -> directory.requestGroup(as(school.teacher), new GroupProposal(
        school.college.id(), "G", "Encore G", "Pourquoi pas")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("group code 'G' is already taken in 2025-2026");
  }

  @Test
  void requestGroup_byAnyoneButStaffIsDeniedNamingTheirProfile() {
    for (Person person : List.of(school.pupil, school.admin, school.partner, school.parent)) {
      assertThatThrownBy(() -> directory.requestGroup(as(person), eco))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining(person.displayName() + " has the profile '"
              + person.profile().frenchLabel() + "'; working groups are asked for by the"
              + " educational staff: ask a teacher of the establishment to request it");
    }
  }

  @Test
  void requestGroup_inAnEstablishmentOneIsNotAttachedToIsDenied() {
    assertThatThrownBy(() -> directory.requestGroup(as(school.stranger), eco))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Paul Loin is not attached to Collège Anne de Bretagne");
  }

  @Test
  void deciding_byAnyoneButTheEstablishmentsAdministratorIsDenied() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);
    Person otherAdmin = new Person(PersonId.random(), null, Profile.ESTABLISHMENT_ADMIN, "Eva",
        "Loin", null, Set.of(school.elsewhere.id()), false, Set.of(), null);
    school.store.directory().savePerson(otherAdmin);

    assertThatThrownBy(() -> directory.approveGroupRequest(as(school.teacher), request.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Anne Morel has the profile 'équipe éducative'; only an"
            + " establishment administrator may decide working-group requests");
    assertThatThrownBy(() -> directory.refuseGroupRequest(as(otherAdmin), request.id(), "Non"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("administers other establishments");
    assertThatThrownBy(() -> directory.pendingGroupRequests(as(school.pupil),
        school.college.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(request);
  }

  @Test
  void deciding_anUnknownRequestIsNotFound() {
    assertThatThrownBy(() -> directory.approveGroupRequest(admin, GroupRequestId.random()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refuseGroupRequest_needsAReason() {
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);

    assertThatThrownBy(() -> directory.refuseGroupRequest(admin, request.id(), "  "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason for refusing is blank");
    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(request);
  }

  @Test
  void completeFirstConnection_filesTheWorkingGroupsAskedForAsPendingRequests() {
    Person updated = directory.completeFirstConnection(as(school.groupStaff),
        new FirstConnection("garnier@example.org", false, Set.of(), List.of(eco)));

    assertThat(updated.email()).isEqualTo("garnier@example.org");
    assertThat(directory.groups(as(school.groupStaff))).containsExactly(school.group);
    assertThat(directory.groupRequests(as(school.groupStaff))).singleElement()
        .satisfies(request -> {
          assertThat(request.proposal()).isEqualTo(eco);
          assertThat(request.pending()).isTrue();
        });
  }

  @Test
  void completeFirstConnection_recordsNothingIfAGroupCannotBeAskedFor() {
    GroupProposal taken = new GroupProposal(school.college.id(), "G", "G", "Encore");

    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.groupStaff),
        new FirstConnection("garnier@example.org", false, Set.of(), List.of(eco, taken))))
        .isInstanceOf(ConflictException.class);
    assertThat(directory.me(as(school.groupStaff)).email()).isNull();
    assertThat(directory.groupRequests(as(school.groupStaff))).isEmpty();
  }

  @Test
  void completeFirstConnection_leavesLastYearsArchivedClassesAsTheyWere() {
    SchoolClass lastYear = school.classe.with(Set.of(), Set.of(), Set.of(school.teacher.id()));
    school.store.directory().saveClass(lastYear);
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));
    SchoolClass current = SchoolClass.create(school.college.id(), new SchoolYear(2026), "2A")
        .with(Set.of(), Set.of(school.teacher.id()), Set.of());
    school.store.directory().saveClass(current);

    directory.completeFirstConnection(as(school.teacher),
        new FirstConnection(null, false, Set.of(current.id())));

    assertThat(school.store.directory().findClass(lastYear.id())).contains(lastYear);
    assertThat(school.store.directory().findClass(current.id()).orElseThrow().mainTeachers())
        .containsExactly(school.teacher.id());
  }

  @Test
  void completeFirstConnection_refusesMakingSomeoneMainTeacherOfAnArchivedClass() {
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));

    assertThatThrownBy(() -> directory.completeFirstConnection(as(school.teacher),
        new FirstConnection(null, false, Set.of(school.classe.id()))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(school.classe.id().toString());
    assertThat(school.store.directory().findClass(school.classe.id())).contains(school.classe);
  }

  @Test
  void deciding_byTheAdministratorOfAnotherEstablishmentIsDeniedAndLeavesItPending() {
    Person otherAdmin = new Person(PersonId.random(), null, Profile.ESTABLISHMENT_ADMIN, "Eve",
        "Ailleurs", null, Set.of(school.elsewhere.id()), false, Set.of(), null);
    school.store.directory().savePerson(otherAdmin);
    GroupRequest request = directory.requestGroup(as(school.teacher), eco);

    assertThatThrownBy(() -> directory.approveGroupRequest(as(otherAdmin), request.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> directory.refuseGroupRequest(as(otherAdmin), request.id(), "Non"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(request);
  }

  @Test
  void approveGroupRequest_ofTwoRequestsForTheSameCodeCreatesOneGroup() {
    GroupRequest first = directory.requestGroup(as(school.teacher), eco);
    GroupRequest second = directory.requestGroup(as(school.groupStaff), eco);
    directory.approveGroupRequest(admin, first.id());

    assertThatThrownBy(() -> directory.approveGroupRequest(admin, second.id()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("'ECO' is already taken");
    assertThat(directory.pendingGroupRequests(admin, school.college.id()))
        .containsExactly(second);
  }
}
