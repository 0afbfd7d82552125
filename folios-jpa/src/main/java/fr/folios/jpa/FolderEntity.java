package fr.folios.jpa;

import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.SpaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Stores a {@link Folder}; its name key is kept for listing by name ignoring case. */
@Entity(name = "Folder")
@Table(name = "folder")
class FolderEntity implements Row<Folder> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "space_id", length = 64, nullable = false)
  private String space = "";

  @Column(name = "parent_id", length = 64)
  private @Nullable String parent;

  @Column(name = "name", length = 255, nullable = false)
  private String name = "";

  @Column(name = "name_key", length = 1024, nullable = false)
  private String nameKey = "";

  @Column(name = "created_by", length = 64, nullable = false)
  private String createdBy = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.EPOCH;

  @Column(name = "trashed_at")
  private @Nullable Instant trashedAt;

  FolderEntity() {
  }

  @Override
  public void assign(Folder folder) {
    id = folder.id().value();
    space = folder.space().value();
    FolderId parentId = folder.parent();
    parent = parentId == null ? null : parentId.value();
    name = folder.name().value();
    nameKey = folder.name().key();
    createdBy = folder.createdBy().value();
    createdAt = folder.createdAt();
    trashedAt = folder.trashedAt();
  }

  @Override
  public Folder toRecord() {
    return new Folder(new FolderId(id), new SpaceId(space),
        parent == null ? null : new FolderId(parent), new ItemName(name),
        new PersonId(createdBy), createdAt, trashedAt);
  }
}
