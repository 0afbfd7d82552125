package fr.folios.core.memory;

import fr.folios.core.ConflictException;
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
import fr.folios.core.spi.DirectoryRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

final class InMemoryDirectory implements DirectoryRepository {

  private final Table<EstablishmentId, Establishment> establishments;
  private final Table<PersonId, Person> people;
  private final Table<ClassId, SchoolClass> classes;
  private final Table<GroupId, Group> groups;
  private final Table<EstablishmentId, SchoolYear> currentYears;
  private final Table<List<String>, GroupInvitation> invitations;
  private final Table<GroupRequestId, GroupRequest> groupRequests;

  InMemoryDirectory(Journal journal) {
    establishments = new Table<>(journal);
    people = new Table<>(journal);
    classes = new Table<>(journal);
    groups = new Table<>(journal);
    currentYears = new Table<>(journal);
    invitations = new Table<>(journal);
    groupRequests = new Table<>(journal);
  }

  @Override
  public void saveEstablishment(Establishment establishment) {
    establishments.first(other -> !other.id().equals(establishment.id())
        && (other.uai().equals(establishment.uai()) || sameJoinKey(other, establishment)))
        .ifPresent(other -> {
          throw new ConflictException("establishment " + establishment.uai() + " (join key "
              + establishment.joinKey() + ") clashes with " + other.uai() + " (join key "
              + other.joinKey() + "): a UAI and a join key name one establishment only");
        });
    establishments.put(establishment.id(), establishment);
  }

  @Override
  public Optional<Establishment> findEstablishment(EstablishmentId id) {
    return establishments.get(id);
  }

  @Override
  public Optional<Establishment> findEstablishmentByUai(Uai uai) {
    return establishments.first(e -> e.uai().equals(uai));
  }

  @Override
  public Optional<Establishment> findEstablishmentByJoinKey(String joinKey) {
    return establishments.first(e -> joinKey.equals(e.joinKey()));
  }

  @Override
  public List<Establishment> establishments() {
    List<Establishment> all = establishments.where(e -> true);
    all.sort(Comparator.comparing(e -> e.uai().value()));
    return all;
  }

  @Override
  public void savePerson(Person person) {
    if (person.joinKey() != null) {
      people.first(other -> !other.id().equals(person.id())
          && person.joinKey().equals(other.joinKey())).ifPresent(other -> {
            throw new ConflictException("person " + person.id() + " has join key '"
                + person.joinKey() + "', already held by person " + other.id()
                + ": a join key names one person only");
          });
    }
    people.put(person.id(), person);
  }

  @Override
  public Optional<Person> findPerson(PersonId id) {
    return people.get(id);
  }

  @Override
  public Optional<Person> findPersonByJoinKey(String joinKey) {
    return people.first(p -> joinKey.equals(p.joinKey()));
  }

  @Override
  public List<Person> people(EstablishmentId establishment, Profile profile) {
    List<Person> found = people.where(p -> p.profile() == profile
        && p.attachedTo(establishment));
    found.sort(Comparator.comparing(Person::lastName).thenComparing(Person::firstName)
        .thenComparing(p -> p.id().value()));
    return found;
  }

  @Override
  public List<Person> people(Profile profile) {
    List<Person> found = people.where(p -> p.profile() == profile);
    found.sort(Comparator.comparing(Person::lastName).thenComparing(Person::firstName)
        .thenComparing(p -> p.id().value()));
    return found;
  }

  @Override
  public long countPeople(Profile profile) {
    return people.count(p -> p.profile() == profile);
  }

  @Override
  public void saveClass(SchoolClass schoolClass) {
    classes.first(other -> !other.id().equals(schoolClass.id())
        && other.establishment().equals(schoolClass.establishment())
        && other.year().equals(schoolClass.year()) && other.code().equals(schoolClass.code()))
        .ifPresent(other -> {
          throw new ConflictException("class " + schoolClass.displayName()
              + " already exists in establishment " + schoolClass.establishment()
              + " as " + other.id() + ": update that class instead");
        });
    classes.put(schoolClass.id(), schoolClass);
  }

  @Override
  public Optional<SchoolClass> findClass(ClassId id) {
    return classes.get(id);
  }

  @Override
  public Optional<SchoolClass> findClass(
      EstablishmentId establishment, SchoolYear year, String code) {
    return classes.first(c -> c.establishment().equals(establishment) && c.year().equals(year)
        && c.code().equals(code));
  }

  @Override
  public List<SchoolClass> classes(EstablishmentId establishment, SchoolYear year) {
    List<SchoolClass> found = classes.where(c -> c.establishment().equals(establishment)
        && c.year().equals(year));
    found.sort(Comparator.comparing(SchoolClass::code));
    return found;
  }

  @Override
  public List<SchoolClass> classesOf(PersonId person) {
    List<SchoolClass> found = classes.where(c -> c.hasMember(person));
    found.sort(Comparator.comparing(SchoolClass::year).thenComparing(SchoolClass::code));
    return found;
  }

  @Override
  public long countClasses() {
    return classes.size();
  }

  @Override
  public void saveGroup(Group group) {
    groups.first(other -> !other.id().equals(group.id())
        && other.establishment().equals(group.establishment())
        && other.year().equals(group.year()) && other.code().equals(group.code()))
        .ifPresent(other -> {
          throw new ConflictException("group " + group.code() + " (" + group.year()
              + ") already exists in establishment " + group.establishment() + " as "
              + other.id() + ": update that group instead");
        });
    groups.put(group.id(), group);
  }

  @Override
  public Optional<Group> findGroup(GroupId id) {
    return groups.get(id);
  }

  @Override
  public Optional<Group> findGroup(EstablishmentId establishment, SchoolYear year, String code) {
    return groups.first(g -> g.establishment().equals(establishment) && g.year().equals(year)
        && g.code().equals(code));
  }

  @Override
  public List<Group> groupsOf(PersonId person) {
    List<Group> found = groups.where(g -> g.hasMember(person));
    found.sort(Comparator.comparing(Group::year).thenComparing(Group::code));
    return found;
  }

  @Override
  public long countGroups() {
    return groups.size();
  }

  private static boolean sameJoinKey(Establishment a, Establishment b) {
    return a.joinKey() != null && Objects.equals(a.joinKey(), b.joinKey());
  }

  @Override
  public List<SchoolClass> classes(EstablishmentId establishment) {
    List<SchoolClass> found = classes.where(c -> c.establishment().equals(establishment));
    found.sort(Comparator.comparing(SchoolClass::year).thenComparing(SchoolClass::code));
    return found;
  }

  @Override
  public List<Group> groups(EstablishmentId establishment) {
    List<Group> found = groups.where(g -> g.establishment().equals(establishment));
    found.sort(Comparator.comparing(Group::year).thenComparing(Group::code));
    return found;
  }

  @Override
  public void saveCurrentYear(EstablishmentId establishment, SchoolYear year) {
    currentYears.put(establishment, year);
  }

  @Override
  public Optional<SchoolYear> currentYear(EstablishmentId establishment) {
    return currentYears.get(establishment);
  }

  @Override
  public Map<EstablishmentId, SchoolYear> currentYears() {
    return currentYears.entries().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Override
  public void saveInvitation(GroupInvitation invitation) {
    invitations.put(invitationKey(invitation.group(), invitation.partner()), invitation);
  }

  @Override
  public void deleteInvitation(GroupId group, PersonId partner) {
    invitations.remove(invitationKey(group, partner));
  }

  @Override
  public Optional<GroupInvitation> findInvitation(GroupId group, PersonId partner) {
    return invitations.get(invitationKey(group, partner));
  }

  @Override
  public List<GroupInvitation> invitationsOf(PersonId partner) {
    List<GroupInvitation> found = invitations.where(i -> i.partner().equals(partner));
    found.sort(Comparator.comparing(GroupInvitation::endsAt)
        .thenComparing(i -> i.group().value()));
    return found;
  }

  @Override
  public List<GroupInvitation> invitationsTo(GroupId group) {
    List<GroupInvitation> found = invitations.where(i -> i.group().equals(group));
    found.sort(Comparator.comparing(i -> i.partner().value()));
    return found;
  }

  @Override
  public void saveGroupRequest(GroupRequest request) {
    groupRequests.put(request.id(), request);
  }

  @Override
  public Optional<GroupRequest> findGroupRequest(GroupRequestId id) {
    return groupRequests.get(id);
  }

  @Override
  public List<GroupRequest> groupRequests(EstablishmentId establishment,
      GroupRequest.Status status) {
    return requestsWhere(r -> r.proposal().establishment().equals(establishment)
        && r.status() == status);
  }

  @Override
  public List<GroupRequest> groupRequestsBy(PersonId requester) {
    return requestsWhere(r -> r.requester().equals(requester));
  }

  private List<GroupRequest> requestsWhere(Predicate<GroupRequest> filter) {
    List<GroupRequest> found = groupRequests.where(filter);
    found.sort(Comparator.comparing(GroupRequest::requestedAt)
        .thenComparing(r -> r.id().value()));
    return found;
  }

  private static List<String> invitationKey(GroupId group, PersonId partner) {
    return List.of(group.value(), partner.value());
  }
}
