package fr.folios.core.directory.aaf;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.spi.DirectoryRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people a batch of records reads and writes: fetched in one go before the batch, changed
 * in memory (undoably) while its records apply, written in one go when it commits, then
 * forgotten, so that memory holds one batch of people at a time.
 *
 * <p>Not safe for concurrent use.
 */
final class BatchPeople {

  private final DirectoryRepository directory;
  private final UndoLog log;
  private final Map<String, Optional<Person>> byJoinKey = new HashMap<>();
  private final Map<PersonId, Optional<Person>> byId = new HashMap<>();
  private final Set<PersonId> stored = new HashSet<>();
  private final Map<PersonId, Person> added = new LinkedHashMap<>();
  private final Map<PersonId, Person> changed = new LinkedHashMap<>();

  BatchPeople(DirectoryRepository directory, UndoLog log) {
    this.directory = directory;
    this.log = log;
  }

  /**
   * Fetches the people held by join keys not fetched yet, in one query.
   *
   * @param joinKeys the join keys the batch names
   */
  void fetchByJoinKeys(Collection<String> joinKeys) {
    List<String> missing = joinKeys.stream().filter(k -> !byJoinKey.containsKey(k)).distinct()
        .toList();
    if (missing.isEmpty()) {
      return;
    }
    Map<String, Person> found = directory.findPeopleByJoinKeys(missing);
    for (String joinKey : missing) {
      Optional<Person> person = Optional.ofNullable(found.get(joinKey));
      byJoinKey.put(joinKey, person);
      person.ifPresent(p -> {
        byId.put(p.id(), person);
        stored.add(p.id());
      });
    }
  }

  /**
   * Fetches the people with identifiers not fetched yet, in one query.
   *
   * @param ids the identifiers the batch needs
   */
  void fetchByIds(Collection<PersonId> ids) {
    List<PersonId> missing = ids.stream().filter(id -> !byId.containsKey(id)).distinct()
        .toList();
    if (missing.isEmpty()) {
      return;
    }
    Map<PersonId, Person> found = directory.findPeople(missing);
    for (PersonId id : missing) {
      byId.put(id, Optional.ofNullable(found.get(id)));
      if (found.containsKey(id)) {
        stored.add(id);
      }
    }
  }

  /**
   * Finds a person by join key, as the batch left them.
   *
   * @param joinKey the join key
   * @return them, or empty
   */
  Optional<Person> byJoinKey(String joinKey) {
    Optional<Person> person = byJoinKey.get(joinKey);
    if (person == null) {
      fetchByJoinKeys(List.of(joinKey));
      person = byJoinKey.get(joinKey);
    }
    return person;
  }

  /**
   * Finds a person by identifier, as the batch left them.
   *
   * @param id the identifier
   * @return them, or empty
   */
  Optional<Person> byId(PersonId id) {
    Optional<Person> person = byId.get(id);
    if (person == null) {
      fetchByIds(List.of(id));
      person = byId.get(id);
    }
    return person;
  }

  /**
   * Records a person as the batch leaves them, to be written when it commits.
   *
   * @param person the person, with a join key
   */
  void save(Person person) {
    Optional<Person> saved = Optional.of(person);
    if (person.joinKey() != null) {
      log.put(byJoinKey, person.joinKey(), saved);
    }
    log.put(byId, person.id(), saved);
    log.put(stored.contains(person.id()) ? changed : added, person.id(), person);
  }

  /**
   * Writes the people the batch added or changed; call it inside the batch's transaction.
   * Those it found absent are added without being looked up again.
   */
  void write() {
    if (!added.isEmpty()) {
      directory.addPeople(new ArrayList<>(added.values()));
    }
    if (!changed.isEmpty()) {
      directory.savePeople(new ArrayList<>(changed.values()));
    }
  }

  /** Forgets the batch: its people are written, or its transaction failed and is undone. */
  void clear() {
    byJoinKey.clear();
    byId.clear();
    stored.clear();
    added.clear();
    changed.clear();
  }
}
