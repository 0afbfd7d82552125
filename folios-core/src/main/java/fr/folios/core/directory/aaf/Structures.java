package fr.folios.core.directory.aaf;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.spi.DirectoryRepository;
import fr.folios.core.spi.Membership;
import fr.folios.core.spi.Membership.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The structures an import works on, kept in memory for its whole run: every establishment,
 * and the classes and groups of the imported school year with an index of their members.
 * Changes are made undoably and remembered until the batch that made them is written.
 *
 * <p>An académie has a few hundred establishments and some ten thousand classes and groups a
 * year, so this holds a few tens of megabytes whatever the size of the export. Not safe for
 * concurrent use.
 */
final class Structures {

  private final SchoolYear year;
  private final UndoLog log;
  private final Map<EstablishmentId, Establishment> establishments = new HashMap<>();
  private final Map<String, EstablishmentId> establishmentByJoinKey = new HashMap<>();
  private final Map<Uai, EstablishmentId> establishmentByUai = new HashMap<>();
  private final Kind<ClassId, SchoolClass> classes =
      new Kind<>(SchoolClass::id, SchoolClass::establishment, SchoolClass::code,
          c -> members(c.students(), c.teachers()));
  private final Kind<GroupId, Group> groups =
      new Kind<>(Group::id, Group::establishment, Group::code,
          g -> members(g.students(), g.staff()));
  private final Set<EstablishmentId> changedEstablishments = new LinkedHashSet<>();

  private Structures(SchoolYear year, UndoLog log) {
    this.year = year;
    this.log = log;
  }

  /**
   * Loads every establishment and the classes and groups of a year.
   *
   * @param directory where they are stored
   * @param year the imported school year
   * @param log where changes are remembered for undoing
   * @return the structures
   */
  static Structures load(DirectoryRepository directory, SchoolYear year, UndoLog log) {
    Structures structures = new Structures(year, log);
    for (Establishment establishment : directory.establishments()) {
      structures.index(establishment);
    }
    for (SchoolClass schoolClass : directory.classes(year)) {
      structures.classes.index(schoolClass);
    }
    for (Group group : directory.groups(year)) {
      structures.groups.index(group);
    }
    log.forget();
    return structures;
  }

  Optional<Establishment> establishment(EstablishmentId id) {
    return Optional.ofNullable(establishments.get(id));
  }

  Optional<Establishment> establishmentByJoinKey(String joinKey) {
    return Optional.ofNullable(establishmentByJoinKey.get(joinKey)).map(establishments::get);
  }

  Optional<Establishment> establishmentByUai(Uai uai) {
    return Optional.ofNullable(establishmentByUai.get(uai)).map(establishments::get);
  }

  /**
   * Records an establishment as the batch leaves it.
   *
   * @param establishment the establishment
   */
  void save(Establishment establishment) {
    Establishment before = establishments.get(establishment.id());
    if (before != null && before.joinKey() != null) {
      log.remove(establishmentByJoinKey, before.joinKey());
    }
    if (before != null) {
      log.remove(establishmentByUai, before.uai());
    }
    index(establishment);
    log.add(changedEstablishments, establishment.id());
  }

  /**
   * Returns a class of the year, created (and recorded) if the establishment has none by
   * that code.
   *
   * @param establishment its establishment
   * @param code its code
   * @return the class
   */
  SchoolClass classOf(EstablishmentId establishment, String code) {
    return classes.find(establishment, code)
        .orElseGet(() -> save(SchoolClass.create(establishment, year, code)));
  }

  /**
   * Returns a group of the year, created (and recorded) if the establishment has none by
   * that code.
   *
   * @param establishment its establishment
   * @param code its code
   * @return the group
   */
  Group groupOf(EstablishmentId establishment, String code) {
    return groups.find(establishment, code)
        .orElseGet(() -> save(Group.create(establishment, year, code)));
  }

  /**
   * Records a class of the year as the batch leaves it.
   *
   * @param schoolClass the class
   * @return the class
   */
  SchoolClass save(SchoolClass schoolClass) {
    classes.save(schoolClass);
    return schoolClass;
  }

  /**
   * Records a group of the year as the batch leaves it.
   *
   * @param group the group
   * @return the group
   */
  Group save(Group group) {
    groups.save(group);
    return group;
  }

  /** {@return the classes of the year a person belongs to, as pupil or teacher} */
  List<SchoolClass> classesOf(PersonId person) {
    return classes.of(person);
  }

  /** {@return the groups of the year a person belongs to, as pupil or staff} */
  List<Group> groupsOf(PersonId person) {
    return groups.of(person);
  }

  /**
   * Writes what the batch changed; call it inside the batch's transaction. New classes and
   * groups are saved whole; for those already stored, only the places people took or left are
   * written, so that a batch touching many large classes writes what changed in them, not all
   * of their members again.
   *
   * @param directory where to write
   */
  void write(DirectoryRepository directory) {
    for (EstablishmentId id : changedEstablishments) {
      Establishment establishment = establishments.get(id);
      if (establishment != null) {
        directory.saveEstablishment(establishment);
      }
    }
    List<Membership> added = new ArrayList<>();
    List<Membership> removed = new ArrayList<>();
    List<SchoolClass> newClasses = new ArrayList<>();
    classes.changes((before, after) -> {
      if (before == null) {
        newClasses.add(after);
      } else {
        String id = after.id().value();
        diff(id, before.students(), after.students(), Role.CLASS_STUDENT, added, removed);
        diff(id, before.teachers(), after.teachers(), Role.CLASS_TEACHER, added, removed);
        diff(id, before.mainTeachers(), after.mainTeachers(), Role.CLASS_MAIN_TEACHER, added,
            removed);
      }
    });
    List<Group> newGroups = new ArrayList<>();
    groups.changes((before, after) -> {
      if (before == null) {
        newGroups.add(after);
      } else {
        String id = after.id().value();
        diff(id, before.students(), after.students(), Role.GROUP_STUDENT, added, removed);
        diff(id, before.staff(), after.staff(), Role.GROUP_STAFF, added, removed);
      }
    });
    if (!newClasses.isEmpty()) {
      directory.saveClasses(newClasses);
    }
    if (!newGroups.isEmpty()) {
      directory.saveGroups(newGroups);
    }
    if (!removed.isEmpty()) {
      directory.removeMembers(removed);
    }
    if (!added.isEmpty()) {
      directory.addMembers(added);
    }
  }

  /** Forgets what is to be written: it was written, or its batch is undone. */
  void written() {
    changedEstablishments.clear();
    classes.before.clear();
    groups.before.clear();
  }

  private static void diff(String structure, Set<PersonId> before, Set<PersonId> after,
      Role role, List<Membership> added, List<Membership> removed) {
    for (PersonId person : after) {
      if (!before.contains(person)) {
        added.add(new Membership(structure, person, role));
      }
    }
    for (PersonId person : before) {
      if (!after.contains(person)) {
        removed.add(new Membership(structure, person, role));
      }
    }
  }

  private void index(Establishment establishment) {
    log.put(establishments, establishment.id(), establishment);
    if (establishment.joinKey() != null) {
      log.put(establishmentByJoinKey, establishment.joinKey(), establishment.id());
    }
    log.put(establishmentByUai, establishment.uai(), establishment.id());
  }

  private static Set<PersonId> members(Set<PersonId> a, Set<PersonId> b) {
    Set<PersonId> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * The classes, or the groups, of the year: by identifier, by code within their
   * establishment, and by member.
   */
  private final class Kind<I, S> {

    private final Function<S, I> id;
    private final Function<S, EstablishmentId> establishment;
    private final Function<S, String> code;
    private final Function<S, Set<PersonId>> members;
    private final Map<I, S> byId = new HashMap<>();
    private final Map<String, I> byCode = new HashMap<>();
    private final Map<PersonId, Set<I>> byMember = new HashMap<>();
    /** The structures the batch changed, as they were before it (null if it created them). */
    private final Map<I, S> before = new LinkedHashMap<>();

    Kind(Function<S, I> id, Function<S, EstablishmentId> establishment,
        Function<S, String> code, Function<S, Set<PersonId>> members) {
      this.id = id;
      this.establishment = establishment;
      this.code = code;
      this.members = members;
    }

    Optional<S> find(EstablishmentId where, String what) {
      return Optional.ofNullable(byCode.get(key(where, what))).map(byId::get);
    }

    List<S> of(PersonId person) {
      List<S> found = new ArrayList<>();
      for (I each : byMember.getOrDefault(person, Set.of())) {
        found.add(byId.get(each));
      }
      return found;
    }

    void save(S structure) {
      I key = id.apply(structure);
      if (!before.containsKey(key)) {
        log.put(before, key, byId.get(key));
      }
      index(structure);
    }

    /** Tells each structure the batch changed, as it was and as it is. */
    void changes(BiConsumer<@Nullable S, S> change) {
      before.forEach((key, was) -> {
        S is = byId.get(key);
        if (is != null && !is.equals(was)) {
          change.accept(was, is);
        }
      });
    }

    private void index(S structure) {
      I key = id.apply(structure);
      S before = byId.get(key);
      Set<PersonId> was = before == null ? Set.of() : members.apply(before);
      Set<PersonId> is = members.apply(structure);
      log.put(byId, key, structure);
      log.put(byCode, key(establishment.apply(structure), code.apply(structure)), key);
      for (PersonId person : was) {
        if (!is.contains(person)) {
          log.remove(byMember.get(person), key);
        }
      }
      for (PersonId person : is) {
        if (!was.contains(person)) {
          Set<I> of = byMember.get(person);
          if (of == null) {
            of = new HashSet<>(4);
            log.put(byMember, person, of);
          }
          log.add(of, key);
        }
      }
    }

    private static String key(EstablishmentId establishment, String code) {
      return establishment.value() + '\n' + code;
    }
  }
}
