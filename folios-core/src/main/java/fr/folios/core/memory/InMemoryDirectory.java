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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

final class InMemoryDirectory implements DirectoryRepository {

  private final Table<EstablishmentId, Establishment> establishments;
  private final Table<PersonId, Person> people;
  private final Table<ClassId, SchoolClass> classes;
  private final Table<GroupId, Group> groups;
  private final Table<String, Set<PersonId>> pendingChildren;
  private final Table<EstablishmentId, Establishment>.Index<Uai> establishmentByUai;
  private final Table<EstablishmentId, Establishment>.Index<String> establishmentByJoinKey;
  private final Table<PersonId, Person>.Index<String> personByJoinKey;
  private final Table<ClassId, SchoolClass>.Index<NaturalKey> classByNaturalKey;
  private final Table<GroupId, Group>.Index<NaturalKey> groupByNaturalKey;
  private final Table<ClassId, SchoolClass>.Grouping<PersonId> classesByMember;
  private final Table<GroupId, Group>.Grouping<PersonId> groupsByMember;
  private final Table<EstablishmentId, SchoolYear> currentYears;
  private final Table<List<String>, GroupInvitation> invitations;
  private final Table<GroupRequestId, GroupRequest> groupRequests;

  InMemoryDirectory(Journal journal) {
    establishments = new Table<>(journal);
    people = new Table<>(journal);
    classes = new Table<>(journal);
    groups = new Table<>(journal);
    pendingChildren = new Table<>(journal);
    establishmentByUai = establishments.index(Establishment::uai);
    establishmentByJoinKey = establishments.index(Establishment::joinKey);
    personByJoinKey = people.index(Person::joinKey);
    classByNaturalKey = classes.index(c -> new NaturalKey(c.establishment(), c.year(),
        c.code()));
    groupByNaturalKey = groups.index(g -> new NaturalKey(g.establishment(), g.year(),
        g.code()));
    classesByMember = classes.grouping(c -> union(c.students(), c.teachers()));
    groupsByMember = groups.grouping(g -> union(g.students(), g.staff()));
    currentYears = new Table<>(journal);
    invitations = new Table<>(journal);
    groupRequests = new Table<>(journal);
  }

  @Override
  public void saveEstablishment(Establishment establishment) {
    establishments.find(establishmentByUai, establishment.uai())
        .filter(other -> !other.id().equals(establishment.id()))
        .or(() -> establishment.joinKey() == null ? Optional.empty()
            : establishments.find(establishmentByJoinKey, establishment.joinKey())
                .filter(other -> !other.id().equals(establishment.id())))
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
    return establishments.find(establishmentByUai, uai);
  }

  @Override
  public Optional<Establishment> findEstablishmentByJoinKey(String joinKey) {
    return establishments.find(establishmentByJoinKey, joinKey);
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
      people.find(personByJoinKey, person.joinKey())
          .filter(other -> !other.id().equals(person.id())).ifPresent(other -> {
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
    return people.find(personByJoinKey, joinKey);
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
    classes.find(classByNaturalKey, new NaturalKey(schoolClass.establishment(),
        schoolClass.year(), schoolClass.code()))
        .filter(other -> !other.id().equals(schoolClass.id()))
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
    return classes.find(classByNaturalKey, new NaturalKey(establishment, year, code));
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
    List<SchoolClass> found = new ArrayList<>(classes.all(classesByMember, person));
    found.sort(Comparator.comparing(SchoolClass::year).thenComparing(SchoolClass::code));
    return found;
  }

  @Override
  public long countClasses() {
    return classes.size();
  }

  @Override
  public void deleteClass(ClassId id) {
    classes.remove(id);
  }

  @Override
  public void saveGroup(Group group) {
    groups.find(groupByNaturalKey, new NaturalKey(group.establishment(), group.year(),
        group.code()))
        .filter(other -> !other.id().equals(group.id()))
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
    return groups.find(groupByNaturalKey, new NaturalKey(establishment, year, code));
  }

  @Override
  public List<Group> groupsOf(PersonId person) {
    List<Group> found = new ArrayList<>(groups.all(groupsByMember, person));
    found.sort(Comparator.comparing(Group::year).thenComparing(Group::code));
    return found;
  }

  @Override
  public long countGroups() {
    return groups.size();
  }

  @Override
  public void deleteGroup(GroupId id) {
    for (GroupInvitation invitation : invitationsTo(id)) {
      invitations.remove(invitationKey(id, invitation.partner()));
    }
    groups.remove(id);
  }

  @Override
  public List<Person> peoplePage(Profile profile, @Nullable PersonId after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit " + limit + " is below 1: ask for at"
          + " least one person a page");
    }
    return people.where(p -> p.profile() == profile
            && (after == null || p.id().value().compareTo(after.value()) > 0))
        .stream()
        .sorted(Comparator.comparing(p -> p.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<SchoolClass> classes(SchoolYear year) {
    List<SchoolClass> found = classes.where(c -> c.year().equals(year));
    found.sort(Comparator.comparing((SchoolClass c) -> c.establishment().value())
        .thenComparing(SchoolClass::code));
    return found;
  }

  @Override
  public List<Group> groups(SchoolYear year) {
    List<Group> found = groups.where(g -> g.year().equals(year));
    found.sort(Comparator.comparing((Group g) -> g.establishment().value())
        .thenComparing(Group::code));
    return found;
  }

  /** What names a class or a group: its establishment, school year and code. */
  private record NaturalKey(EstablishmentId establishment, SchoolYear year, String code) {
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

  @Override
  public void addPendingChildren(Map<String, Set<PersonId>> children) {
    children.forEach((relative, pupils) -> {
      Set<PersonId> all = new HashSet<>(pendingChildren.get(relative).orElse(Set.of()));
      all.addAll(pupils);
      pendingChildren.put(relative, Set.copyOf(all));
    });
  }

  @Override
  public Map<String, Set<PersonId>> pendingChildren(Collection<String> keys) {
    Map<String, Set<PersonId>> found = new LinkedHashMap<>();
    for (String key : keys) {
      pendingChildren.get(key).ifPresent(pupils -> found.put(key, pupils));
    }
    return found;
  }

  @Override
  public void removePendingChildren(Collection<String> keys) {
    for (String key : keys) {
      pendingChildren.remove(key);
    }
  }

  private static Set<PersonId> union(Set<PersonId> a, Set<PersonId> b) {
    Set<PersonId> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
