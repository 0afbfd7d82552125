package fr.folios.core.internal;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ReadAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the paths from a person to a document through the persistence ports, at one instant:
 * space membership, and shares on the document or the folders above it, re-shares checked up
 * their chain of sources. Not part of the API. One instance per question; not thread-safe.
 */
public final class ReadPaths {

  /** The longest chain of re-shares followed; longer ones are not in force. */
  static final int MAX_CHAIN = 64;

  private final Persistence store;
  private final Instant at;

  /**
   * Creates the finder over a store, at an instant.
   *
   * @param store the store
   * @param at the instant at which shares and invitations must be in force
   */
  public ReadPaths(Persistence store, Instant at) {
    this.store = store;
    this.at = at;
  }

  /**
   * Gathers the facts of {@link Persistence#readAccess}.
   *
   * @param personId the reader
   * @param documentId the document
   * @return the facts
   */
  public ReadAccess of(PersonId personId, DocumentId documentId) {
    Optional<Person> person = store.directory().findPerson(personId);
    Optional<Document> document = store.spaces().findDocument(documentId);
    if (person.isEmpty() || document.isEmpty()) {
      return new ReadAccess(person.map(Person::profile).orElse(null),
          document.flatMap(d -> store.spaces().findSpace(d.space())).map(Space::kind)
              .orElse(null), false, false, false);
    }
    Space space = store.spaces().findSpace(document.get().space()).orElseThrow();
    List<Folder> above = foldersAbove(document.get().folder());
    boolean inTrash = document.get().trashed() || above.stream().anyMatch(Folder::trashed);
    return new ReadAccess(person.get().profile(), space.kind(), inTrash,
        member(person.get(), space), granted(person.get(), document.get(), above));
  }

  /**
   * Returns the folders holding a folder, from the folder itself up to the root.
   *
   * @param folder the folder, or {@code null} for a space's root
   * @return the folders, nearest first; empty for the root
   */
  public List<Folder> foldersAbove(@Nullable FolderId folder) {
    List<Folder> folders = new ArrayList<>();
    Set<FolderId> seen = new HashSet<>();
    for (FolderId id = folder; id != null && seen.add(id); ) {
      Optional<Folder> found = store.spaces().findFolder(id);
      if (found.isEmpty()) {
        break;
      }
      folders.add(found.get());
      id = found.get().parent();
    }
    return folders;
  }

  /**
   * Tells whether a person belongs to a space, as {@link ReadAccess#member} says.
   *
   * @param person the person
   * @param space the space
   * @return {@code true} if they belong to it
   */
  public boolean member(Person person, Space space) {
    return switch (space.kind()) {
      case PERSONAL -> space.owner().equals(person.id().value());
      case CLASS -> reaches(new Grantee(Grantee.Kind.CLASS, space.owner()), person);
      case GROUP -> reaches(new Grantee(Grantee.Kind.GROUP, space.owner()), person);
    };
  }

  /**
   * Returns the shares in force that reach a person on a document or the folders above it.
   *
   * @param person the person
   * @param document the document
   * @param above the folders above it, nearest first
   * @return the shares, the document's first
   */
  public List<Share> reaching(Person person, Document document, List<Folder> above) {
    List<SharedItem> items = new ArrayList<>();
    items.add(SharedItem.document(document.id()));
    above.forEach(f -> items.add(SharedItem.folder(f.id())));
    return reaching(person, items);
  }

  /**
   * Returns the shares in force that reach a person on some items.
   *
   * @param person the person
   * @param items the items, in the order wanted
   * @return the shares, item by item
   */
  public List<Share> reaching(Person person, List<SharedItem> items) {
    List<Share> found = new ArrayList<>();
    for (SharedItem item : items) {
      store.shares().sharesOf(item).stream().filter(s -> holds(s, person)).forEach(found::add);
    }
    return found;
  }

  private boolean granted(Person person, Document document, List<Folder> above) {
    return !reaching(person, document, above).isEmpty();
  }

  /**
   * Tells whether a share is in force for a person: in force now, reaching them, and for a
   * re-share, its chain of sources each in force and reaching its re-sharer.
   *
   * @param share the share
   * @param person the person
   * @return {@code true} if it holds for them
   */
  public boolean holds(Share share, Person person) {
    Share at = share;
    Person holder = person;
    for (int depth = 0; depth < MAX_CHAIN; depth++) {
      if (!at.activeAt(this.at) || !reaches(at.grantee(), holder)) {
        return false;
      }
      if (at.source() == null) {
        return true;
      }
      Optional<Share> source = store.shares().findShare(at.source());
      Optional<Person> resharer = store.directory().findPerson(at.grantedBy());
      if (source.isEmpty() || resharer.isEmpty()) {
        return false;
      }
      at = source.get();
      holder = resharer.get();
    }
    return false;
  }

  /**
   * Tells whether a grantee reaches a person now: the person, a pupil or teacher of the class,
   * a pupil or staff member of the group (an external partner through an invitation in force).
   *
   * @param grantee the grantee
   * @param person the person
   * @return {@code true} if it reaches them
   */
  public boolean reaches(Grantee grantee, Person person) {
    return switch (grantee.kind()) {
      case PERSON -> grantee.id().equals(person.id().value());
      case CLASS -> store.directory().findClass(new ClassId(grantee.id()))
          .map(c -> c.hasMember(person.id())).orElse(false);
      case GROUP -> inGroup(new GroupId(grantee.id()), person);
    };
  }

  private boolean inGroup(GroupId group, Person person) {
    if (person.profile() == Profile.EXTERNAL_PARTNER) {
      return store.directory().findInvitation(group, person.id())
          .map(i -> i.inForceAt(at)).orElse(false);
    }
    return store.directory().findGroup(group).map(g -> g.hasMember(person.id())).orElse(false);
  }
}
