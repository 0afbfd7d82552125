package fr.folios.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Runs the repositories' queries and turns the rows they return into records. */
final class Queries {

  private Queries() {
  }

  /**
   * Finds the record stored under an identifier.
   *
   * @param entities the current entity manager
   * @param type the row's class
   * @param id the identifier
   * @param <R> the record's type
   * @param <E> the row's type
   * @return the record, or empty
   */
  static <R, E extends Row<R>> Optional<R> find(
      EntityManager entities, Class<E> type, Object id) {
    return Optional.ofNullable(entities.find(type, id)).map(Row::toRecord);
  }

  /**
   * Returns the record of the query's first row.
   *
   * @param query the query; it matches at most one row where a unique rule applies
   * @param <R> the record's type
   * @param <E> the row's type
   * @return the record, or empty if no row matches
   */
  static <R, E extends Row<R>> Optional<R> first(TypedQuery<E> query) {
    return query.setMaxResults(1).getResultList().stream().findFirst().map(Row::toRecord);
  }

  /**
   * Returns the records of every row of the query, in the order of the rows.
   *
   * @param query the query
   * @param <R> the record's type
   * @param <E> the row's type
   * @return the records
   */
  static <R, E extends Row<R>> List<R> all(TypedQuery<E> query) {
    List<R> records = new ArrayList<>();
    for (E row : query.getResultList()) {
      records.add(row.toRecord());
    }
    return records;
  }

  /**
   * Returns the records of every row of the query, sorted in Java so that the order does not
   * depend on the database's collation.
   *
   * @param query the query
   * @param order the order
   * @param <R> the record's type
   * @param <E> the row's type
   * @return the sorted records
   */
  static <R, E extends Row<R>> List<R> sorted(TypedQuery<E> query, Comparator<R> order) {
    List<R> records = all(query);
    records.sort(order);
    return records;
  }
}
