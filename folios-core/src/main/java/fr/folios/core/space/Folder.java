package fr.folios.core.space;

import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A folder (dossier) of a space.
 *
 * @param id its identifier
 * @param space the space it belongs to
 * @param parent the folder that holds it, or {@code null} at the space's root
 * @param name its name, unique among its siblings ignoring case
 * @param createdBy who created it
 * @param createdAt when
 * @param trashedAt when it was put in its space's trash, or {@code null} if it is not there;
 *     everything it holds is then hidden with it
 */
public record Folder(
    FolderId id, SpaceId space, @Nullable FolderId parent, ItemName name, PersonId createdBy,
    Instant createdAt, @Nullable Instant trashedAt) {

  /** Checks the parts. */
  public Folder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * Creates a folder that is not in the trash.
   *
   * @param id its identifier
   * @param space the space it belongs to
   * @param parent the folder that holds it, or {@code null} at the space's root
   * @param name its name
   * @param createdBy who created it
   * @param createdAt when
   */
  public Folder(FolderId id, SpaceId space, @Nullable FolderId parent, ItemName name,
      PersonId createdBy, Instant createdAt) {
    this(id, space, parent, name, createdBy, createdAt, null);
  }

  /** {@return whether it is in its space's trash} */
  public boolean trashed() {
    return trashedAt != null;
  }

  /**
   * Returns this folder put in the trash, or taken out of it.
   *
   * @param when when it was put there, or {@code null} to take it out
   * @return the folder
   */
  public Folder withTrashedAt(@Nullable Instant when) {
    return new Folder(id, space, parent, name, createdBy, createdAt, when);
  }
}
