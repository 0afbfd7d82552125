package fr.folios.core.spi;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import java.util.List;
import java.util.Optional;

/**
 * Stores establishments, people, classes and groups.
 *
 * <p>Saving replaces the stored object with the same identifier. Lists are ordered as stated.
 * Implementations are safe for concurrent use.
 */
public interface DirectoryRepository {

  /**
   * Saves an establishment.
   *
   * @param establishment the establishment
   * @throws fr.folios.core.ConflictException if another establishment has the same UAI or join
   *     key
   */
  void saveEstablishment(Establishment establishment);

  /**
   * Finds an establishment.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Establishment> findEstablishment(EstablishmentId id);

  /**
   * Finds an establishment by UAI.
   *
   * @param uai its UAI
   * @return it, or empty
   */
  Optional<Establishment> findEstablishmentByUai(Uai uai);

  /**
   * Finds an establishment by its directory join key.
   *
   * @param joinKey the {@code ENTStructureJointure}
   * @return it, or empty
   */
  Optional<Establishment> findEstablishmentByJoinKey(String joinKey);

  /** {@return every establishment, ordered by UAI} */
  List<Establishment> establishments();

  /**
   * Saves a person.
   *
   * @param person the person
   * @throws fr.folios.core.ConflictException if another person has the same join key
   */
  void savePerson(Person person);

  /**
   * Finds a person.
   *
   * @param id their identifier
   * @return them, or empty
   */
  Optional<Person> findPerson(PersonId id);

  /**
   * Finds a person by their directory join key.
   *
   * @param joinKey the {@code ENTPersonJointure}
   * @return them, or empty
   */
  Optional<Person> findPersonByJoinKey(String joinKey);

  /**
   * Returns the people with a profile attached to an establishment, ordered by last name, first
   * name, then identifier.
   *
   * @param establishment the establishment
   * @param profile the profile
   * @return the people
   */
  List<Person> people(EstablishmentId establishment, Profile profile);

  /**
   * Returns every person with a profile, attached to an establishment or not, ordered by last
   * name, first name, then identifier.
   *
   * @param profile the profile
   * @return the people
   */
  List<Person> people(Profile profile);

  /**
   * Counts the people with a profile.
   *
   * @param profile the profile
   * @return how many are stored
   */
  long countPeople(Profile profile);

  /**
   * Saves a class.
   *
   * @param schoolClass the class
   * @throws fr.folios.core.ConflictException if another class has the same establishment,
   *     school year and code
   */
  void saveClass(SchoolClass schoolClass);

  /**
   * Finds a class.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<SchoolClass> findClass(ClassId id);

  /**
   * Finds a class by its natural key.
   *
   * @param establishment its establishment
   * @param year its school year
   * @param code its code, compared exactly
   * @return it, or empty
   */
  Optional<SchoolClass> findClass(EstablishmentId establishment, SchoolYear year, String code);

  /**
   * Returns the classes of an establishment for a school year, ordered by code.
   *
   * @param establishment the establishment
   * @param year the school year
   * @return the classes
   */
  List<SchoolClass> classes(EstablishmentId establishment, SchoolYear year);

  /**
   * Returns the classes a person belongs to (as pupil or teacher), of every year, ordered by
   * year then code.
   *
   * @param person the person
   * @return the classes
   */
  List<SchoolClass> classesOf(PersonId person);

  /** {@return how many classes are stored} */
  long countClasses();

  /**
   * Saves a group.
   *
   * @param group the group
   * @throws fr.folios.core.ConflictException if another group has the same establishment,
   *     school year and code
   */
  void saveGroup(Group group);

  /**
   * Finds a group.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Group> findGroup(GroupId id);

  /**
   * Finds a group by its natural key.
   *
   * @param establishment its establishment
   * @param year its school year
   * @param code its code, compared exactly
   * @return it, or empty
   */
  Optional<Group> findGroup(EstablishmentId establishment, SchoolYear year, String code);

  /**
   * Returns the groups a person belongs to (as pupil or staff), of every year, ordered by year
   * then code.
   *
   * @param person the person
   * @return the groups
   */
  List<Group> groupsOf(PersonId person);

  /** {@return how many groups are stored} */
  long countGroups();
}
