package fr.folios.jpa;

import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stores a {@link Space}, with its limits and its usage. */
@Entity(name = "Space")
@Table(name = "space")
class SpaceEntity implements Row<Space> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "kind", length = 16, nullable = false)
  private String kind = "";

  @Column(name = "owner", length = 255, nullable = false)
  private String owner = "";

  @Column(name = "name", length = 500, nullable = false)
  private String name = "";

  @Column(name = "max_bytes", nullable = false)
  private long maxBytes;

  @Column(name = "max_documents", nullable = false)
  private long maxDocuments;

  @Column(name = "max_folders", nullable = false)
  private long maxFolders;

  @Column(name = "max_file_bytes", nullable = false)
  private long maxFileBytes;

  @Column(name = "used_bytes", nullable = false)
  private long usedBytes;

  @Column(name = "used_documents", nullable = false)
  private long usedDocuments;

  @Column(name = "used_folders", nullable = false)
  private long usedFolders;

  SpaceEntity() {
  }

  @Override
  public void assign(Space space) {
    id = space.id().value();
    kind = space.kind().name();
    owner = space.owner();
    name = space.name();
    maxBytes = space.limits().maxBytes();
    maxDocuments = space.limits().maxDocuments();
    maxFolders = space.limits().maxFolders();
    maxFileBytes = space.limits().maxFileBytes();
    usedBytes = space.usage().bytes();
    usedDocuments = space.usage().documents();
    usedFolders = space.usage().folders();
  }

  @Override
  public Space toRecord() {
    return new Space(new SpaceId(id), SpaceKind.valueOf(kind), owner, name,
        new SpaceLimits(maxBytes, maxDocuments, maxFolders, maxFileBytes),
        new SpaceUsage(usedBytes, usedDocuments, usedFolders));
  }
}
