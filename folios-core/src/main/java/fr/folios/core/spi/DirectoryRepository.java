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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Stores establishments, people, classes and groups.
 *
 * <p>Saving replaces the stored object with the same identifier. Lists are ordered as stated.
 * Implementations are safe for concurrent use.
 *
 * <p>The bulk methods ({@link #findPeopleByJoinKeys}, {@link #findPeople}, {@link #addPeople},
 * {@link #savePeople}, {@link #saveClasses}, {@link #saveGroups}, {@link #peoplePage}, {@link
 * #stayingPeople}, {@link #addMembers}, {@link #removeMembers}) serve the directory import,
 * which works a batch of records at a time: their default implementations call the single
 * methods one by one, and an adapter over a database should override them with a few
 * statements per batch.
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
   * Deletes a class and its members' places (pupils, teachers, main teachers). Deleting a class
   * that is not stored does nothing. Its news are to be deleted first ({@link
   * NewsRepository#deleteNews}); its space, and the shares granted to it, are left to the
   * caller.
   *
   * @param id the class's identifier
   */
  void deleteClass(ClassId id);

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
   * Deletes a group, its members' places (pupils, staff) and the invitations into it. Deleting
   * a group that is not stored does nothing. Its space, the shares granted to it and the
   * working-group request that created it are left to the caller.
   *
   * @param id the group's identifier
   */
  void deleteGroup(GroupId id);

  /**
   * Finds people by their directory join keys, in one go.
   *
   * @param joinKeys the join keys, at most a few thousand
   * @return the people found, by join key; a key nobody holds is absent
   */
  default Map<String, Person> findPeopleByJoinKeys(Collection<String> joinKeys) {
    Map<String, Person> found = new LinkedHashMap<>();
    for (String joinKey : joinKeys) {
      findPersonByJoinKey(joinKey).ifPresent(person -> found.put(joinKey, person));
    }
    return found;
  }

  /**
   * Finds people by their identifiers, in one go.
   *
   * @param ids the identifiers, at most a few thousand
   * @return the people found, by identifier; an unknown identifier is absent
   */
  default Map<PersonId, Person> findPeople(Collection<PersonId> ids) {
    Map<PersonId, Person> found = new LinkedHashMap<>();
    for (PersonId id : ids) {
      findPerson(id).ifPresent(person -> found.put(id, person));
    }
    return found;
  }

  /**
   * Adds people who are not stored yet, in one go: an adapter may insert them without looking
   * them up first.
   *
   * @param people the people, each at most once
   * @throws fr.folios.core.ConflictException if one of them is already stored, or has the join
   *     key of another person: the caller's transaction is then to be rolled back
   */
  default void addPeople(Collection<Person> people) {
    Map<PersonId, Person> stored = findPeople(people.stream().map(Person::id).toList());
    if (!stored.isEmpty()) {
      throw new fr.folios.core.ConflictException("person " + stored.keySet().iterator().next()
          + " is already stored; nothing was added: save them instead of adding them");
    }
    savePeople(people);
  }

  /**
   * Returns a page of the people with a profile who have a join key and are not leaving: their
   * identifiers and join keys, ordered by identifier, for telling in bounded memory who an
   * export no longer lists.
   *
   * @param profile the profile
   * @param after the last identifier of the previous page, or null for the first page
   * @param limit how many people a page holds at most, from 1
   * @return join keys by identifier, in identifier order, at most {@code limit}
   * @throws IllegalArgumentException if the limit is below 1
   */
  default Map<PersonId, String> stayingPeople(Profile profile, @Nullable PersonId after,
      int limit) {
    Map<PersonId, String> staying = new LinkedHashMap<>();
    PersonId last = after;
    List<Person> page;
    do {
      page = peoplePage(profile, last, limit);
      for (Person person : page) {
        if (person.joinKey() != null && !person.leaving() && staying.size() < limit) {
          staying.put(person.id(), person.joinKey());
        }
      }
      last = page.isEmpty() ? last : page.get(page.size() - 1).id();
    } while (!page.isEmpty() && staying.size() < limit);
    return staying;
  }

  /**
   * Saves people, as {@link #savePerson} each, in one go.
   *
   * @param people the people, each at most once
   * @throws fr.folios.core.ConflictException if one of them has the join key of another person:
   *     the caller's transaction is then to be rolled back
   */
  default void savePeople(Collection<Person> people) {
    for (Person person : people) {
      savePerson(person);
    }
  }

  /**
   * Returns a page of the people with a profile, ordered by identifier, for walking through
   * all of them in bounded memory.
   *
   * @param profile the profile
   * @param after the last identifier of the previous page, or null for the first page
   * @param limit how many people a page holds at most, from 1
   * @return the people whose identifier comes after {@code after}, at most {@code limit}
   * @throws IllegalArgumentException if the limit is below 1
   */
  default List<Person> peoplePage(Profile profile, @Nullable PersonId after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit " + limit + " is below 1: ask for at"
          + " least one person a page");
    }
    List<Person> all = new ArrayList<>(people(profile));
    all.sort(Comparator.comparing(p -> p.id().value()));
    return all.stream()
        .filter(p -> after == null || p.id().value().compareTo(after.value()) > 0)
        .limit(limit)
        .toList();
  }

  /**
   * Returns every class of a school year, of every establishment, ordered by establishment
   * then code.
   *
   * @param year the school year
   * @return the classes
   */
  default List<SchoolClass> classes(SchoolYear year) {
    List<SchoolClass> all = new ArrayList<>();
    for (Establishment establishment : establishments()) {
      all.addAll(classes(establishment.id(), year));
    }
    return all;
  }

  /**
   * Returns every group of a school year, of every establishment, ordered by establishment
   * then code.
   *
   * @param year the school year
   * @return the groups
   */
  List<Group> groups(SchoolYear year);

  /**
   * Saves classes, as {@link #saveClass} each, in one go.
   *
   * @param classes the classes, each at most once
   * @throws fr.folios.core.ConflictException if one of them has the natural key of another
   *     class: the caller's transaction is then to be rolled back
   */
  default void saveClasses(Collection<SchoolClass> classes) {
    for (SchoolClass schoolClass : classes) {
      saveClass(schoolClass);
    }
  }

  /**
   * Saves groups, as {@link #saveGroup} each, in one go.
   *
   * @param groups the groups, each at most once
   * @throws fr.folios.core.ConflictException if one of them has the natural key of another
   *     group: the caller's transaction is then to be rolled back
   */
  default void saveGroups(Collection<Group> groups) {
    for (Group group : groups) {
      saveGroup(group);
    }
  }

  /**
   * Adds people to stored classes and groups, in one go. A person already in that role is
   * left as they are; a main teacher is also made a teacher of the class.
   *
   * @param memberships the places to add
   * @throws fr.folios.core.NotFoundException if a class or a group is not stored
   */
  default void addMembers(Collection<Membership> memberships) {
    for (Membership m : memberships) {
      switch (m.role()) {
        case CLASS_STUDENT -> saveClass(storedClass(m).with(Set.of(m.person()), Set.of(),
            Set.of()));
        case CLASS_TEACHER -> saveClass(storedClass(m).with(Set.of(), Set.of(m.person()),
            Set.of()));
        case CLASS_MAIN_TEACHER -> saveClass(storedClass(m).with(Set.of(), Set.of(),
            Set.of(m.person())));
        case GROUP_STUDENT -> saveGroup(storedGroup(m).with(Set.of(m.person()), Set.of()));
        case GROUP_STAFF -> saveGroup(storedGroup(m).with(Set.of(), Set.of(m.person())));
      }
    }
  }

  /**
   * Removes people from roles in stored classes and groups, in one go. A person not in that
   * role is left as they are; a teacher removed from a class is no longer its main teacher
   * either, while a main teacher removed as such still teaches it.
   *
   * @param memberships the places to remove
   * @throws fr.folios.core.NotFoundException if a class or a group is not stored
   */
  default void removeMembers(Collection<Membership> memberships) {
    for (Membership m : memberships) {
      switch (m.role()) {
        case CLASS_STUDENT -> {
          SchoolClass c = storedClass(m);
          saveClass(new SchoolClass(c.id(), c.establishment(), c.year(), c.code(),
              without(c.students(), m.person()), c.teachers(), c.mainTeachers()));
        }
        case CLASS_TEACHER -> {
          SchoolClass c = storedClass(m);
          saveClass(new SchoolClass(c.id(), c.establishment(), c.year(), c.code(),
              c.students(), without(c.teachers(), m.person()),
              without(c.mainTeachers(), m.person())));
        }
        case CLASS_MAIN_TEACHER -> saveClass(storedClass(m).withoutMainTeacher(m.person()));
        case GROUP_STUDENT -> {
          Group g = storedGroup(m);
          saveGroup(new Group(g.id(), g.establishment(), g.year(), g.code(),
              without(g.students(), m.person()), g.staff()));
        }
        case GROUP_STAFF -> {
          Group g = storedGroup(m);
          saveGroup(new Group(g.id(), g.establishment(), g.year(), g.code(), g.students(),
              without(g.staff(), m.person())));
        }
      }
    }
  }

  private SchoolClass storedClass(Membership membership) {
    return findClass(new ClassId(membership.structure())).orElseThrow(() ->
        new fr.folios.core.NotFoundException("class " + membership.structure() + " is not"
            + " stored: save it before adding or removing its members"));
  }

  private Group storedGroup(Membership membership) {
    return findGroup(new GroupId(membership.structure())).orElseThrow(() ->
        new fr.folios.core.NotFoundException("group " + membership.structure() + " is not"
            + " stored: save it before adding or removing its members"));
  }

  private static Set<PersonId> without(Set<PersonId> people, PersonId person) {
    Set<PersonId> rest = new java.util.HashSet<>(people);
    rest.remove(person);
    return rest;
  }

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

  /**
   * Remembers that pupils named relatives the directory does not describe yet, so that an
   * export bringing a relative's record later links them as legally responsible.
   *
   * @param children the pupils each relative was named by, by the relative's join key
   */
  void addPendingChildren(Map<String, Set<PersonId>> children);

  /**
   * Returns the pupils remembered as naming relatives (see {@link #addPendingChildren}).
   *
   * @param relativeJoinKeys the relatives' join keys, at most a few thousand
   * @return the pupils, by relative join key; a relative no pupil named is absent
   */
  Map<String, Set<PersonId>> pendingChildren(Collection<String> relativeJoinKeys);

  /**
   * Forgets the pupils remembered for relatives, once their records linked them.
   *
   * @param relativeJoinKeys the relatives' join keys
   */
  void removePendingChildren(Collection<String> relativeJoinKeys);
}
