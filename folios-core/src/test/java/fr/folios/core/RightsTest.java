package fr.folios.core;

import static fr.folios.core.RightsSchool.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Rights;
import fr.folios.core.directory.Rights.Action;
import fr.folios.core.directory.Rights.Reach;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rights matrix, cell by cell: each cell as documented, and each action tried in a school
 * where the profile's person is placed to do it if their profile allows.
 */
class RightsTest {

  private static final Rights RIGHTS = Rights.folios();

  /** The documented action table: profiles in {@link Profile} order, then the action. */
  private static final Object[][] ACTIONS = {
      // STUDENT, EDUCATIONAL_STAFF, ESTABLISHMENT_ADMIN, EXTERNAL_PARTNER, PARENT
      {Action.SHARE_DOCUMENT, true, true, true, false, false},
      {Action.RECEIVE_SHARE, true, true, true, true, true},
      {Action.RESHARE, false, true, true, false, false},
      {Action.CONTRIBUTE, true, true, true, false, false},
      {Action.PUBLISH_CLASS_NEWS, false, true, false, false, false},
      {Action.READ_CLASS_NEWS, true, true, false, false, true},
      {Action.WRITE_CLASS_SPACE, false, true, false, false, false},
      {Action.READ_CLASS_SPACE, true, true, false, false, false},
      {Action.COMPLETE_FIRST_CONNECTION, false, true, false, false, false},
      {Action.REQUEST_GROUP, false, true, false, false, false},
      {Action.DECIDE_GROUP_REQUEST, false, false, true, false, false},
      {Action.INVITE_PARTNER, false, false, true, false, false},
      {Action.START_SCHOOL_YEAR, false, false, true, false, false},
      {Action.DELETE_CLASS, false, false, true, false, false},
      {Action.DELETE_GROUP, false, false, true, false, false},
  };

  /** The documented visibility table: a row per viewer, a column per profile seen. */
  private static final Reach[][] REACHES = {
      {Reach.CLASSES_AND_GROUPS, Reach.CLASSES_AND_GROUPS, Reach.CLASSES_AND_GROUPS,
          Reach.GROUPS, Reach.PARENTS},
      {Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS, Reach.GROUPS,
          Reach.ESTABLISHMENTS},
      {Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS, Reach.GROUPS,
          Reach.ESTABLISHMENTS},
      {Reach.GROUPS, Reach.GROUPS, Reach.GROUPS, Reach.GROUPS, Reach.NOBODY},
      {Reach.CHILDREN, Reach.CHILDRENS_TEACHERS, Reach.NOBODY, Reach.NOBODY, Reach.NOBODY},
  };

  static Stream<Arguments> actionCells() {
    List<Arguments> cells = new ArrayList<>();
    for (Object[] row : ACTIONS) {
      for (Profile profile : Profile.values()) {
        cells.add(Arguments.of(profile, row[0], row[1 + profile.ordinal()]));
      }
    }
    return cells.stream();
  }

  static Stream<Arguments> reachCells() {
    List<Arguments> cells = new ArrayList<>();
    for (Profile viewer : Profile.values()) {
      for (Profile other : Profile.values()) {
        cells.add(Arguments.of(viewer, other, REACHES[viewer.ordinal()][other.ordinal()]));
      }
    }
    return cells.stream();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("actionCells")
  void allows_matchesTheDocumentedTable(Profile profile, Action action, boolean expected) {
    assertThat(RIGHTS.allows(profile, action)).isEqualTo(expected);
    assertThat(RIGHTS.actionsOf(profile).contains(action)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("actionCells")
  void action_succeedsExactlyWhenTheProfileHoldsTheRight(Profile profile, Action action,
      boolean expected) {
    RightsSchool school = new RightsSchool();
    Person person = school.representatives().get(profile);

    boolean done = attempt(school, person, action);

    assertThat(done).as("%s (%s) %s", person.displayName(), profile, action)
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} sees {1}: {2}")
  @MethodSource("reachCells")
  void reach_matchesTheDocumentedTable(Profile viewer, Profile other, Reach expected) {
    assertThat(RIGHTS.reach(viewer, other)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fr.folios.core.RightsTest#profiles")
  void actionsOf_isUnmodifiable(Profile profile) {
    Set<Action> actions = RIGHTS.actionsOf(profile);

    assertThatThrownBy(() -> actions.add(Action.SHARE_DOCUMENT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Profile> profiles() {
    return Stream.of(Profile.values());
  }

  /** Tries an action; {@code false} if Folios refuses it with an access denial. */
  private static boolean attempt(RightsSchool school, Person person, Action action) {
    try {
      run(school, person, action);
      return true;
    } catch (AccessDeniedException denied) {
      return false;
    }
  }

  private static void run(RightsSchool school, Person person, Action action) {
    Spaces spaces = school.folios.spaces();
    switch (action) {
      case SHARE_DOCUMENT -> {
        Document doc = spaces.createDocument(as(person), spaces.personalSpace(as(person)).id(),
            null, "note.txt", "x");
        Person staff = school.folios.directory().visiblePeople(as(person)).stream()
            .filter(p -> p.profile() == Profile.EDUCATIONAL_STAFF).findFirst().orElseThrow();
        spaces.shareWithPerson(as(person), doc.id(), staff.id(), null);
      }
      case RECEIVE_SHARE -> {
        Person sharer = sharerFor(school, person);
        Document doc = spaces.createDocument(as(sharer), spaces.personalSpace(as(sharer)).id(),
            null, "note.txt", "x");
        spaces.shareWithPerson(as(sharer), doc.id(), person.id(), null);
        assertThat(spaces.sharedWithMe(as(person))).containsExactly(doc);
      }
      case RESHARE -> {
        Person sharer = sharerFor(school, person);
        Document doc = spaces.createDocument(as(sharer), spaces.personalSpace(as(sharer)).id(),
            null, "note.txt", "x");
        Share share = spaces.shareWithPerson(as(sharer), doc.id(), person.id(), null);
        Person next = school.folios.directory().visiblePeople(as(person)).stream()
            .filter(p -> !p.equals(sharer)).findFirst().orElseThrow();
        spaces.reshare(as(person), share.id(), next.id(), null);
        assertThat(spaces.canRead(as(next), doc.id())).isTrue();
      }
      case CONTRIBUTE -> {
        Person sharer = sharerFor(school, person);
        Space theirs = spaces.personalSpace(as(sharer));
        Folder inbox = spaces.createFolder(as(sharer), theirs.id(), null, "Rendus");
        spaces.share(as(sharer), SharedItem.folder(inbox.id()), Grantee.person(person.id()),
            Permission.CONTRIBUTE, null);
        Document added = spaces.createDocument(as(person), theirs.id(), inbox.id(),
            "devoir.txt", "x");
        assertThat(spaces.canRead(as(sharer), added.id())).isTrue();
      }
      case PUBLISH_CLASS_NEWS ->
          school.folios.news().publish(as(person), school.classe.id(), "Sortie", "Lundi");
      case READ_CLASS_NEWS -> school.folios.news().news(as(person), school.classe.id());
      case WRITE_CLASS_SPACE -> spaces.createDocument(as(person), classSpace(school).id(),
          null, "devoir.txt", "x");
      case READ_CLASS_SPACE -> spaces.documents(as(person), classSpace(school).id(), null);
      case COMPLETE_FIRST_CONNECTION -> school.folios.directory()
          .completeFirstConnection(as(person), new FirstConnection(null, false, Set.of()));
      case REQUEST_GROUP -> school.folios.directory().requestGroup(as(person), proposal(school));
      case DECIDE_GROUP_REQUEST -> {
        GroupRequest request = school.folios.directory().requestGroup(as(school.teacher),
            proposal(school));
        school.folios.directory().refuseGroupRequest(as(person), request.id(), "Pas cette année");
      }
      case INVITE_PARTNER -> school.folios.directory().invitePartner(as(person),
          school.group.id(), school.otherPartner.id(), RightsSchool.NOW.plus(Duration.ofDays(7)));
      case START_SCHOOL_YEAR -> school.folios.directory().startSchoolYear(as(person),
          school.college.id(), new SchoolYear(2026));
      case DELETE_CLASS -> school.folios.directory().deleteClass(as(person),
          school.otherClass.id());
      case DELETE_GROUP -> school.folios.directory().deleteGroup(as(person), school.group.id());
    }
  }

  /** Someone who sees the person and may share with them. */
  private static Person sharerFor(RightsSchool school, Person person) {
    return person.equals(school.admin) ? school.teacher
        : person.equals(school.partner) ? school.groupStaff : school.admin;
  }

  private static GroupProposal proposal(RightsSchool school) {
    return new GroupProposal(school.college.id(), "ECO", "Éco-délégués", "Projet de l'année");
  }

  private static Space classSpace(RightsSchool school) {
    return school.folios.spaces().classSpace(as(school.teacher), school.classe.id());
  }
}
