package fr.folios.core.directory.aaf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Remembers how to undo an import's changes to what it keeps in memory, so that a refused
 * record, or a batch whose transaction failed, leaves that memory as it was.
 *
 * <p>Not safe for concurrent use.
 */
final class UndoLog {

  private final List<Runnable> undos = new ArrayList<>();

  /** {@return a mark to undo back to} */
  int mark() {
    return undos.size();
  }

  /**
   * Undoes every change made since a mark, the newest first.
   *
   * @param mark what {@link #mark()} returned
   */
  void undoTo(int mark) {
    for (int i = undos.size() - 1; i >= mark; i--) {
      undos.remove(i).run();
    }
  }

  /** Forgets every change: they are written for good. */
  void forget() {
    undos.clear();
  }

  /**
   * Puts a value in a map, undoably.
   *
   * @param map the map
   * @param key the key
   * @param value the value
   * @param <K> the key's type
   * @param <V> the value's type
   */
  <K, V> void put(Map<K, V> map, K key, V value) {
    boolean had = map.containsKey(key);
    V previous = map.put(key, value);
    undos.add(() -> {
      if (had) {
        map.put(key, previous);
      } else {
        map.remove(key);
      }
    });
  }

  /**
   * Removes a key from a map, undoably.
   *
   * @param map the map
   * @param key the key
   * @param <K> the key's type
   * @param <V> the value's type
   */
  <K, V> void remove(Map<K, V> map, K key) {
    if (map.containsKey(key)) {
      V previous = map.remove(key);
      undos.add(() -> map.put(key, previous));
    }
  }

  /**
   * Adds an element to a set, undoably.
   *
   * @param set the set
   * @param element the element
   * @param <E> the element's type
   */
  <E> void add(Set<E> set, E element) {
    if (set.add(element)) {
      undos.add(() -> set.remove(element));
    }
  }

  /**
   * Removes an element from a set, undoably.
   *
   * @param set the set
   * @param element the element
   * @param <E> the element's type
   */
  <E> void remove(Set<E> set, E element) {
    if (set.remove(element)) {
      undos.add(() -> set.add(element));
    }
  }
}
