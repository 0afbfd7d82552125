package fr.folios.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A map whose writes go through the {@link Journal}, so that they are undone when their
 * transaction fails, with unique indexes kept in step with the rows.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class Table<K, V> {

  private final Journal journal;
  private final Map<K, V> rows = new ConcurrentHashMap<>();
  private final List<Index<?>> indexes = new ArrayList<>();
  private final List<Grouping<?>> groupings = new ArrayList<>();

  Table(Journal journal) {
    this.journal = journal;
  }

  /**
   * Adds a unique index on a part of the values; values whose part is null are not indexed.
   * Call it before the first write.
   *
   * @param part what the index is keyed by
   * @param <I> the part's type
   * @return the index, to look values up with {@link #find}
   */
  <I> Index<I> index(Function<V, @Nullable I> part) {
    Index<I> index = new Index<>(part);
    indexes.add(index);
    return index;
  }

  /**
   * Adds an index of the values by parts several values may share (a value may have several
   * parts, or none). Call it before the first write.
   *
   * @param parts what the value is found by
   * @param <I> the parts' type
   * @return the grouping, to look values up with {@link #all}
   */
  <I> Grouping<I> grouping(Function<V, Collection<I>> parts) {
    Grouping<I> grouping = new Grouping<>(parts);
    groupings.add(grouping);
    return grouping;
  }

  /**
   * Returns the values a grouping holds for a part.
   *
   * @param grouping a grouping of this table
   * @param part the part looked for
   * @param <I> the part's type
   * @return the values, in no order
   */
  <I> List<V> all(Grouping<I> grouping, I part) {
    List<V> found = new ArrayList<>();
    for (K key : grouping.keys.getOrDefault(part, Set.of())) {
      V value = rows.get(key);
      if (value != null) {
        found.add(value);
      }
    }
    return found;
  }

  void put(K key, V value) {
    V[] previous = newHolder();
    journal.write(() -> previous[0] = replace(key, value), () -> restore(key, previous[0]));
  }

  void remove(K key) {
    V[] previous = newHolder();
    journal.write(() -> previous[0] = replace(key, null), () -> restore(key, previous[0]));
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  /**
   * Finds the value an index holds for a part.
   *
   * @param index an index of this table
   * @param part the part looked for
   * @param <I> the part's type
   * @return the value, or empty
   */
  <I> Optional<V> find(Index<I> index, I part) {
    K key = index.keys.get(part);
    return key == null ? Optional.empty() : get(key);
  }

  List<V> where(Predicate<V> filter) {
    List<V> found = new ArrayList<>();
    for (V value : rows.values()) {
      if (filter.test(value)) {
        found.add(value);
      }
    }
    return found;
  }

  Optional<V> first(Predicate<V> filter) {
    return rows.values().stream().filter(filter).findFirst();
  }

  long count(Predicate<V> filter) {
    return rows.values().stream().filter(filter).count();
  }

  List<Map.Entry<K, V>> entries() {
    return List.copyOf(rows.entrySet());
  }

  int size() {
    return rows.size();
  }

  private @Nullable V replace(K key, @Nullable V value) {
    V previous = value == null ? rows.remove(key) : rows.put(key, value);
    for (Index<?> index : indexes) {
      index.move(key, previous, value);
    }
    for (Grouping<?> grouping : groupings) {
      grouping.move(key, previous, value);
    }
    return previous;
  }

  private void restore(K key, @Nullable V previous) {
    replace(key, previous);
  }

  @SuppressWarnings("unchecked")
  private static <V> V[] newHolder() {
    return (V[]) new Object[1];
  }

  /**
   * A unique index of the table's values by one of their parts.
   *
   * @param <I> the part's type
   */
  final class Index<I> {

    private final Function<V, @Nullable I> part;
    private final Map<I, K> keys = new ConcurrentHashMap<>();

    private Index(Function<V, @Nullable I> part) {
      this.part = part;
    }

    private void move(K key, @Nullable V before, @Nullable V after) {
      I old = before == null ? null : part.apply(before);
      I next = after == null ? null : part.apply(after);
      if (old != null && !Objects.equals(old, next)) {
        keys.remove(old, key);
      }
      if (next != null) {
        keys.put(next, key);
      }
    }
  }

  /**
   * A non-unique index of the table's values by parts they may share.
   *
   * @param <I> the parts' type
   */
  final class Grouping<I> {

    private final Function<V, Collection<I>> parts;
    private final Map<I, Set<K>> keys = new ConcurrentHashMap<>();

    private Grouping(Function<V, Collection<I>> parts) {
      this.parts = parts;
    }

    private void move(K key, @Nullable V before, @Nullable V after) {
      Collection<I> old = before == null ? List.of() : parts.apply(before);
      Collection<I> next = after == null ? List.of() : parts.apply(after);
      for (I part : old) {
        if (!next.contains(part)) {
          Set<K> held = keys.get(part);
          if (held != null) {
            held.remove(key);
          }
        }
      }
      for (I part : next) {
        keys.computeIfAbsent(part, p -> ConcurrentHashMap.newKeySet()).add(key);
      }
    }
  }
}
