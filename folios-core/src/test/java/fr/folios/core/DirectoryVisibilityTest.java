package fr.folios.core;

import static fr.folios.core.RightsSchool.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.Grantee;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Directory#canSee} and {@link Directory#visiblePeople}: whom each person sees. */
class DirectoryVisibilityTest {

  private final RightsSchool school = new RightsSchool();
  private final Directory directory = school.folios.directory();

  /** Who sees whom in {@link RightsSchool}: each viewer, then whom they see, by name. */
  static Stream<Arguments> whoSeesWhom() {
    List<String> wholeCollege = List.of("Nadia Bernard", "Inès Blanc", "Marc Durand",
        "Yves Faure", "Sophie Garnier", "Luc Lefebvre", "Jean Martin", "Léa Martin",
        "Anne Morel", "Hugo Petit", "Léa Roux", "Paul Roux");
    return Stream.of(
        row(s -> s.pupil, "Nadia Bernard", "Inès Blanc", "Sophie Garnier", "Jean Martin",
            "Anne Morel", "Hugo Petit"),
        row(s -> s.otherPupil, "Inès Blanc", "Marc Durand", "Paul Roux"),
        row(s -> s.groupmate, "Nadia Bernard", "Marc Durand", "Sophie Garnier", "Léa Martin",
            "Léa Roux"),
        row(s -> s.teacher, without(wholeCollege, "Anne Morel", "Nadia Bernard",
            "Yves Faure")),
        row(s -> s.groupStaff, without(wholeCollege, "Sophie Garnier", "Yves Faure")),
        row(s -> s.admin, without(wholeCollege, "Luc Lefebvre", "Nadia Bernard",
            "Yves Faure")),
        row(s -> s.partner, "Inès Blanc", "Sophie Garnier", "Léa Martin"),
        row(s -> s.otherPartner),
        row(s -> s.parent, "Sophie Garnier", "Léa Martin", "Anne Morel"),
        row(s -> s.otherParent, "Marc Durand", "Léa Roux"),
        row(s -> s.stranger));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("whoSeesWhom")
  void visiblePeople_areWhomTheMatrixLetsThemSee(Function<RightsSchool, Person> viewerOf,
      List<String> seen) {
    Person viewer = viewerOf.apply(school);

    assertThat(directory.visiblePeople(as(viewer))).extracting(Person::displayName)
        .containsExactlyElementsOf(seen);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("whoSeesWhom")
  void canSee_agreesWithVisiblePeopleForEveryoneOfTheSchool(
      Function<RightsSchool, Person> viewerOf, List<String> seen) {
    Person viewer = viewerOf.apply(school);

    for (Person other : school.everyone()) {
      boolean expected = other.equals(viewer) || seen.contains(other.displayName());
      assertThat(directory.canSee(as(viewer), other.id()))
          .as("%s sees %s", viewer.displayName(), other.displayName()).isEqualTo(expected);
    }
  }

  @Test
  void parent_seesTheirChildrensTeachersButNotOtherPupils() {
    Actor parent = as(school.parent);

    assertThat(directory.canSee(parent, school.pupil.id())).isTrue();
    assertThat(directory.canSee(parent, school.teacher.id())).isTrue();
    assertThat(directory.canSee(parent, school.groupStaff.id())).isTrue();
    assertThat(directory.canSee(parent, school.classmate.id())).isFalse();
    assertThat(directory.canSee(parent, school.otherPupil.id())).isFalse();
    assertThat(directory.canSee(parent, school.otherTeacher.id())).isFalse();
  }

  @Test
  void pupil_doesNotSeeOtherClassesMembers() {
    Actor pupil = as(school.pupil);

    assertThat(directory.canSee(pupil, school.classmate.id())).isTrue();
    assertThat(directory.canSee(pupil, school.teacher.id())).isTrue();
    assertThat(directory.canSee(pupil, school.otherPupil.id())).isFalse();
    assertThat(directory.canSee(pupil, school.otherTeacher.id())).isFalse();
  }

  @Test
  void externalPartner_seesOnlyTheGroupsTheyBelongTo() {
    Actor partner = as(school.partner);

    assertThat(directory.visiblePeople(partner)).containsExactly(school.groupmate,
        school.groupStaff, school.pupil);
    assertThat(directory.canSee(partner, school.teacher.id())).isFalse();
    assertThat(directory.canSee(partner, school.parent.id())).isFalse();
    assertThat(directory.visiblePeople(as(school.otherPartner))).isEmpty();
  }

  @Test
  void externalPartner_losesSightOfTheGroupTheMomentTheInvitationEnds() {
    Actor partner = as(school.partner);
    school.clock.advance(Duration.ofDays(30).minusNanos(1000));
    assertThat(directory.canSee(partner, school.pupil.id())).isTrue();
    assertThat(directory.canSee(as(school.pupil), school.partner.id())).isTrue();

    school.clock.advance(Duration.ofNanos(1000));

    assertThat(directory.visiblePeople(partner)).isEmpty();
    assertThat(directory.canSee(partner, school.pupil.id())).isFalse();
    assertThat(directory.canSee(as(school.pupil), school.partner.id())).isFalse();
    assertThat(directory.canSee(as(school.groupStaff), school.partner.id())).isFalse();
    assertThat(directory.groups(partner)).isEmpty();
  }

  @Test
  void externalPartner_mayBeSharedWithByGroupMembersOnlyWhileInvited() {
    Spaces spaces = school.folios.spaces();
    Document doc = spaces.createDocument(as(school.groupStaff),
        spaces.personalSpace(as(school.groupStaff)).id(), null, "atelier.txt", "x");
    spaces.shareWithPerson(as(school.groupStaff), doc.id(), school.partner.id(), null);
    Document other = spaces.createDocument(as(school.teacher),
        spaces.personalSpace(as(school.teacher)).id(), null, "cours.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.teacher), other.id(),
        school.partner.id(), null)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Anne Morel does not see Nadia Bernard");
    school.clock.advance(Duration.ofDays(31));
    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.groupStaff), doc.id(),
        school.partner.id(), null)).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void externalPartner_listedAmongAGroupsStaffWithoutInvitationSeesNobody() {
    school.store.directory().saveGroup(school.group.with(Set.of(),
        Set.of(school.otherPartner.id())));

    assertThat(directory.visiblePeople(as(school.otherPartner))).isEmpty();
  }

  @Test
  void canSee_themselves() {
    assertThat(directory.canSee(as(school.otherPartner), school.otherPartner.id())).isTrue();
  }

  @Test
  void canSee_someoneFoliosDoesNotKnowIsFalse() {
    assertThat(directory.canSee(as(school.teacher), PersonId.random())).isFalse();
  }

  @Test
  void canSee_byAnUnknownActorIsDenied() {
    assertThatThrownBy(() -> directory.canSee(Actor.of(PersonId.random()), school.pupil.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("is not a person known to Folios");
    assertThatThrownBy(() -> directory.visiblePeople(Actor.of(PersonId.random())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void share_withSomeoneOfTheEstablishmentTheSharerDoesNotSeeIsRefused() {
    Spaces spaces = school.folios.spaces();
    Document doc = spaces.createDocument(as(school.pupil),
        spaces.personalSpace(as(school.pupil)).id(), null, "devoir.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.pupil), doc.id(),
        school.otherPupil.id(), null))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Léa Martin does not see Léa Roux");
    assertThat(spaces.shareWithPerson(as(school.pupil), doc.id(), school.classmate.id(), null)
        .grantee()).isEqualTo(Grantee.person(school.classmate.id()));
  }

  private static Arguments row(Function<RightsSchool, Person> viewer, String... seen) {
    return row(viewer, List.of(seen));
  }

  private static Arguments row(Function<RightsSchool, Person> viewer, List<String> seen) {
    return Arguments.of(viewer, seen);
  }

  private static List<String> without(List<String> names, String... removed) {
    List<String> gone = List.of(removed);
    return names.stream().filter(name -> !gone.contains(name)).toList();
  }
}
