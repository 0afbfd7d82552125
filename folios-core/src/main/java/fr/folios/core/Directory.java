package fr.folios.core;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Rights;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.internal.Access;
import fr.folios.core.spi.Persistence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Establishments, people, classes and groups: who acts and where.
 *
 * <p>Safe for concurrent use.
 */
public final class Directory {

  private final Persistence store;
  private final Access access;

  Directory(Persistence store, Access access) {
    this.store = store;
    this.access = access;
  }

  /**
   * Returns the actor's own record.
   *
   * @param actor who acts
   * @return their person
   * @throws AccessDeniedException if Folios does not know them
   */
  public Person me(Actor actor) {
    return access.person(actor);
  }

  /**
   * Finds a person by their directory join key; an operation of the host platform, which maps
   * its accounts to Folios people.
   *
   * @param joinKey the {@code ENTPersonJointure}
   * @return them, or empty
   */
  public Optional<Person> findByJoinKey(String joinKey) {
    return store.directory().findPersonByJoinKey(joinKey);
  }

  /**
   * Finds a person; an operation of the host platform.
   *
   * @param id their identifier
   * @return them, or empty
   */
  public Optional<Person> find(PersonId id) {
    return store.directory().findPerson(id);
  }

  /**
   * Finds a class; an operation of the host platform.
   *
   * @param id its identifier
   * @return it, or empty
   */
  public Optional<SchoolClass> findClass(ClassId id) {
    return store.directory().findClass(id);
  }

  /**
   * Returns the classes of an establishment for a school year; an operation of the host
   * platform.
   *
   * @param establishment the establishment
   * @param year the school year
   * @return its classes, by code
   */
  public List<SchoolClass> classes(EstablishmentId establishment, SchoolYear year) {
    return store.directory().classes(establishment, year);
  }

  /**
   * Finds an establishment; an operation of the host platform.
   *
   * @param id its identifier
   * @return it, or empty
   */
  public Optional<Establishment> findEstablishment(EstablishmentId id) {
    return store.directory().findEstablishment(id);
  }

  /** {@return every establishment, by UAI} */
  public List<Establishment> establishments() {
    return store.directory().establishments();
  }

  /**
   * Returns the classes the actor belongs to, as pupil or teacher.
   *
   * @param actor who acts
   * @return their classes, by year then code
   * @throws AccessDeniedException if Folios does not know them
   */
  public List<SchoolClass> classes(Actor actor) {
    return store.directory().classesOf(access.person(actor).id());
  }

  /**
   * Tells whether the actor sees, and may address, a person, as {@link Rights} rules it:
   * e.g. a parent sees their children and their children's teachers but no other pupil.
   * Everyone sees themselves.
   *
   * @param actor who acts
   * @param other whom they look at
   * @return {@code true} if the actor sees them; {@code false} if Folios does not know them
   * @throws AccessDeniedException if Folios does not know the actor
   */
  public boolean canSee(Actor actor, PersonId other) {
    Person viewer = access.person(actor);
    return store.directory().findPerson(other).map(p -> access.canSee(viewer, p))
        .orElse(false);
  }

  /**
   * Returns the people the actor sees and may address, as {@link Rights} rules it, the actor
   * excepted.
   *
   * @param actor who acts
   * @return whom they see, by last name, first name, then identifier
   * @throws AccessDeniedException if Folios does not know the actor
   */
  public List<Person> visiblePeople(Actor actor) {
    return access.visiblePeople(access.person(actor));
  }

  /**
   * Counts the people with a profile.
   *
   * @param profile the profile
   * @return how many Folios knows
   */
  public long count(Profile profile) {
    return store.directory().countPeople(profile);
  }

  /**
   * Imports an AAF export (the académie directory feed): an operation of the host platform.
   *
   * @param files the export's XML files, in any order; their names tell their category
   * @param year the school year its classes and groups belong to
   * @param progress told of each file and of every few hundred records
   * @return every record accounted for: added, updated, unchanged, refused, and the anomalies
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws fr.folios.core.directory.aaf.AafImportException (an {@link InvalidInputException})
   *     if a file turns out not to be well-formed or safe XML, or fails to read: the records
   *     before the fault are applied, and the exception carries their report
   * @throws IOException never in practice: read failures become an {@code AafImportException}
   * @see AafImport
   */
  public AafImportReport importAaf(List<Path> files, SchoolYear year, ProgressListener progress)
      throws IOException {
    return new AafImport(store).importFiles(files, year, progress);
  }

  /**
   * Imports an AAF export as a full export or a delta: an operation of the host platform. A
   * full export marks leaving the people of its categories it no longer lists.
   *
   * @param files the export's XML files, in any order; their names tell their category
   * @param year the school year its classes and groups belong to
   * @param mode {@link AafImport.Mode#FULL} for a {@code Complet} export, else
   *     {@link AafImport.Mode#DELTA}
   * @param progress told of each file and of every few hundred records
   * @return every record accounted for, the people marked leaving, and the anomalies
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws fr.folios.core.directory.aaf.AafImportException (an {@link InvalidInputException})
   *     if a file turns out not to be well-formed or safe XML, or fails to read: the records
   *     before the fault are applied, nobody is marked leaving for being absent, and the
   *     exception carries their report
   * @throws IOException never in practice: read failures become an {@code AafImportException}
   * @see AafImport
   */
  public AafImportReport importAaf(List<Path> files, SchoolYear year, AafImport.Mode mode,
      ProgressListener progress) throws IOException {
    return new AafImport(store).importFiles(files, year, mode, progress);
  }

  /**
   * Removes the directory's leavers whose grace period is over from their establishments,
   * classes and groups: an operation of the host platform, e.g. run nightly.
   *
   * @param grace how long a leaver keeps their place after their leaving day
   * @return how many people were removed
   * @throws IllegalArgumentException if the grace period is negative
   * @see AafImport#purgeLeavers(Duration)
   */
  public int purgeLeavers(Duration grace) {
    return new AafImport(store).purgeLeavers(grace);
  }

  /**
   * Records what a staff member confirms on first use. The main-teacher flag is set on exactly
   * the classes given, among those they teach, and removed from the others.
   *
   * @param actor who acts; a member of the educational staff
   * @param answers their e-mail, guidance-psychologist flag and main-teacher classes
   * @return their updated record
   * @throws AccessDeniedException if the actor is unknown or not educational staff
   * @throws InvalidInputException if a main-teacher class is not one they teach
   */
  public Person completeFirstConnection(Actor actor, FirstConnection answers) {
    Person person = access.person(actor);
    if (!Rights.folios().allows(person.profile(), Rights.Action.COMPLETE_FIRST_CONNECTION)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "'; the first-connection checklist is for the"
          + " educational staff");
    }
    List<SchoolClass> taught = store.directory().classesOf(person.id()).stream()
        .filter(c -> c.teachers().contains(person.id())).toList();
    Set<ClassId> taughtIds = new HashSet<>();
    taught.forEach(c -> taughtIds.add(c.id()));
    for (ClassId id : answers.mainTeacherOf()) {
      if (!taughtIds.contains(id)) {
        throw new InvalidInputException("class " + id + " is not among the "
            + taughtIds.size() + " classes " + person.displayName()
            + " teaches: a main teacher is chosen among one's own classes");
      }
    }
    Person updated = person.withEmail(answers.email())
        .withGuidancePsychologist(answers.guidancePsychologist());
    store.transactions().run(() -> {
      store.directory().savePerson(updated);
      taught.forEach(c -> store.directory().saveClass(withMainTeacher(c, person,
          answers.mainTeacherOf().contains(c.id()))));
    });
    return updated;
  }

  private static SchoolClass withMainTeacher(SchoolClass c, Person person, boolean main) {
    Set<PersonId> mains = new HashSet<>(c.mainTeachers());
    if (main) {
      mains.add(person.id());
    } else {
      mains.remove(person.id());
    }
    return new SchoolClass(c.id(), c.establishment(), c.year(), c.code(), c.students(),
        c.teachers(), mains);
  }
}
