package fr.folios.core.spi;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.GroupRequestId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import java.util.List;
import java.util.Map;
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

  /**
   * Returns every class of an establishment, of every school year, ordered by year then code.
   *
   * @param establishment the establishment
   * @return the classes
   */
  List<SchoolClass> classes(EstablishmentId establishment);

  /**
   * Returns every group of an establishment, of every school year, ordered by year then code.
   *
   * @param establishment the establishment
   * @return the groups
   */
  List<Group> groups(EstablishmentId establishment);

  /**
   * Records an establishment's current school year, replacing the one stored.
   *
   * @param establishment the establishment
   * @param year its current school year
   */
  void saveCurrentYear(EstablishmentId establishment, SchoolYear year);

  /**
   * Returns an establishment's current school year.
   *
   * @param establishment the establishment
   * @return the year last saved for it, or empty if none was
   */
  Optional<SchoolYear> currentYear(EstablishmentId establishment);

  /** {@return the current school year of every establishment that has one} */
  Map<EstablishmentId, SchoolYear> currentYears();

  /**
   * Saves an invitation, replacing the one of the same group and partner.
   *
   * @param invitation the invitation
   */
  void saveInvitation(GroupInvitation invitation);

  /**
   * Deletes the invitation of a partner into a group; absent is fine.
   *
   * @param group the group
   * @param partner the partner
   */
  void deleteInvitation(GroupId group, PersonId partner);

  /**
   * Finds the invitation of a partner into a group, in force or not.
   *
   * @param group the group
   * @param partner the partner
   * @return it, or empty
   */
  Optional<GroupInvitation> findInvitation(GroupId group, PersonId partner);

  /**
   * Returns a partner's invitations, in force or not, ordered by end then group identifier.
   *
   * @param partner the partner
   * @return the invitations
   */
  List<GroupInvitation> invitationsOf(PersonId partner);

  /**
   * Returns the invitations into a group, in force or not, ordered by partner identifier.
   *
   * @param group the group
   * @return the invitations
   */
  List<GroupInvitation> invitationsTo(GroupId group);

  /**
   * Saves a working-group request, replacing the one with the same identifier.
   *
   * @param request the request
   */
  void saveGroupRequest(GroupRequest request);

  /**
   * Finds a working-group request.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<GroupRequest> findGroupRequest(GroupRequestId id);

  /**
   * Returns the working-group requests for an establishment with a status, ordered by when
   * they were made then identifier.
   *
   * @param establishment the establishment
   * @param status the status
   * @return the requests
   */
  List<GroupRequest> groupRequests(EstablishmentId establishment, GroupRequest.Status status);

  /**
   * Returns the working-group requests a person made, ordered by when they were made then
   * identifier.
   *
   * @param requester the person
   * @return the requests
   */
  List<GroupRequest> groupRequestsBy(PersonId requester);
}
