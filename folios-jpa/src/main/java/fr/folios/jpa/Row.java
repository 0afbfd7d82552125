package fr.folios.jpa;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * A mapping class that stores one immutable domain record.
 *
 * @param <R> the record's type
 */
interface Row<R> {

  /**
   * Copies every part of the record into this row, its identifier included.
   *
   * @param record the record
   */
  void assign(R record);

  /** Returns the record this row stores. */
  R toRecord();

  /**
   * Saves a record: updates the stored row with the same identifier, or inserts a new one.
   *
   * @param entities the current entity manager
   * @param type the row's class
   * @param id the record's identifier
   * @param record the record
   * @param blank makes an empty row
   * @param <R> the record's type
   * @param <E> the row's type
   */
  static <R, E extends Row<R>> void save(
      EntityManager entities, Class<E> type, Object id, R record, Supplier<E> blank) {
    E stored = entities.find(type, id);
    if (stored != null) {
      stored.assign(record);
      return;
    }

    E created = blank.get();
    created.assign(record);
    entities.persist(created);
  }
}
