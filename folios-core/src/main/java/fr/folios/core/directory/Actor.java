package fr.folios.core.directory;

import java.util.Objects;

/**
 * Who performs an operation, as the host platform authenticated them.
 *
 * <p>Folios trusts the host for identity and decides itself what the actor may do.
 *
 * @param person the person acting
 */
public record Actor(PersonId person) {

  /** Checks the part. */
  public Actor {
    Objects.requireNonNull(person, "person");
  }

  /**
   * Returns the actor for a person.
   *
   * @param person the person acting
   * @return the actor
   */
  public static Actor of(PersonId person) {
    return new Actor(person);
  }
}
