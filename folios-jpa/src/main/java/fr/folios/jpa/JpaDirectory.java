package fr.folios.jpa;

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
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores the directory in the tables of the V1 to V3 migrations. Safe for concurrent use. */
final class JpaDirectory implements DirectoryRepository {

  private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
      .thenComparing(Person::firstName).thenComparing(p -> p.id().value());

  private static final Comparator<SchoolClass> BY_YEAR_AND_CODE =
      Comparator.comparing(SchoolClass::year).thenComparing(SchoolClass::code)
          .thenComparing(c -> c.id().value());

  private static final Comparator<GroupRequest> BY_REQUEST_TIME =
      Comparator.comparing(GroupRequest::requestedAt).thenComparing(r -> r.id().value());

  private final JpaTransactions transactions;

  JpaDirectory(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveEstablishment(Establishment establishment) {
    transactions.call(entities -> {
      refuseUaiOfAnother(entities, establishment);
      refuseJoinKeyOfAnother(entities, establishment);

      Row.save(entities, EstablishmentEntity.class, establishment.id().value(), establishment,
          EstablishmentEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Establishment> findEstablishment(EstablishmentId id) {
    return transactions.call(entities -> Queries.find(entities, EstablishmentEntity.class,
        id.value()));
  }

  @Override
  public Optional<Establishment> findEstablishmentByUai(Uai uai) {
    return transactions.call(entities -> Queries.first(entities
        .createQuery("select e from Establishment e where e.uai = :uai",
            EstablishmentEntity.class)
        .setParameter("uai", uai.value())));
  }

  @Override
  public Optional<Establishment> findEstablishmentByJoinKey(String joinKey) {
    return transactions.call(entities -> Queries.first(entities
        .createQuery("select e from Establishment e where e.joinKey = :key",
            EstablishmentEntity.class)
        .setParameter("key", joinKey)));
  }

  @Override
  public List<Establishment> establishments() {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select e from Establishment e", EstablishmentEntity.class),
        Comparator.comparing(e -> e.uai().value())));
  }

  @Override
  public void savePerson(Person person) {
    transactions.call(entities -> {
      refuseJoinKeyOfAnother(entities, person);

      Row.save(entities, PersonEntity.class, person.id().value(), person, PersonEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Person> findPerson(PersonId id) {
    return transactions.call(entities -> Queries.find(entities, PersonEntity.class, id.value()));
  }

  @Override
  public Optional<Person> findPersonByJoinKey(String joinKey) {
    return transactions.call(entities -> Queries.first(entities
        .createQuery("select p from Person p where p.joinKey = :key", PersonEntity.class)
        .setParameter("key", joinKey)));
  }

  @Override
  public List<Person> people(EstablishmentId establishment, Profile profile) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select p from Person p join p.establishments e"
            + " where e = :establishment and p.profile = :profile", PersonEntity.class)
        .setParameter("establishment", establishment.value())
        .setParameter("profile", profile.name()), BY_NAME));
  }

  @Override
  public List<Person> people(Profile profile) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select p from Person p where p.profile = :profile", PersonEntity.class)
        .setParameter("profile", profile.name()), BY_NAME));
  }

  @Override
  public long countPeople(Profile profile) {
    return transactions.call(entities -> entities
        .createQuery("select count(p) from Person p where p.profile = :profile", Long.class)
        .setParameter("profile", profile.name())
        .getSingleResult());
  }

  @Override
  public void saveClass(SchoolClass schoolClass) {
    transactions.call(entities -> {
      findClassRow(entities, schoolClass.establishment(), schoolClass.year(), schoolClass.code())
          .filter(other -> !other.id().equals(schoolClass.id()))
          .ifPresent(other -> {
            throw new ConflictException("class '" + schoolClass.code() + "' of "
                + schoolClass.year() + " already exists in establishment '"
                + schoolClass.establishment() + "' as class '" + other.id()
                + "': update that class instead of creating another");
          });

      Row.save(entities, ClassEntity.class, schoolClass.id().value(), schoolClass,
          ClassEntity::new);
      return null;
    });
  }

  @Override
  public Optional<SchoolClass> findClass(ClassId id) {
    return transactions.call(entities -> Queries.find(entities, ClassEntity.class, id.value()));
  }

  @Override
  public Optional<SchoolClass> findClass(
      EstablishmentId establishment, SchoolYear year, String code) {
    return transactions.call(entities -> findClassRow(entities, establishment, year, code));
  }

  @Override
  public List<SchoolClass> classes(EstablishmentId establishment, SchoolYear year) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select c from SchoolClass c"
            + " where c.establishment = :establishment and c.year = :year", ClassEntity.class)
        .setParameter("establishment", establishment.value())
        .setParameter("year", year.startYear()), BY_YEAR_AND_CODE));
  }

  @Override
  public List<SchoolClass> classesOf(PersonId person) {
    return transactions.call(entities -> {
      Map<ClassId, SchoolClass> found = new LinkedHashMap<>();
      for (String members : List.of("students", "teachers")) {
        Queries.all(entities
            .createQuery("select c from SchoolClass c join c." + members + " m"
                + " where m = :person", ClassEntity.class)
            .setParameter("person", person.value()))
            .forEach(schoolClass -> found.put(schoolClass.id(), schoolClass));
      }

      List<SchoolClass> classes = new ArrayList<>(found.values());
      classes.sort(BY_YEAR_AND_CODE);
      return classes;
    });
  }

  @Override
  public long countClasses() {
    return transactions.call(entities -> entities
        .createQuery("select count(c) from SchoolClass c", Long.class)
        .getSingleResult());
  }

  @Override
  public void saveGroup(Group group) {
    transactions.call(entities -> {
      findGroupRow(entities, group.establishment(), group.year(), group.code())
          .filter(other -> !other.id().equals(group.id()))
          .ifPresent(other -> {
            throw new ConflictException("group '" + group.code() + "' of " + group.year()
                + " already exists in establishment '" + group.establishment()
                + "' as group '" + other.id() + "': update that group instead of creating"
                + " another");
          });

      Row.save(entities, GroupEntity.class, group.id().value(), group, GroupEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Group> findGroup(GroupId id) {
    return transactions.call(entities -> Queries.find(entities, GroupEntity.class, id.value()));
  }

  @Override
  public Optional<Group> findGroup(EstablishmentId establishment, SchoolYear year, String code) {
    return transactions.call(entities -> findGroupRow(entities, establishment, year, code));
  }

  @Override
  public List<Group> groupsOf(PersonId person) {
    return transactions.call(entities -> {
      Map<GroupId, Group> found = new LinkedHashMap<>();
      for (String members : List.of("students", "staff")) {
        Queries.all(entities
            .createQuery("select g from WorkGroup g join g." + members + " m"
                + " where m = :person", GroupEntity.class)
            .setParameter("person", person.value()))
            .forEach(group -> found.put(group.id(), group));
      }

      List<Group> groups = new ArrayList<>(found.values());
      groups.sort(Comparator.comparing(Group::year).thenComparing(Group::code)
          .thenComparing(g -> g.id().value()));
      return groups;
    });
  }

  @Override
  public long countGroups() {
    return transactions.call(entities -> entities
        .createQuery("select count(g) from WorkGroup g", Long.class)
        .getSingleResult());
  }

  private static void refuseUaiOfAnother(EntityManager entities, Establishment establishment) {
    Queries.first(entities
        .createQuery("select e from Establishment e where e.uai = :uai and e.id <> :id",
            EstablishmentEntity.class)
        .setParameter("uai", establishment.uai().value())
        .setParameter("id", establishment.id().value()))
        .ifPresent(other -> {
          throw new ConflictException("UAI '" + establishment.uai() + "' already belongs to"
              + " establishment '" + other.id() + "' (" + other.name() + "): a UAI names one"
              + " establishment only; update that establishment instead");
        });
  }

  private static void refuseJoinKeyOfAnother(
      EntityManager entities, Establishment establishment) {
    String joinKey = establishment.joinKey();
    if (joinKey == null) {
      return;
    }
    Queries.first(entities
        .createQuery("select e from Establishment e where e.joinKey = :key and e.id <> :id",
            EstablishmentEntity.class)
        .setParameter("key", joinKey)
        .setParameter("id", establishment.id().value()))
        .ifPresent(other -> {
          throw new ConflictException("directory join key '" + joinKey + "' already belongs"
              + " to establishment '" + other.id() + "' (UAI " + other.uai() + "): a join key"
              + " names one establishment only; update that establishment instead");
        });
  }

  private static void refuseJoinKeyOfAnother(EntityManager entities, Person person) {
    String joinKey = person.joinKey();
    if (joinKey == null) {
      return;
    }
    Queries.first(entities
        .createQuery("select p from Person p where p.joinKey = :key and p.id <> :id",
            PersonEntity.class)
        .setParameter("key", joinKey)
        .setParameter("id", person.id().value()))
        .ifPresent(other -> {
          throw new ConflictException("directory join key '" + joinKey + "' already belongs"
              + " to person '" + other.id() + "' (" + other.displayName() + "): a join key"
              + " names one person only; update that person instead");
        });
  }

  private static Optional<SchoolClass> findClassRow(
      EntityManager entities, EstablishmentId establishment, SchoolYear year, String code) {
    return Queries.first(entities
        .createQuery("select c from SchoolClass c where c.establishment = :establishment"
            + " and c.year = :year and c.code = :code", ClassEntity.class)
        .setParameter("establishment", establishment.value())
        .setParameter("year", year.startYear())
        .setParameter("code", code));
  }

  private static Optional<Group> findGroupRow(
      EntityManager entities, EstablishmentId establishment, SchoolYear year, String code) {
    return Queries.first(entities
        .createQuery("select g from WorkGroup g where g.establishment = :establishment"
            + " and g.year = :year and g.code = :code", GroupEntity.class)
        .setParameter("establishment", establishment.value())
        .setParameter("year", year.startYear())
        .setParameter("code", code));
  }

  @Override
  public List<SchoolClass> classes(EstablishmentId establishment) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select c from SchoolClass c where c.establishment = :establishment",
            ClassEntity.class)
        .setParameter("establishment", establishment.value()), BY_YEAR_AND_CODE));
  }

  @Override
  public List<Group> groups(EstablishmentId establishment) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select g from WorkGroup g where g.establishment = :establishment",
            GroupEntity.class)
        .setParameter("establishment", establishment.value()),
        Comparator.comparing(Group::year).thenComparing(Group::code)
            .thenComparing(g -> g.id().value())));
  }

  @Override
  public void saveCurrentYear(EstablishmentId establishment, SchoolYear year) {
    transactions.call(entities -> {
      CurrentYearEntity row = entities.find(CurrentYearEntity.class, establishment.value());
      if (row == null) {
        row = new CurrentYearEntity(establishment);
        row.assign(year);
        entities.persist(row);
      } else {
        row.assign(year);
      }
      return null;
    });
  }

  @Override
  public Optional<SchoolYear> currentYear(EstablishmentId establishment) {
    return transactions.call(entities -> Optional.ofNullable(
        entities.find(CurrentYearEntity.class, establishment.value()))
        .map(CurrentYearEntity::year));
  }

  @Override
  public Map<EstablishmentId, SchoolYear> currentYears() {
    return transactions.call(entities -> entities
        .createQuery("select y from CurrentYear y", CurrentYearEntity.class)
        .getResultList().stream()
        .collect(Collectors.toMap(CurrentYearEntity::establishment, CurrentYearEntity::year)));
  }

  @Override
  public void saveInvitation(GroupInvitation invitation) {
    transactions.call(entities -> {
      Row.save(entities, InvitationEntity.class,
          InvitationEntity.keyOf(invitation.group(), invitation.partner()), invitation,
          InvitationEntity::new);
      return null;
    });
  }

  @Override
  public void deleteInvitation(GroupId group, PersonId partner) {
    transactions.call(entities -> {
      InvitationEntity row = entities.find(InvitationEntity.class,
          InvitationEntity.keyOf(group, partner));
      if (row != null) {
        entities.remove(row);
      }
      return null;
    });
  }

  @Override
  public Optional<GroupInvitation> findInvitation(GroupId group, PersonId partner) {
    return transactions.call(entities -> Queries.find(entities, InvitationEntity.class,
        InvitationEntity.keyOf(group, partner)));
  }

  @Override
  public List<GroupInvitation> invitationsOf(PersonId partner) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select i from GroupInvitation i where i.key.partner = :partner",
            InvitationEntity.class)
        .setParameter("partner", partner.value()),
        Comparator.comparing(GroupInvitation::endsAt).thenComparing(i -> i.group().value())));
  }

  @Override
  public List<GroupInvitation> invitationsTo(GroupId group) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select i from GroupInvitation i where i.key.group = :group",
            InvitationEntity.class)
        .setParameter("group", group.value()),
        Comparator.comparing(i -> i.partner().value())));
  }

  @Override
  public void saveGroupRequest(GroupRequest request) {
    transactions.call(entities -> {
      Row.save(entities, GroupRequestEntity.class, request.id().value(), request,
          GroupRequestEntity::new);
      return null;
    });
  }

  @Override
  public Optional<GroupRequest> findGroupRequest(GroupRequestId id) {
    return transactions.call(entities -> Queries.find(entities, GroupRequestEntity.class,
        id.value()));
  }

  @Override
  public List<GroupRequest> groupRequests(EstablishmentId establishment,
      GroupRequest.Status status) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select r from GroupRequest r where r.establishment = :establishment"
            + " and r.status = :status", GroupRequestEntity.class)
        .setParameter("establishment", establishment.value())
        .setParameter("status", status.name()), BY_REQUEST_TIME));
  }

  @Override
  public List<GroupRequest> groupRequestsBy(PersonId requester) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select r from GroupRequest r where r.requester = :requester",
            GroupRequestEntity.class)
        .setParameter("requester", requester.value()), BY_REQUEST_TIME));
  }
}
