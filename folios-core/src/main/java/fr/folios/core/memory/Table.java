package fr.folios.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A map whose writes go through the {@link Journal}, so that they are undone when their
 * transaction fails.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class Table<K, V> {

  private final Journal journal;
  private final Map<K, V> rows = new ConcurrentHashMap<>();

  Table(Journal journal) {
    this.journal = journal;
  }

  void put(K key, V value) {
    V[] previous = newHolder();
    journal.write(() -> previous[0] = rows.put(key, value), () -> restore(key, previous[0]));
  }

  void remove(K key) {
    V[] previous = newHolder();
    journal.write(() -> previous[0] = rows.remove(key), () -> restore(key, previous[0]));
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(rows.get(key));
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

  private void restore(K key, @Nullable V previous) {
    if (previous == null) {
      rows.remove(key);
    } else {
      rows.put(key, previous);
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> V[] newHolder() {
    return (V[]) new Object[1];
  }
}
