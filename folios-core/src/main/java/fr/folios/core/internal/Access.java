package fr.folios.core.internal;

import fr.folios.core.AccessDeniedException;
import fr.folios.core.NotFoundException;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Rights;
import fr.folios.core.directory.Rights.Action;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.ReadAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides who may read and write what. Not part of the API.
 *
 * <p>The rules of this version, which apply {@link Rights#folios()}:
 * <ul>
 *   <li>a personal space is read and written by its owner only;</li>
 *   <li>a class space is read by the class's pupils and teachers, written by its teachers,
 *       as far as their profile holds the right;</li>
 *   <li>a group space is read by the group's members (an external partner through an
 *       invitation in force), written by its staff (never by a partner);</li>
 *   <li>the classes and groups of a year before their establishment's current school year are
 *       archived: still read as above, written by nobody, and they make nobody visible;</li>
 *   <li>a document is also read by whoever a share in force reaches, on the document or on a
 *       folder above it: granted to them, or to a class or group they belong to, and for a
 *       re-share, only while its chain of sources holds (see {@link ReadPaths});</li>
 *   <li>a document or folder is shared by whoever may write its space and whose profile
 *       shares, with a person whose profile receives, of a common establishment, whom the
 *       sharer sees, or into a class they teach or a group they are staff of.</li>
 * </ul>
 */
public final class Access {

  private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
      .thenComparing(Person::firstName).thenComparing(p -> p.id().value());

  private final Rights rights = Rights.folios();

  private final DirectoryRepository directory;
  private final Clock clock;

  /**
   * Creates the rules over the stores they read.
   *
   * @param directory people, classes and groups
   * @param clock the time that decides whether a share has ended
   */
  public Access(DirectoryRepository directory, Clock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * Returns the person acting.
   *
   * @param actor the actor
   * @return their person
   * @throws AccessDeniedException if Folios does not know them
   */
  public Person person(Actor actor) {
    return directory.findPerson(actor.person()).orElseThrow(() -> new AccessDeniedException(
        "actor " + actor.person() + " is not a person known to Folios: import them from the"
            + " directory before they act"));
  }

  /**
   * Tells whether a person may read a space's content.
   *
   * @param person the person
   * @param space the space
   * @return {@code true} if they may
   */
  public boolean canRead(Person person, Space space) {
    return switch (space.kind()) {
      case PERSONAL -> space.owner().equals(person.id().value());
      case CLASS -> rights.allows(person.profile(), Action.READ_CLASS_SPACE)
          && directory.findClass(new ClassId(space.owner()))
              .map(c -> c.hasMember(person.id())).orElse(false);
      case GROUP -> directory.findGroup(new GroupId(space.owner()))
          .map(g -> isMember(g, person)).orElse(false);
    };
  }

  /**
   * Tells whether a person may add to, or share from, a space, as far as their rights go; an
   * archived class or group space is refused later, with its own message.
   *
   * @param person the person
   * @param space the space
   * @return {@code true} if they may
   */
  public boolean canWrite(Person person, Space space) {
    return switch (space.kind()) {
      case PERSONAL -> space.owner().equals(person.id().value());
      case CLASS -> rights.allows(person.profile(), Action.WRITE_CLASS_SPACE)
          && directory.findClass(new ClassId(space.owner()))
              .map(c -> c.teachers().contains(person.id())).orElse(false);
      case GROUP -> person.profile() != Profile.EXTERNAL_PARTNER
          && directory.findGroup(new GroupId(space.owner()))
              .map(g -> g.staff().contains(person.id())).orElse(false);
    };
  }

  /**
   * Tells whether the facts gathered about a person and a document, out of the trash, let
   * the person read it: they belong to its space (for a class space, as far as their profile
   * reads class spaces), or a share reaches them.
   *
   * @param facts the facts, with a known person and document
   * @return {@code true} if they may read it
   */
  public boolean reads(ReadAccess facts) {
    if (facts.granted()) {
      return true;
    }
    return facts.member() && (facts.space() != SpaceKind.CLASS || facts.reader() != null
        && rights.allows(facts.reader(), Action.READ_CLASS_SPACE));
  }

  /**
   * Tells whether a person's profile holds a right.
   *
   * @param person the person
   * @param action the right
   * @return {@code true} if it does
   */
  public boolean allows(Person person, Action action) {
    return rights.allows(person.profile(), action);
  }

  /**
   * Returns the grantees through which a person receives shares: themselves, their classes and
   * their groups (archived ones included, as for reading).
   *
   * @param person the person
   * @return their grantees
   */
  public Set<Grantee> granteesOf(PersonId person) {
    return granteesOf(directory, person);
  }

  /**
   * Returns the grantees through which a person receives shares, as {@link
   * #granteesOf(PersonId)} does, read from a directory.
   *
   * @param directory where the person's classes, groups and invitations are read
   * @param person the person
   * @return their grantees
   */
  public static Set<Grantee> granteesOf(DirectoryRepository directory, PersonId person) {
    Set<Grantee> grantees = new HashSet<>();
    grantees.add(Grantee.person(person));
    for (SchoolClass schoolClass : directory.classesOf(person)) {
      grantees.add(Grantee.classSpace(schoolClass.id()));
    }
    for (Group group : directory.groupsOf(person)) {
      grantees.add(Grantee.groupSpace(group.id()));
    }
    for (GroupInvitation invitation : directory.invitationsOf(person)) {
      grantees.add(Grantee.groupSpace(invitation.group()));
    }
    return Collections.unmodifiableSet(grantees);
  }

  /**
   * Checks that a person may send a share to another: the sharer's profile shares, the
   * recipient's receives, they have an establishment in common and the sharer sees the
   * recipient.
   *
   * @param from who shares
   * @param to who receives
   * @throws AccessDeniedException if the profiles, establishments or visibility forbid it
   */
  public void checkMayShareWith(Person from, Person to) {
    if (!rights.allows(from.profile(), Action.SHARE_DOCUMENT)) {
      throw new AccessDeniedException(from.displayName() + " has the profile '"
          + from.profile().frenchLabel() + "', which does not share documents");
    }
    if (!rights.allows(to.profile(), Action.RECEIVE_SHARE)) {
      throw new AccessDeniedException(to.displayName() + " has the profile '"
          + to.profile().frenchLabel() + "', which does not receive shares");
    }
    Set<EstablishmentId> theirs = establishmentsOf(to);
    boolean common = establishmentsOf(from).stream().anyMatch(theirs::contains);
    if (!common) {
      throw new AccessDeniedException(from.displayName() + " and " + to.displayName()
          + " share no establishment: documents are shared within an establishment");
    }
    if (!canSee(from, to)) {
      throw new AccessDeniedException(from.displayName() + " does not see " + to.displayName()
          + " (profile '" + to.profile().frenchLabel() + "'): documents are shared only with"
          + " people one sees, see fr.folios.core.directory.Rights");
    }
  }

  /**
   * Tells whether a person sees, and may address, another, as {@link Rights#reach} rules it.
   * Everyone sees themselves.
   *
   * @param viewer who looks
   * @param other whom they look at
   * @return {@code true} if the viewer sees them
   */
  public boolean canSee(Person viewer, Person other) {
    if (viewer.id().equals(other.id())) {
      return true;
    }
    return switch (rights.reach(viewer.profile(), other.profile())) {
      case NOBODY -> false;
      case ESTABLISHMENTS -> viewer.establishments().stream().anyMatch(other::attachedTo);
      case CLASSES_AND_GROUPS -> shareAClass(viewer.id(), other.id())
          || shareAGroup(groupsOf(viewer), other);
      case GROUPS -> shareAGroup(groupsOf(viewer), other);
      case CHILDREN -> viewer.children().contains(other.id());
      case CHILDRENS_TEACHERS -> viewer.children().stream()
          .anyMatch(child -> shareAClass(child, other.id())
              || shareAGroup(notArchived(directory.groupsOf(child), Group::establishment,
                  Group::year), other));
      case PARENTS -> other.children().contains(viewer.id());
    };
  }

  /**
   * Returns the people a person sees, themselves excepted, by last name, first name, then
   * identifier.
   *
   * @param viewer who looks
   * @return whom they see
   */
  public List<Person> visiblePeople(Person viewer) {
    Map<PersonId, Person> candidates = new LinkedHashMap<>();
    peopleOfEstablishments(viewer).forEach(p -> candidates.put(p.id(), p));

    Set<PersonId> members = new HashSet<>(viewer.children());
    for (PersonId child : viewer.children()) {
      directory.findPerson(child).ifPresent(p -> members.addAll(membersAround(p)));
    }
    members.addAll(membersAround(viewer));
    members.removeAll(candidates.keySet());
    members.forEach(id -> directory.findPerson(id).ifPresent(p -> candidates.put(id, p)));

    candidates.remove(viewer.id());
    return candidates.values().stream().filter(other -> canSee(viewer, other))
        .sorted(BY_NAME).toList();
  }

  /** The people of the viewer's establishments whose profile they may see there. */
  private List<Person> peopleOfEstablishments(Person viewer) {
    List<Person> people = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      Rights.Reach reach = rights.reach(viewer.profile(), profile);
      if (reach == Rights.Reach.ESTABLISHMENTS || reach == Rights.Reach.PARENTS) {
        for (EstablishmentId establishment : viewer.establishments()) {
          people.addAll(directory.people(establishment, profile));
        }
      }
    }
    return people;
  }

  private Set<PersonId> membersAround(Person person) {
    Set<PersonId> members = new HashSet<>();
    for (SchoolClass schoolClass : classesInForce(person.id())) {
      members.addAll(schoolClass.students());
      members.addAll(schoolClass.teachers());
    }
    for (Group group : groupsOf(person)) {
      members.addAll(group.students());
      members.addAll(group.staff());
      directory.invitationsTo(group.id()).stream().filter(this::inForce)
          .forEach(invitation -> members.add(invitation.partner()));
    }
    return members;
  }

  private boolean shareAClass(PersonId one, PersonId other) {
    return classesInForce(one).stream().anyMatch(c -> c.hasMember(other));
  }

  private boolean shareAGroup(List<Group> groups, Person other) {
    return groups.stream().anyMatch(g -> isMember(g, other));
  }

  /**
   * Returns the groups in force a person belongs to: for an external partner, those of their
   * invitations in force; for anyone else, those whose pupils or staff list them.
   *
   * @param person the person
   * @return their groups in force, by year then code
   */
  public List<Group> groupsOf(Person person) {
    if (person.profile() != Profile.EXTERNAL_PARTNER) {
      return notArchived(directory.groupsOf(person.id()), Group::establishment, Group::year);
    }
    List<Group> groups = new ArrayList<>();
    for (GroupInvitation invitation : directory.invitationsOf(person.id())) {
      if (inForce(invitation)) {
        directory.findGroup(invitation.group()).ifPresent(groups::add);
      }
    }
    List<Group> current = notArchived(groups, Group::establishment, Group::year);
    current.sort(Comparator.comparing(Group::year).thenComparing(Group::code));
    return current;
  }

  /**
   * Tells whether a person belongs to a group: an external partner through an invitation in
   * force, anyone else as one of its pupils or staff.
   *
   * @param group the group
   * @param person the person
   * @return {@code true} if they belong to it now
   */
  public boolean isMember(Group group, Person person) {
    if (person.profile() == Profile.EXTERNAL_PARTNER) {
      return directory.findInvitation(group.id(), person.id()).map(this::inForce)
          .orElse(false);
    }
    return group.hasMember(person.id());
  }

  /**
   * Tells whether an invitation is in force now.
   *
   * @param invitation the invitation
   * @return {@code true} if it has not ended
   */
  public boolean inForce(GroupInvitation invitation) {
    return invitation.inForceAt(clock.instant());
  }

  /**
   * Returns the school year a class or group of an establishment would be archived against:
   * the establishment's current year, if it is after the given year.
   *
   * @param establishment the establishment
   * @param year the school year of the class or group
   * @return the establishment's current year if the class or group is archived, else empty
   */
  public Optional<SchoolYear> archivedBy(EstablishmentId establishment, SchoolYear year) {
    return directory.currentYear(establishment).filter(current -> year.compareTo(current) < 0);
  }

  private List<SchoolClass> classesInForce(PersonId person) {
    return notArchived(directory.classesOf(person), SchoolClass::establishment,
        SchoolClass::year);
  }

  /** Keeps the structures of their establishment's current year or later, in their order. */
  private <T> List<T> notArchived(List<T> structures,
      Function<T, EstablishmentId> establishment,
      Function<T, SchoolYear> year) {
    Map<EstablishmentId, Optional<SchoolYear>> current = new HashMap<>();
    List<T> kept = new ArrayList<>();
    for (T structure : structures) {
      Optional<SchoolYear> now = current.computeIfAbsent(establishment.apply(structure),
          directory::currentYear);
      if (now.map(y -> year.apply(structure).compareTo(y) >= 0).orElse(true)) {
        kept.add(structure);
      }
    }
    return kept;
  }

  /** A person's establishments and, for a partner, those of their groups in force. */
  private Set<EstablishmentId> establishmentsOf(Person person) {
    Set<EstablishmentId> establishments = new HashSet<>(person.establishments());
    if (person.profile() == Profile.EXTERNAL_PARTNER) {
      groupsOf(person).forEach(g -> establishments.add(g.establishment()));
    }
    return establishments;
  }

  /**
   * Returns a class that a person teaches.
   *
   * @param person the person
   * @param classId the class
   * @return the class
   * @throws NotFoundException if the class does not exist
   * @throws AccessDeniedException if the person does not teach it
   */
  public SchoolClass taughtClass(Person person, ClassId classId) {
    SchoolClass schoolClass = directory.findClass(classId).orElseThrow(() ->
        new NotFoundException("class " + classId + " does not exist: list the actor's classes"
            + " to find its identifier"));
    if (!schoolClass.teachers().contains(person.id())) {
      throw new AccessDeniedException(person.displayName() + " does not teach class "
          + schoolClass.displayName() + ": only its teachers may do this");
    }
    return schoolClass;
  }

  /**
   * Tells whether a share is in force now.
   *
   * @param share the share
   * @return {@code true} if it has not ended
   */
  public boolean active(Share share) {
    return share.activeAt(clock.instant());
  }
}
