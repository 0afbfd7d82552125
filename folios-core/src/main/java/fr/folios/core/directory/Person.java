package fr.folios.core.directory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person known to Folios, with one profile.
 *
 * <p>Memberships of classes and groups are held by {@link SchoolClass} and {@link Group};
 * this record holds what belongs to the person alone.
 *
 * @param id their identifier in Folios
 * @param joinKey their key in the académie directory ({@code ENTPersonJointure}), or
 *     {@code null} if they were not imported from it
 * @param profile their profile
 * @param firstName their first name
 * @param lastName their last name
 * @param email their e-mail address, or {@code null}
 * @param establishments the establishments they are attached to
 * @param guidancePsychologist {@code true} for a psychologue de l'Éducation nationale
 * @param children for a parent, the students they are legally responsible for; else empty
 * @param leavingSince the day the directory stopped listing them or asked to delete them, or
 *     {@code null} while they are listed; a leaver keeps their place until a grace period ends
 */
public record Person(
    PersonId id,
    @Nullable String joinKey,
    Profile profile,
    String firstName,
    String lastName,
    @Nullable String email,
    Set<EstablishmentId> establishments,
    boolean guidancePsychologist,
    Set<PersonId> children,
    @Nullable LocalDate leavingSince) {

  /** Checks and copies the parts. */
  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(lastName, "lastName");
    establishments = Set.copyOf(establishments);
    children = Set.copyOf(children);
  }

  /** {@return "First Last", for messages and reports} */
  public String displayName() {
    return (firstName + " " + lastName).strip();
  }

  /**
   * Tells whether the person is attached to an establishment.
   *
   * @param establishment the establishment
   * @return {@code true} if attached
   */
  public boolean attachedTo(EstablishmentId establishment) {
    return establishments.contains(establishment);
  }

  /**
   * Returns a copy with another e-mail address.
   *
   * @param newEmail the address, or {@code null} to remove it
   * @return the updated person
   */
  public Person withEmail(@Nullable String newEmail) {
    return new Person(id, joinKey, profile, firstName, lastName, newEmail, establishments,
        guidancePsychologist, children, leavingSince);
  }

  /**
   * Returns a copy with the guidance-psychologist flag set as given.
   *
   * @param flag the new flag
   * @return the updated person
   */
  public Person withGuidancePsychologist(boolean flag) {
    return new Person(id, joinKey, profile, firstName, lastName, email, establishments, flag,
        children, leavingSince);
  }

  /** {@return {@code true} if the directory no longer lists them: see {@link #leavingSince}} */
  public boolean leaving() {
    return leavingSince != null;
  }

  /**
   * Returns a copy leaving since a day, or listed again.
   *
   * @param since the day they started leaving, or {@code null} if they are listed again
   * @return the updated person
   */
  public Person withLeavingSince(@Nullable LocalDate since) {
    return new Person(id, joinKey, profile, firstName, lastName, email, establishments,
        guidancePsychologist, children, since);
  }

  /**
   * Returns a copy attached to no establishment, for a leaver whose grace period is over.
   *
   * @return the updated person
   */
  public Person detachedFromEstablishments() {
    return new Person(id, joinKey, profile, firstName, lastName, email, Set.of(),
        guidancePsychologist, children, leavingSince);
  }
}
