package fr.folios.core.internal;

import fr.folios.core.AccessDeniedException;
import fr.folios.core.NotFoundException;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.space.Document;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.ShareRepository;
import java.time.Clock;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides who may read and write what. Not part of the API.
 *
 * <p>The rules of this version:
 * <ul>
 *   <li>a personal space is read and written by its owner only;</li>
 *   <li>a class space is read by the class's pupils and teachers, written by its teachers;</li>
 *   <li>a group space is read by the group's members, written by its staff;</li>
 *   <li>a document is also read by whoever holds an active share to it, directly or through a
 *       class they belong to;</li>
 *   <li>a document is shared by whoever may write its space; a person receives a share only from
 *       someone of a common establishment, and parents and external partners do not share.</li>
 * </ul>
 */
public final class Access {

  private final DirectoryRepository directory;
  private final ShareRepository shares;
  private final Clock clock;

  /**
   * Creates the rules over the stores they read.
   *
   * @param directory people, classes and groups
   * @param shares the shares
   * @param clock the time that decides whether a share has ended
   */
  public Access(DirectoryRepository directory, ShareRepository shares, Clock clock) {
    this.directory = directory;
    this.shares = shares;
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
      case CLASS -> directory.findClass(new ClassId(space.owner()))
          .map(c -> c.hasMember(person.id())).orElse(false);
      case GROUP -> directory.findGroup(new GroupId(space.owner()))
          .map(g -> g.hasMember(person.id())).orElse(false);
    };
  }

  /**
   * Tells whether a person may add to, or share from, a space.
   *
   * @param person the person
   * @param space the space
   * @return {@code true} if they may
   */
  public boolean canWrite(Person person, Space space) {
    return switch (space.kind()) {
      case PERSONAL -> space.owner().equals(person.id().value());
      case CLASS -> directory.findClass(new ClassId(space.owner()))
          .map(c -> c.teachers().contains(person.id())).orElse(false);
      case GROUP -> directory.findGroup(new GroupId(space.owner()))
          .map(g -> g.staff().contains(person.id())).orElse(false);
    };
  }

  /**
   * Tells whether a person may read a document.
   *
   * @param person the person
   * @param document the document
   * @param space the document's space
   * @return {@code true} if they may
   */
  public boolean canRead(Person person, Document document, Space space) {
    if (canRead(person, space)) {
      return true;
    }
    Set<Grantee> grantees = granteesOf(person.id());
    return shares.sharesOf(document.id()).stream()
        .anyMatch(share -> share.activeAt(clock.instant()) && grantees.contains(share.grantee()));
  }

  /**
   * Returns the grantees through which a person receives shares: themselves and their classes.
   *
   * @param person the person
   * @return their grantees
   */
  public Set<Grantee> granteesOf(PersonId person) {
    Set<Grantee> grantees = new HashSet<>();
    grantees.add(Grantee.person(person));
    for (SchoolClass schoolClass : directory.classesOf(person)) {
      grantees.add(Grantee.classSpace(schoolClass.id()));
    }
    return Collections.unmodifiableSet(grantees);
  }

  /**
   * Checks that a person may send a share to another.
   *
   * @param from who shares
   * @param to who receives
   * @throws AccessDeniedException if the profiles or establishments forbid it
   */
  public void checkMayShareWith(Person from, Person to) {
    if (from.profile() == Profile.PARENT || from.profile() == Profile.EXTERNAL_PARTNER) {
      throw new AccessDeniedException(from.displayName() + " has the profile '"
          + from.profile().frenchLabel() + "', which does not share documents");
    }
    boolean common = from.establishments().stream().anyMatch(to::attachedTo);
    if (!common) {
      throw new AccessDeniedException(from.displayName() + " and " + to.displayName()
          + " share no establishment: documents are shared within an establishment");
    }
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
