package fr.folios.core.spi;

import fr.folios.core.directory.Profile;
import fr.folios.core.space.SpaceKind;
import org.jspecify.annotations.Nullable;

/**
 * The facts that decide whether a person may read a document at an instant, gathered by
 * {@link Persistence#readAccess} in one call (on a database, one query).
 *
 * @param reader the person's profile, or {@code null} if the person is unknown
 * @param space the kind of the document's space, or {@code null} if the document is unknown
 * @param inTrash whether the document, or a folder above it, is in its space's trash
 * @param member whether the person belongs to the document's space: the owner of a personal
 *     space, a pupil or teacher of a class, a pupil or staff member of a group (an external
 *     partner only through an invitation in force)
 * @param granted whether a share in force on the document or on a folder above it reaches the
 *     person: granted to them, or to a class or group they belong to as above, and, for a
 *     re-share, through a chain of sources each in force and still reaching its re-sharer
 */
public record ReadAccess(
    @Nullable Profile reader, @Nullable SpaceKind space, boolean inTrash, boolean member,
    boolean granted) {

  /** {@return {@code true} if the document exists} */
  public boolean documentFound() {
    return space != null;
  }
}
