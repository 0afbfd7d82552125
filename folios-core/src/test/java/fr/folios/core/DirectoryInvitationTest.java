package fr.folios.core;

import static fr.folios.core.RightsSchool.NOW;
import static fr.folios.core.RightsSchool.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolYear;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Directory#invitePartner}, {@link Directory#revokeInvitation}, and what they open. */
class DirectoryInvitationTest {

  private static final Instant IN_A_WEEK = NOW.plus(Duration.ofDays(7));

  private final RightsSchool school = new RightsSchool();
  private final Directory directory = school.folios.directory();
  private final Actor admin = as(school.admin);

  @Test
  void invitePartner_letsThemSeeTheGroupsMembersUntilTheEnd() {
    GroupInvitation invitation = directory.invitePartner(admin, school.group.id(),
        school.otherPartner.id(), IN_A_WEEK);

    assertThat(invitation).isEqualTo(new GroupInvitation(school.group.id(),
        school.otherPartner.id(), IN_A_WEEK, school.admin.id(), NOW));
    assertThat(directory.visiblePeople(as(school.otherPartner))).extracting(Person::lastName)
        .containsExactly("Bernard", "Blanc", "Garnier", "Martin");
    assertThat(directory.groups(as(school.otherPartner))).containsExactly(school.group);
    school.clock.advance(Duration.ofDays(7));
    assertThat(directory.visiblePeople(as(school.otherPartner))).isEmpty();
  }

  @Test
  void invitePartner_againReplacesTheEndDate() {
    directory.invitePartner(admin, school.group.id(), school.otherPartner.id(), IN_A_WEEK);
    Instant later = IN_A_WEEK.plus(Duration.ofDays(30));

    GroupInvitation again = directory.invitePartner(admin, school.group.id(),
        school.otherPartner.id(), later);
    school.clock.advance(Duration.ofDays(8));

    assertThat(again.endsAt()).isEqualTo(later);
    assertThat(again.invitedAt()).isEqualTo(NOW);
    assertThat(directory.invitations(admin, school.group.id())).extracting(
        GroupInvitation::partner).containsExactlyInAnyOrder(school.partner.id(),
        school.otherPartner.id());
    assertThat(directory.canSee(as(school.otherPartner), school.pupil.id())).isTrue();
  }

  @Test
  void invitePartner_refusesAnEndThatIsNotInTheFuture() {
    assertThatThrownBy(() -> directory.invitePartner(admin, school.group.id(),
        school.otherPartner.id(), NOW)).isInstanceOf(InvalidInputException.class)
        .hasMessage("the invitation of Yves Faure into group 'G' would end at " + NOW
            + ", not after now (" + NOW + "): give a later end date");
    assertThat(directory.visiblePeople(as(school.otherPartner))).isEmpty();
  }

  @Test
  void invitePartner_refusesSomeoneWhoIsNotAnExternalPartner() {
    assertThatThrownBy(() -> directory.invitePartner(admin, school.group.id(),
        school.teacher.id(), IN_A_WEEK)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Anne Morel has the profile 'équipe éducative'; only a"
            + " 'partenaire extérieur' is invited into a group");
  }

  @Test
  void invitePartner_byAnyoneButTheEstablishmentsAdministratorIsDenied() {
    Person otherAdmin = new Person(PersonId.random(), null, Profile.ESTABLISHMENT_ADMIN, "Eva",
        "Loin", null, Set.of(school.elsewhere.id()), false, Set.of(), null);
    school.store.directory().savePerson(otherAdmin);

    assertThatThrownBy(() -> directory.invitePartner(as(otherAdmin), school.group.id(),
        school.otherPartner.id(), IN_A_WEEK)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Eva Loin administers other establishments than Collège Anne de"
            + " Bretagne");
    assertThatThrownBy(() -> directory.invitePartner(as(school.groupStaff), school.group.id(),
        school.otherPartner.id(), IN_A_WEEK)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'équipe éducative'; only an establishment administrator may"
            + " invite external partners");
  }

  @Test
  void invitePartner_intoAnUnknownGroupOrOfAnUnknownPersonIsNotFound() {
    assertThatThrownBy(() -> directory.invitePartner(admin, GroupId.random(),
        school.otherPartner.id(), IN_A_WEEK)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> directory.invitePartner(admin, school.group.id(),
        PersonId.random(), IN_A_WEEK)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void invitePartner_intoAnArchivedGroupIsRefused() {
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));

    assertThatThrownBy(() -> directory.invitePartner(admin, school.group.id(),
        school.otherPartner.id(), IN_A_WEEK)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("group 'G' of 2025-2026 is archived: the current school year of"
            + " its establishment is 2026-2027")
        .hasMessageContaining("use a group of 2026-2027");
  }

  @Test
  void archivedGroup_endsThePartnersSightOfItEvenBeforeTheEndDate() {
    directory.startSchoolYear(school.college.id(), new SchoolYear(2026));

    assertThat(directory.visiblePeople(as(school.partner))).isEmpty();
    assertThat(directory.groups(as(school.pupil))).isEmpty();
  }

  @Test
  void revokeInvitation_endsTheirSightAtOnce() {
    directory.revokeInvitation(admin, school.group.id(), school.partner.id());

    assertThat(directory.visiblePeople(as(school.partner))).isEmpty();
    assertThat(directory.invitations(admin, school.group.id())).isEmpty();
    assertThatThrownBy(() -> directory.revokeInvitation(admin, school.group.id(),
        school.partner.id())).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("is not invited into group 'G' (2025-2026)");
  }

  @Test
  void invitations_areForTheAdministratorOnly() {
    assertThatThrownBy(() -> directory.invitations(as(school.partner), school.group.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'partenaire extérieur'");
  }
}
