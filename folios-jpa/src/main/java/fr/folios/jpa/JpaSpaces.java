package fr.folios.jpa;

import fr.folios.core.ConflictException;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.SpaceRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Stores spaces, folders and documents in the tables of the V1 migration; a document is deleted
 * after the shares that reference it. Thread-safe.
 */
final class JpaSpaces implements SpaceRepository {

  private static final Comparator<Folder> FOLDERS_BY_NAME =
      Comparator.comparing((Folder f) -> f.name().key()).thenComparing(f -> f.id().value());

  private static final Comparator<Document> DOCUMENTS_BY_NAME =
      Comparator.comparing((Document d) -> d.name().key()).thenComparing(d -> d.id().value());

  private final JpaTransactions transactions;

  JpaSpaces(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveSpace(Space space) {
    transactions.call(entities -> {
      Queries.first(entities
          .createQuery("select s from Space s where s.kind = :kind and s.owner = :owner"
              + " and s.id <> :id", SpaceEntity.class)
          .setParameter("kind", space.kind().name())
          .setParameter("owner", space.owner())
          .setParameter("id", space.id().value()))
          .ifPresent(other -> {
            throw new ConflictException("a " + space.kind().label() + " space already exists"
                + " for owner '" + space.owner() + "' (space '" + other.id() + "'): use that"
                + " space instead of creating another");
          });

      Row.save(entities, SpaceEntity.class, space.id().value(), space, SpaceEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Space> findSpace(SpaceId id) {
    return transactions.call(entities -> Queries.find(entities, SpaceEntity.class, id.value()));
  }

  @Override
  public Optional<Space> lockSpace(SpaceId id) {
    return transactions.call(entities -> Optional.ofNullable(
        entities.find(SpaceEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
        .map(SpaceEntity::toRecord));
  }

  @Override
  public Optional<Space> findSpaceByOwner(SpaceKind kind, String owner) {
    return transactions.call(entities -> Queries.first(entities
        .createQuery("select s from Space s where s.kind = :kind and s.owner = :owner",
            SpaceEntity.class)
        .setParameter("kind", kind.name())
        .setParameter("owner", owner)));
  }

  @Override
  public void saveFolder(Folder folder) {
    transactions.call(entities -> {
      Row.save(entities, FolderEntity.class, folder.id().value(), folder, FolderEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Folder> findFolder(FolderId id) {
    return transactions.call(entities -> Queries.find(entities, FolderEntity.class,
        id.value()));
  }

  @Override
  public List<Folder> folders(SpaceId space, @Nullable FolderId parent) {
    return transactions.call(entities -> Queries.sorted(parent == null
        ? entities.createQuery("select f from Folder f where f.space = :space"
            + " and f.parent is null and f.trashedAt is null", FolderEntity.class)
            .setParameter("space", space.value())
        : entities.createQuery("select f from Folder f where f.space = :space"
            + " and f.parent = :parent and f.trashedAt is null", FolderEntity.class)
            .setParameter("space", space.value())
            .setParameter("parent", parent.value()),
        FOLDERS_BY_NAME));
  }

  @Override
  public void saveDocument(Document document) {
    transactions.call(entities -> {
      Row.save(entities, DocumentEntity.class, document.id().value(), document,
          DocumentEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Document> findDocument(DocumentId id) {
    return transactions.call(entities -> Queries.find(entities, DocumentEntity.class,
        id.value()));
  }

  @Override
  public void deleteDocument(DocumentId id) {
    transactions.call(entities -> {
      entities.createQuery("delete from Share s where s.document = :document")
          .setParameter("document", id.value())
          .executeUpdate();
      entities.createQuery("delete from Document d where d.id = :id")
          .setParameter("id", id.value())
          .executeUpdate();
      return null;
    });
  }

  @Override
  public List<Document> documents(SpaceId space, @Nullable FolderId folder) {
    return transactions.call(entities -> Queries.sorted(folder == null
        ? entities.createQuery("select d from Document d where d.space = :space"
            + " and d.folder is null and d.trashedAt is null", DocumentEntity.class)
            .setParameter("space", space.value())
        : entities.createQuery("select d from Document d where d.space = :space"
            + " and d.folder = :folder and d.trashedAt is null", DocumentEntity.class)
            .setParameter("space", space.value())
            .setParameter("folder", folder.value()),
        DOCUMENTS_BY_NAME));
  }

  /** Asks the folder's folders, then its documents, for the name key, by the V9 indexes. */
  @Override
  public boolean nameTaken(SpaceId space, @Nullable FolderId folder, String nameKey) {
    return transactions.call(entities -> holds(entities, "Folder", "parent", space, folder,
        nameKey) || holds(entities, "Document", "folder", space, folder, nameKey));
  }

  private static boolean holds(EntityManager entities, String entity, String parent,
      SpaceId space, @Nullable FolderId folder, String nameKey) {
    String where = folder == null ? " is null" : " = :folder";
    TypedQuery<String> query = entities.createQuery("select i.id from " + entity + " i"
        + " where i.space = :space and i." + parent + where + " and i.nameKey = :key"
        + " and i.trashedAt is null", String.class)
        .setParameter("space", space.value())
        .setParameter("key", nameKey)
        .setMaxResults(1);
    if (folder != null) {
      query.setParameter("folder", folder.value());
    }
    return !query.getResultList().isEmpty();
  }

  @Override
  public long countDocumentsUsing(BlobKey blob) {
    return transactions.call(entities -> entities
        .createQuery("select count(d) from Document d where d.blob = :blob", Long.class)
        .setParameter("blob", blob.sha256())
        .getSingleResult());
  }

  @Override
  public List<Folder> trashedFolders(SpaceId space) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select f from Folder f where f.space = :space"
            + " and f.trashedAt is not null", FolderEntity.class)
        .setParameter("space", space.value()), FOLDERS_BY_NAME));
  }

  @Override
  public List<Document> trashedDocuments(SpaceId space) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select d from Document d where d.space = :space"
            + " and d.trashedAt is not null", DocumentEntity.class)
        .setParameter("space", space.value()), DOCUMENTS_BY_NAME));
  }

  @Override
  public void deleteFolder(FolderId id) {
    transactions.call(entities -> {
      entities.createQuery("delete from Share s where s.folder = :folder")
          .setParameter("folder", id.value())
          .executeUpdate();
      entities.createQuery("delete from Folder f where f.id = :id")
          .setParameter("id", id.value())
          .executeUpdate();
      return null;
    });
  }

  @Override
  public void deleteSpace(SpaceId id) {
    transactions.call(entities -> {
      SpaceEntity row = entities.find(SpaceEntity.class, id.value());
      if (row != null) {
        entities.remove(row);
      }
      return null;
    });
  }

  @Override
  public List<Document> documentsAfter(@Nullable DocumentId after, int limit) {
    return transactions.call(entities -> Queries.all((after == null
        ? entities.createQuery("select d from Document d order by d.id", DocumentEntity.class)
        : entities.createQuery("select d from Document d where d.id > :after order by d.id",
            DocumentEntity.class).setParameter("after", after.value()))
        .setMaxResults(limit)));
  }

  @Override
  public long countDocuments() {
    return transactions.call(entities -> entities
        .createQuery("select count(d) from Document d", Long.class).getSingleResult());
  }
}
