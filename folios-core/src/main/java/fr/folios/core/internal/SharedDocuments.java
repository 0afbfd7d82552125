package fr.folios.core.internal;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.spi.DocumentPosition;
import fr.folios.core.spi.Persistence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers {@link Persistence#sharedWith} by composing the repositories: the shares reaching a
 * person, each checked as {@link ReadPaths#holds} does, and the documents beneath them out of
 * the trash. It reads every shared document to answer one page: a database adapter answers in
 * one query instead. Not part of the API. One instance per question; not thread-safe.
 */
public final class SharedDocuments {

  private final Persistence store;
  private final ReadPaths paths;

  /**
   * Creates the finder over a store, at an instant.
   *
   * @param store the store
   * @param at the instant at which shares and invitations must be in force
   */
  public SharedDocuments(Persistence store, Instant at) {
    this.store = store;
    this.paths = new ReadPaths(store, at);
  }

  /**
   * Returns a page of the documents shared with a person, as {@link Persistence#sharedWith}
   * says.
   *
   * @param personId the person
   * @param after the position the page starts after, or {@code null} for the first page
   * @param limit the most documents to return, at least 1
   * @return the documents, in {@link DocumentPosition#ORDER}
   */
  public List<Document> page(PersonId personId, @Nullable DocumentPosition after, int limit) {
    Optional<Person> person = store.directory().findPerson(personId);
    if (person.isEmpty()) {
      return List.of();
    }
    Set<DocumentId> ids = new LinkedHashSet<>();
    for (Grantee grantee : Access.granteesOf(store.directory(), personId)) {
      store.shares().sharesTo(grantee).stream().filter(s -> paths.holds(s, person.get()))
          .map(Share::item).forEach(item -> ids.addAll(documentsUnder(item)));
    }
    return ids.stream().map(id -> store.spaces().findDocument(id)).flatMap(Optional::stream)
        .filter(d -> !inTrash(d)).filter(d -> after == null || after.precedes(d))
        .sorted(DocumentPosition.ORDER).limit(limit).toList();
  }

  /** The document shared, or every document beneath the folder out of the trash. */
  private List<DocumentId> documentsUnder(SharedItem item) {
    if (!item.isFolder()) {
      return List.of(new DocumentId(item.id()));
    }
    Optional<Folder> root = store.spaces().findFolder(new FolderId(item.id()));
    if (root.isEmpty()) {
      return List.of();
    }
    List<Folder> open = new ArrayList<>(List.of(root.get()));
    List<DocumentId> found = new ArrayList<>();
    for (int i = 0; i < open.size(); i++) {
      Folder folder = open.get(i);
      store.spaces().documents(folder.space(), folder.id()).forEach(d -> found.add(d.id()));
      open.addAll(store.spaces().folders(folder.space(), folder.id()));
    }
    return found;
  }

  private boolean inTrash(Document document) {
    return document.trashed()
        || paths.foldersAbove(document.folder()).stream().anyMatch(Folder::trashed);
  }
}
