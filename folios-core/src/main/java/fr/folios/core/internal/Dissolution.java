package fr.folios.core.internal;

import fr.folios.core.directory.Group;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.StructureDeletion;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.Persistence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Deletes a class or a group with everything that came through it, inside the caller's
 * transaction: the shares granted to it and their re-shares, its space and all the space held
 * (documents, their versions, folders, the trash, the shares on them), its news or the
 * invitations into it, and its members' places. Not part of the API.
 *
 * <p>Bytes are left in the blob store: the orphan collection removes those no document and no
 * version uses any more. Not thread-safe; the caller's transaction serialises it.
 */
public final class Dissolution {

  private final Persistence store;

  /**
   * Creates the deletion over a store.
   *
   * @param store the store, whose transaction the caller holds
   */
  public Dissolution(Persistence store) {
    this.store = store;
  }

  /**
   * Deletes a class, its space and everything in it, the shares granted to it, its news and its
   * members' places.
   *
   * @param schoolClass the class, as stored
   * @return what was removed
   */
  public StructureDeletion of(SchoolClass schoolClass) {
    String owner = schoolClass.id().value();
    Optional<Space> space = lockedSpace(SpaceKind.CLASS, owner);

    int revoked = revokeSharesTo(Grantee.classSpace(schoolClass.id()));
    Held held = space.map(this::delete).orElse(Held.NOTHING);
    int news = store.news().deleteNews(schoolClass.id());
    store.directory().deleteClass(schoolClass.id());

    return new StructureDeletion("class " + schoolClass.displayName(),
        count(schoolClass.students(), schoolClass.teachers()), revoked, held.documents(),
        held.folders(), news, 0);
  }

  /**
   * Deletes a group, its space and everything in it, the shares granted to it, the invitations
   * into it and its members' places.
   *
   * @param group the group, as stored
   * @return what was removed
   */
  public StructureDeletion of(Group group) {
    Optional<Space> space = lockedSpace(SpaceKind.GROUP, group.id().value());

    int revoked = revokeSharesTo(Grantee.groupSpace(group.id()));
    Held held = space.map(this::delete).orElse(Held.NOTHING);
    int invitations = store.directory().invitationsTo(group.id()).size();
    store.directory().deleteGroup(group.id());

    return new StructureDeletion("group " + group.code() + " (" + group.year() + ")",
        count(group.students(), group.staff()), revoked, held.documents(), held.folders(), 0,
        invitations);
  }

  private Optional<Space> lockedSpace(SpaceKind kind, String owner) {
    return store.spaces().findSpaceByOwner(kind, owner)
        .flatMap(space -> store.spaces().lockSpace(space.id()));
  }

  /** Revokes every share granted to a grantee and its re-shares; returns how many went. */
  private int revokeSharesTo(Grantee grantee) {
    Set<ShareId> gone = new HashSet<>();
    for (Share share : store.shares().sharesTo(grantee)) {
      List<Share> order = new ArrayList<>(List.of(share));
      for (int i = 0; i < order.size(); i++) {
        store.shares().resharesOf(order.get(i).id()).forEach(order::add);
      }
      for (int i = order.size() - 1; i >= 0; i--) {
        if (gone.add(order.get(i).id())) {
          store.shares().deleteShare(order.get(i).id());
        }
      }
    }
    return gone.size();
  }

  /**
   * Deletes a space with its documents (versions and shares too) and folders, trashed or not,
   * leaves first; returns how many documents and folders it held.
   */
  private Held delete(Space space) {
    List<Folder> folders = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    Contents contents = new Contents(space.id());

    contents.collect(null, folders, documents);
    for (int i = 0; i < folders.size(); i++) {
      contents.collect(folders.get(i).id(), folders, documents);
    }

    for (Document document : documents) {
      store.versions().deleteVersionsOf(document.id());
      store.spaces().deleteDocument(document.id());
    }
    for (int i = folders.size() - 1; i >= 0; i--) {
      store.spaces().deleteFolder(folders.get(i).id());
    }
    store.spaces().deleteSpace(space.id());
    return new Held(documents.size(), folders.size());
  }

  private static int count(Set<PersonId> some, Set<PersonId> others) {
    Set<PersonId> all = new HashSet<>(some);
    all.addAll(others);
    return all.size();
  }

  /** How many documents and folders a deleted space held. */
  private record Held(int documents, int folders) {

    static final Held NOTHING = new Held(0, 0);
  }

  /** The items of one space, listed folder by folder, the trash included. */
  private final class Contents {

    private final SpaceId space;
    private final Map<@Nullable FolderId, List<Folder>> trashedFolders = new HashMap<>();
    private final Map<@Nullable FolderId, List<Document>> trashedDocuments = new HashMap<>();

    Contents(SpaceId space) {
      this.space = space;
      store.spaces().trashedFolders(space).forEach(f ->
          trashedFolders.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(f));
      store.spaces().trashedDocuments(space).forEach(d ->
          trashedDocuments.computeIfAbsent(d.folder(), k -> new ArrayList<>()).add(d));
    }

    /** Adds what a folder (or the root) holds directly, in the trash or not. */
    void collect(@Nullable FolderId folder, List<Folder> folders, List<Document> documents) {
      folders.addAll(store.spaces().folders(space, folder));
      folders.addAll(trashedFolders.getOrDefault(folder, List.of()));
      documents.addAll(store.spaces().documents(space, folder));
      documents.addAll(trashedDocuments.getOrDefault(folder, List.of()));
    }
  }
}
