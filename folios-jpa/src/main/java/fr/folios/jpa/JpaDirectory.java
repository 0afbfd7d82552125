package fr.folios.jpa;

import fr.folios.core.ConflictException;
import fr.folios.core.NotFoundException;
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
import fr.folios.core.spi.Membership;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Stores the directory in the tables of the V1 to V3 migrations. Safe for concurrent use.
 *
 * <p>The bulk methods read and write a batch with a few statements: people are read as plain
 * columns a chunk at a time, classes and groups are loaded one query per collection (fetching
 * several collections in one join would multiply their rows), memberships are written with
 * JDBC batches, and rows with the JDBC batching the persistence unit turns on.
 */
final class JpaDirectory implements DirectoryRepository {

  private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::lastName)
      .thenComparing(Person::firstName).thenComparing(p -> p.id().value());

  private static final int CHUNK = 2000;
  private static final List<String> PERSON_COLLECTIONS = List.of("establishments", "children");
  private static final List<String> CLASS_COLLECTIONS =
      List.of("students", "teachers", "mainTeachers");
  private static final List<String> GROUP_COLLECTIONS = List.of("students", "staff");

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
  public void deleteClass(ClassId id) {
    transactions.call(entities -> {
      ClassEntity row = entities.find(ClassEntity.class, id.value());
      if (row != null) {
        entities.remove(row);
      }
      return null;
    });
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

  @Override
  public void deleteGroup(GroupId id) {
    transactions.call(entities -> {
      entities.createQuery("select i from GroupInvitation i where i.key.group = :group",
              InvitationEntity.class)
          .setParameter("group", id.value())
          .getResultList()
          .forEach(entities::remove);
      GroupEntity row = entities.find(GroupEntity.class, id.value());
      if (row != null) {
        entities.remove(row);
      }
      return null;
    });
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
  public Map<String, Person> findPeopleByJoinKeys(Collection<String> joinKeys) {
    return transactions.call(entities -> {
      Map<String, Person> found = new LinkedHashMap<>();
      for (Person person : peopleWhere(entities, "joinKey", joinKeys)) {
        found.put(person.joinKey(), person);
      }
      return found;
    });
  }

  @Override
  public Map<PersonId, Person> findPeople(Collection<PersonId> ids) {
    return transactions.call(entities -> {
      Map<PersonId, Person> found = new LinkedHashMap<>();
      for (Person person : peopleWhere(entities, "id",
          ids.stream().map(PersonId::value).toList())) {
        found.put(person.id(), person);
      }
      return found;
    });
  }

  /**
   * Reads the people whose attribute is one of the values given, as plain columns rather than
   * managed rows (nothing to track): a chunk of values costs one query for their columns and,
   * if anyone was found, one for their establishments and one for their children.
   */
  private static List<Person> peopleWhere(EntityManager entities, String attribute,
      Collection<String> values) {
    List<Person> people = new ArrayList<>();
    List<String> all = List.copyOf(values);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Object[]> rows = entities.createQuery("select p.id, p.joinKey, p.profile,"
              + " p.firstName, p.lastName, p.email, p.guidancePsychologist, p.leavingSince"
              + " from Person p where p." + attribute + " in :values", Object[].class)
          .setParameter("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .getResultList();
      if (rows.isEmpty()) {
        continue;
      }
      List<String> ids = rows.stream().map(row -> (String) row[0]).toList();
      Map<String, Set<String>> establishments = links(entities,
          "select person_id, establishment_id from person_establishment", ids);
      boolean parents = rows.stream().anyMatch(row -> Profile.PARENT.name().equals(row[2]));
      Map<String, Set<String>> children = parents ? links(entities,
          "select person_id, child_id from person_child", ids) : Map.of();
      for (Object[] row : rows) {
        String id = (String) row[0];
        people.add(new Person(new PersonId(id), (String) row[1],
            Profile.valueOf((String) row[2]), (String) row[3], (String) row[4],
            (String) row[5],
            Members.ids(establishments.getOrDefault(id, Set.of()), EstablishmentId::new),
            (Boolean) row[6], Members.ids(children.getOrDefault(id, Set.of()), PersonId::new),
            (LocalDate) row[7]));
      }
    }
    return people;
  }

  /**
   * Returns the values of one of the people's collections, by person identifier, read from
   * its table alone: joining the people's table would let the planner scan both.
   */
  private static Map<String, Set<String>> links(EntityManager entities, String select,
      List<String> ids) {
    Map<String, Set<String>> links = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> found = entities.createNativeQuery(select + " where person_id in (:ids)",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList();
    for (Object[] link : found) {
      links.computeIfAbsent((String) link[0], k -> new HashSet<>()).add((String) link[1]);
    }
    return links;
  }

  /** Inserts people without looking them up: a stored one breaks a unique rule at flush. */
  @Override
  public void addPeople(Collection<Person> people) {
    transactions.call(entities -> {
      for (Person person : people) {
        PersonEntity row = new PersonEntity();
        row.assign(person);
        entities.persist(row);
      }
      return null;
    });
  }

  @Override
  public Map<PersonId, String> stayingPeople(Profile profile, @Nullable PersonId after,
      int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit " + limit + " is below 1: ask for at"
          + " least one person a page");
    }
    return transactions.call(entities -> {
      Map<PersonId, String> staying = new LinkedHashMap<>();
      for (Object[] person : entities.createQuery("select p.id, p.joinKey from Person p"
              + " where p.profile = :profile and p.id > :after and p.joinKey is not null"
              + " and p.leavingSince is null order by p.id", Object[].class)
          .setParameter("profile", profile.name())
          .setParameter("after", after == null ? "" : after.value())
          .setMaxResults(limit)
          .getResultList()) {
        staying.put(new PersonId((String) person[0]), (String) person[1]);
      }
      return staying;
    });
  }

  /**
   * Saves people in bulk. One query tells who holds their join keys: a key held by someone
   * else is refused, and those found are the people to update; the others are inserted
   * without being looked up again.
   */
  @Override
  public void savePeople(Collection<Person> people) {
    transactions.call(entities -> {
      Map<String, String> holders = idsOfJoinKeys(entities, people.stream()
          .map(Person::joinKey).filter(java.util.Objects::nonNull).toList());
      List<String> stored = new ArrayList<>();
      for (Person person : people) {
        String holder = person.joinKey() == null ? person.id().value()
            : holders.get(person.joinKey());
        refuseJoinKeyOfAnother(person, holder);
        if (holder != null) {
          stored.add(person.id().value());
        }
      }

      Map<String, PersonEntity> rows = rows(entities, "Person", stored,
          PERSON_COLLECTIONS, false);
      for (Person person : people) {
        PersonEntity row = rows.get(person.id().value());
        if (row == null && person.joinKey() == null) {
          row = entities.find(PersonEntity.class, person.id().value());
        }
        if (row == null) {
          row = new PersonEntity();
          row.assign(person);
          entities.persist(row);
        } else {
          row.assign(person);
        }
      }
      return null;
    });
  }

  @Override
  public List<Person> peoplePage(Profile profile, @Nullable PersonId after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("page limit " + limit + " is below 1: ask for at"
          + " least one person a page");
    }
    return transactions.call(entities -> {
      List<String> ids = entities.createQuery("select p.id from Person p"
              + " where p.profile = :profile and p.id > :after order by p.id", String.class)
          .setParameter("profile", profile.name())
          .setParameter("after", after == null ? "" : after.value())
          .setMaxResults(limit)
          .getResultList();
      Map<String, PersonEntity> rows = this.<PersonEntity>rows(entities, "Person", ids,
          PERSON_COLLECTIONS, true);
      return ids.stream().map(rows::get).map(PersonEntity::toRecord).toList();
    });
  }

  @Override
  public List<SchoolClass> classes(SchoolYear year) {
    return transactions.call(entities -> {
      List<String> ids = entities.createQuery("select c.id from SchoolClass c"
              + " where c.year = :year", String.class)
          .setParameter("year", year.startYear())
          .getResultList();
      List<SchoolClass> classes = new ArrayList<>();
      for (ClassEntity row : this.<ClassEntity>rows(entities, "SchoolClass", ids,
          CLASS_COLLECTIONS, true).values()) {
        classes.add(row.toRecord());
      }
      classes.sort(Comparator.comparing((SchoolClass c) -> c.establishment().value())
          .thenComparing(SchoolClass::code));
      return classes;
    });
  }

  @Override
  public List<Group> groups(SchoolYear year) {
    return transactions.call(entities -> {
      List<String> ids = entities.createQuery("select g.id from WorkGroup g"
              + " where g.year = :year", String.class)
          .setParameter("year", year.startYear())
          .getResultList();
      List<Group> groups = new ArrayList<>();
      for (GroupEntity row : this.<GroupEntity>rows(entities, "WorkGroup", ids,
          GROUP_COLLECTIONS, true).values()) {
        groups.add(row.toRecord());
      }
      groups.sort(Comparator.comparing((Group g) -> g.establishment().value())
          .thenComparing(Group::code));
      return groups;
    });
  }

  @Override
  public void saveClasses(Collection<SchoolClass> classes) {
    transactions.call(entities -> {
      saveAll(entities, "SchoolClass", CLASS_COLLECTIONS, classes, c -> c.id().value(),
          ClassEntity::new);
      return null;
    });
  }

  @Override
  public void saveGroups(Collection<Group> groups) {
    transactions.call(entities -> {
      saveAll(entities, "WorkGroup", GROUP_COLLECTIONS, groups, g -> g.id().value(),
          GroupEntity::new);
      return null;
    });
  }

  /**
   * Saves records in bulk: loads the rows already stored, updates them, inserts the others.
   * A unique rule broken by the batch surfaces when the caller flushes.
   */
  private <R, E extends Row<R>> void saveAll(EntityManager entities, String entity,
      List<String> collections, Collection<R> records, Function<R, String> id,
      Supplier<E> blank) {
    List<String> ids = records.stream().map(id).toList();
    Map<String, E> stored = rows(entities, entity, existing(entities, entity, ids),
        collections, false);
    for (R record : records) {
      E row = stored.get(id.apply(record));
      if (row == null) {
        row = blank.get();
        row.assign(record);
        entities.persist(row);
      } else {
        row.assign(record);
      }
    }
  }

  /** Returns those of the identifiers that a row of the entity has. */
  private static List<String> existing(EntityManager entities, String entity,
      List<String> ids) {
    List<String> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      found.addAll(entities.createQuery("select e.id from " + entity + " e where e.id in :ids",
              String.class)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList());
    }
    return found;
  }

  /**
   * Loads the rows of some identifiers, with their collections, a chunk of identifiers at a
   * time and one query per collection. Rows loaded read-only are not checked for changes when
   * the transaction flushes.
   *
   * @return the rows, by identifier
   */
  private <E> Map<String, E> rows(EntityManager entities, String entity,
      Collection<String> values, List<String> collections, boolean readOnly) {
    Map<String, E> rows = new LinkedHashMap<>();
    List<String> all = List.copyOf(values);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      for (String collection : collections) {
        List<Object[]> found = entities.createQuery("select e.id, e from " + entity
                + " e left join fetch e." + collection + " where e.id in :values", Object[].class)
            .setParameter("values", chunk)
            .setHint(HibernateHints.HINT_READ_ONLY, readOnly)
            .getResultList();
        for (Object[] pair : found) {
          @SuppressWarnings("unchecked")
          E row = (E) pair[1];
          rows.put((String) pair[0], row);
        }
      }
    }
    return rows;
  }

  /** Returns who holds each of the join keys that someone holds: identifier by join key. */
  private static Map<String, String> idsOfJoinKeys(EntityManager entities,
      Collection<String> joinKeys) {
    Map<String, String> ids = new LinkedHashMap<>();
    List<String> all = List.copyOf(joinKeys);
    for (int from = 0; from < all.size(); from += CHUNK) {
      for (Object[] holder : entities.createQuery("select p.joinKey, p.id from Person p"
              + " where p.joinKey in :keys", Object[].class)
          .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
          .getResultList()) {
        ids.put((String) holder[0], (String) holder[1]);
      }
    }
    return ids;
  }

  private static void refuseJoinKeyOfAnother(Person person, @Nullable String holder) {
    if (holder != null && !holder.equals(person.id().value())) {
      throw new ConflictException("directory join key '" + person.joinKey() + "' already"
          + " belongs to person '" + holder + "': a join key names one person only; update"
          + " that person instead");
    }
  }

  @Override
  public void addMembers(Collection<Membership> memberships) {
    List<Membership> rows = new ArrayList<>(memberships);
    for (Membership m : memberships) {
      if (m.role() == Membership.Role.CLASS_MAIN_TEACHER) {
        rows.add(new Membership(m.structure(), m.person(), Membership.Role.CLASS_TEACHER));
      }
    }
    writeMembers(rows, "insert into %s (%s, person_id) values (?, ?) on conflict do nothing");
  }

  @Override
  public void removeMembers(Collection<Membership> memberships) {
    refuseUnstoredStructures(memberships);
    List<Membership> rows = new ArrayList<>(memberships);
    for (Membership m : memberships) {
      if (m.role() == Membership.Role.CLASS_TEACHER) {
        rows.add(new Membership(m.structure(), m.person(), Membership.Role.CLASS_MAIN_TEACHER));
      }
    }
    writeMembers(rows, "delete from %s where %s = ? and person_id = ?");
  }

  /**
   * Refuses memberships of a class or group that is not stored, as adding them does through
   * the foreign keys: deleting rows of an unknown structure would otherwise say nothing.
   */
  private void refuseUnstoredStructures(Collection<Membership> memberships) {
    if (memberships.isEmpty()) {
      return;
    }
    transactions.call(entities -> {
      refuseUnstored(entities, "SchoolClass", "class", memberships.stream()
          .filter(m -> m.role().name().startsWith("CLASS")).map(Membership::structure));
      refuseUnstored(entities, "WorkGroup", "group", memberships.stream()
          .filter(m -> m.role().name().startsWith("GROUP")).map(Membership::structure));
      return null;
    });
  }

  private static void refuseUnstored(EntityManager entities, String entity, String what,
      Stream<String> structures) {
    List<String> ids = structures.distinct().toList();
    Set<String> stored = new HashSet<>(existing(entities, entity, ids));
    for (String id : ids) {
      if (!stored.contains(id)) {
        throw new NotFoundException(what + " " + id + " is not stored: save it before adding"
            + " or removing its members");
      }
    }
  }

  /**
   * Writes membership rows with JDBC batches on the transaction's connection: they live in
   * collection tables, which the persistence unit maps as parts of classes and groups, not as
   * rows of their own. The persistence context is cleared afterwards by {@link
   * JpaTransactions#call}, so no stale collection is read.
   */
  private void writeMembers(Collection<Membership> memberships, String statement) {
    if (memberships.isEmpty()) {
      return;
    }
    transactions.call(entities -> {
      entities.flush();
      entities.unwrap(Session.class).doWork(connection -> {
        for (Membership.Role role : Membership.Role.values()) {
          List<Membership> ofRole = memberships.stream().filter(m -> m.role() == role).toList();
          if (ofRole.isEmpty()) {
            continue;
          }
          String table = switch (role) {
            case CLASS_STUDENT -> "class_student";
            case CLASS_TEACHER -> "class_teacher";
            case CLASS_MAIN_TEACHER -> "class_main_teacher";
            case GROUP_STUDENT -> "group_student";
            case GROUP_STAFF -> "group_staff";
          };
          String owner = table.startsWith("class") ? "class_id" : "group_id";
          batch(connection, String.format(Locale.ROOT, statement, table, owner), ofRole.stream()
              .map(m -> List.of(m.structure(), m.person().value())).toList());
        }
      });
      return null;
    });
  }

  /** Runs a statement of two parameters once per pair, in one JDBC batch. */
  private static void batch(Connection connection, String statement, List<List<String>> pairs)
      throws SQLException {
    try (PreparedStatement rows = connection.prepareStatement(statement)) {
      for (List<String> pair : pairs) {
        rows.setString(1, pair.get(0));
        rows.setString(2, pair.get(1));
        rows.addBatch();
      }
      rows.executeBatch();
    }
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

  @Override
  public void addPendingChildren(Map<String, Set<PersonId>> children) {
    if (children.isEmpty()) {
      return;
    }
    transactions.call(entities -> {
      List<List<String>> pairs = new ArrayList<>();
      children.forEach((relative, pupils) ->
          pupils.forEach(child -> pairs.add(List.of(relative, child.value()))));
      entities.unwrap(Session.class).doWork(connection -> batch(connection, "insert into"
          + " pending_child (relative_join_key, child_id) values (?, ?) on conflict do nothing",
          pairs));
      return null;
    });
  }

  @Override
  public Map<String, Set<PersonId>> pendingChildren(Collection<String> relativeJoinKeys) {
    if (relativeJoinKeys.isEmpty()) {
      return Map.of();
    }
    return transactions.call(entities -> {
      Map<String, Set<PersonId>> found = new LinkedHashMap<>();
      List<String> all = List.copyOf(relativeJoinKeys);
      for (int from = 0; from < all.size(); from += CHUNK) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select relative_join_key, child_id"
                + " from pending_child where relative_join_key in (:keys)", Object[].class)
            .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
            .getResultList();
        for (Object[] row : rows) {
          found.computeIfAbsent((String) row[0], k -> new HashSet<>())
              .add(new PersonId((String) row[1]));
        }
      }
      return found;
    });
  }

  @Override
  public void removePendingChildren(Collection<String> relativeJoinKeys) {
    if (relativeJoinKeys.isEmpty()) {
      return;
    }
    transactions.call(entities -> {
      List<String> all = List.copyOf(relativeJoinKeys);
      for (int from = 0; from < all.size(); from += CHUNK) {
        entities.createNativeQuery("delete from pending_child where relative_join_key in"
                + " (:keys)")
            .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
            .executeUpdate();
      }
      return null;
    });
  }
}
