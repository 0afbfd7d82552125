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
 */
public record Folder(
    FolderId id, SpaceId space, @Nullable FolderId parent, ItemName name, PersonId createdBy,
    Instant createdAt) {

  /** Checks the parts. */
  public Folder {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
