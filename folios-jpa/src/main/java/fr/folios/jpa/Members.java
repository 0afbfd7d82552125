package fr.folios.jpa;

import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Converts the identifier sets of records to and from the string sets of join tables. */
final class Members {

  private Members() {
  }

  /**
   * Returns the string values of identifiers.
   *
   * @param ids the identifiers
   * @param value reads an identifier's value
   * @param <I> the identifier's type
   * @return their values
   */
  static <I> Set<String> values(Collection<I> ids, Function<I, String> value) {
    return ids.stream().map(value).collect(Collectors.toSet());
  }

  /**
   * Returns identifiers made from string values.
   *
   * @param values the values
   * @param id makes an identifier
   * @param <I> the identifier's type
   * @return the identifiers
   */
  static <I> Set<I> ids(Collection<String> values, Function<String, I> id) {
    return values.stream().map(id).collect(Collectors.toSet());
  }

  /**
   * Makes a mapped set hold exactly some values, touching only the rows that change.
   *
   * @param stored the mapped set
   * @param values the values it must hold
   */
  static void replace(Set<String> stored, Set<String> values) {
    stored.retainAll(values);
    stored.addAll(values);
  }
}
