package fr.folios.core.catalogue;

import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One attributed change of a co-authored resource: who changed which fields, and when.
 *
 * @param resource the resource
 * @param author who made the change
 * @param at when
 * @param fields the names of the fields changed, sorted, e.g. {@code body} and {@code title};
 *     {@code created} for the creation, {@code authors}, {@code status} or {@code scope} for
 *     invitations, publications and withdrawals
 */
public record ResourceChange(ResourceId resource, PersonId author, Instant at,
    Set<String> fields) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if no field is named
   */
  public ResourceChange {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a change of resource '" + resource + "' names no"
          + " field: name at least one");
    }
    fields = Collections.unmodifiableSet(new TreeSet<>(fields));
  }
}
