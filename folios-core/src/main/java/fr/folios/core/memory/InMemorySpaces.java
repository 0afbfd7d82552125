package fr.folios.core.memory;

import fr.folios.core.ConflictException;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.SpaceRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

final class InMemorySpaces implements SpaceRepository {

  private final Table<SpaceId, Space> spaces;
  private final Table<FolderId, Folder> folders;
  private final Table<DocumentId, Document> documents;
  private final InMemoryShares shares;
  private final Table<FolderId, Folder>.Grouping<Place> foldersByPlace;
  private final Table<DocumentId, Document>.Grouping<Place> documentsByPlace;
  private final Table<FolderId, Folder>.Grouping<SpaceId> foldersBySpace;
  private final Table<DocumentId, Document>.Grouping<SpaceId> documentsBySpace;

  InMemorySpaces(Journal journal, InMemoryShares shares) {
    spaces = new Table<>(journal);
    folders = new Table<>(journal);
    documents = new Table<>(journal);
    this.shares = shares;
    foldersByPlace = folders.grouping(f -> List.of(new Place(f.space(), f.parent())));
    documentsByPlace = documents.grouping(d -> List.of(new Place(d.space(), d.folder())));
    foldersBySpace = folders.grouping(f -> List.of(f.space()));
    documentsBySpace = documents.grouping(d -> List.of(d.space()));
  }

  @Override
  public void saveSpace(Space space) {
    spaces.first(other -> !other.id().equals(space.id()) && other.kind() == space.kind()
        && other.owner().equals(space.owner())).ifPresent(other -> {
          throw new ConflictException("a " + space.kind().label() + " space already exists for "
              + space.owner() + " (" + other.id() + "): use that space");
        });
    spaces.put(space.id(), space);
  }

  @Override
  public Optional<Space> findSpace(SpaceId id) {
    return spaces.get(id);
  }

  @Override
  public Optional<Space> lockSpace(SpaceId id) {
    return spaces.get(id);
  }

  @Override
  public Optional<Space> findSpaceByOwner(SpaceKind kind, String owner) {
    return spaces.first(s -> s.kind() == kind && s.owner().equals(owner));
  }

  @Override
  public void saveFolder(Folder folder) {
    folders.put(folder.id(), folder);
  }

  @Override
  public Optional<Folder> findFolder(FolderId id) {
    return folders.get(id);
  }

  @Override
  public List<Folder> folders(SpaceId space, @Nullable FolderId parent) {
    List<Folder> found = new ArrayList<>(folders.all(foldersByPlace, new Place(space, parent)));
    found.removeIf(Folder::trashed);
    return byName(found, Folder::name, f -> f.id().value());
  }

  @Override
  public void saveDocument(Document document) {
    documents.put(document.id(), document);
  }

  @Override
  public Optional<Document> findDocument(DocumentId id) {
    return documents.get(id);
  }

  @Override
  public void deleteDocument(DocumentId id) {
    shares.deleteSharesOf(id);
    documents.remove(id);
  }

  @Override
  public List<Document> documents(SpaceId space, @Nullable FolderId folder) {
    List<Document> found = new ArrayList<>(documents.all(documentsByPlace,
        new Place(space, folder)));
    found.removeIf(Document::trashed);
    return byName(found, Document::name, d -> d.id().value());
  }

  @Override
  public long countDocumentsUsing(BlobKey blob) {
    return documents.count(d -> d.blob().equals(blob));
  }

  @Override
  public List<Folder> trashedFolders(SpaceId space) {
    List<Folder> found = new ArrayList<>(folders.all(foldersBySpace, space));
    found.removeIf(f -> !f.trashed());
    return byName(found, Folder::name, f -> f.id().value());
  }

  @Override
  public List<Document> trashedDocuments(SpaceId space) {
    List<Document> found = new ArrayList<>(documents.all(documentsBySpace, space));
    found.removeIf(d -> !d.trashed());
    return byName(found, Document::name, d -> d.id().value());
  }

  @Override
  public void deleteFolder(FolderId id) {
    shares.deleteSharesOf(id);
    folders.remove(id);
  }

  @Override
  public void deleteSpace(SpaceId id) {
    spaces.remove(id);
  }

  /**
   * Sorts items by name key, then identifier, computing each key once (a key is a Unicode
   * normalisation: computing it at every comparison made listing a folder of 300 documents
   * take a millisecond).
   */
  private static <T> List<T> byName(List<T> items, Function<T, ItemName> name,
      Function<T, String> id) {
    Map<T, String> keys = new IdentityHashMap<>();
    for (T item : items) {
      keys.put(item, name.apply(item).key());
    }
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing((T item) -> keys.get(item)).thenComparing(id));
    return sorted;
  }

  /** Where a folder or a document sits: its space and its folder (null at the root). */
  private record Place(SpaceId space, @Nullable FolderId folder) {
  }

  @Override
  public List<Document> documentsAfter(@Nullable DocumentId after, int limit) {
    return documents.where(d -> after == null || d.id().value().compareTo(after.value()) > 0)
        .stream()
        .sorted(Comparator.comparing(d -> d.id().value()))
        .limit(limit)
        .toList();
  }

  @Override
  public long countDocuments() {
    return documents.size();
  }
}
