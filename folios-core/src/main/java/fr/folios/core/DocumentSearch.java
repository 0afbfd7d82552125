package fr.folios.core;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.internal.Access;
import fr.folios.core.internal.DocumentIndexing;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.spi.Persistence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds a person's documents by name and by content: theirs, those of the class and group
 * spaces they read, and those shared with them — never anyone else's.
 *
 * <p>The index only proposes documents of the spaces the person reaches; each is then checked
 * against the repository with the same rule as {@link Spaces#canRead}, so a share revoked or a
 * class left a moment ago is honoured even before the index hears of it. Documents in a trash
 * are left out. Safe for concurrent use.
 */
public final class DocumentSearch {

  /** The most documents one search returns. */
  public static final int MAX_LIMIT = 100;

  /** The longest text searched; longer text is cut there. */
  public static final int MAX_TEXT_LENGTH = 1_000;

  /** How many candidates are read at first for each document asked. */
  private static final int CANDIDATES_PER_HIT = 20;

  /**
   * The most candidates read for one search: while too few of them may be shown (a trashed
   * folder holding many matches), more are read, up to this many.
   */
  private static final int MAX_CANDIDATES = 5_000;

  private final Persistence store;

  private final Access access;

  private final Spaces spaces;

  private final @Nullable DocumentIndexing indexing;

  DocumentSearch(Persistence store, Access access, Spaces spaces,
      @Nullable DocumentIndexing indexing) {
    this.store = store;
    this.access = access;
    this.spaces = spaces;
    this.indexing = indexing;
  }

  /**
   * Searches the documents the actor may read.
   *
   * @param actor who searches
   * @param text the words, searched as text whatever characters they hold; cut at
   *     {@value #MAX_TEXT_LENGTH} characters, before the word that limit falls in
   * @param limit the most documents to return, from 1 to {@value #MAX_LIMIT}
   * @return the documents found, best first; none for blank text
   * @throws InvalidInputException if the limit is out of range
   * @throws AccessDeniedException if the actor is unknown
   * @throws IllegalStateException if Folios was built without a document index
   */
  public List<Document> search(Actor actor, String text, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("a document search asked for " + limit + " documents;"
          + " the limit is 1 to " + MAX_LIMIT + ": ask for fewer and page with a narrower search");
    }
    DocumentIndexing documents = requireIndexing();
    Person person = access.person(actor);
    String words = cut(text);
    if (words.isBlank()) {
      return List.of();
    }
    Set<SpaceId> reached = reachedSpaces(person);
    Set<DocumentId> shared = new LinkedHashSet<>();
    addShared(person, shared, reached);

    List<Document> found = new ArrayList<>();
    Set<DocumentId> checked = new HashSet<>();
    for (int wanted = limit * CANDIDATES_PER_HIT; ; wanted = Math.min(wanted * 4, MAX_CANDIDATES)) {
      List<DocumentId> candidates = documents.index().search(words, reached, shared, wanted);
      for (DocumentId candidate : candidates) {
        if (checked.add(candidate) && found.size() < limit) {
          spaces.findable(person, candidate).ifPresent(found::add);
        }
      }
      if (found.size() == limit || candidates.size() < wanted || wanted == MAX_CANDIDATES) {
        return List.copyOf(found);
      }
    }
  }

  /**
   * Rebuilds the document index from the repository, e.g. after a restore, on a new machine,
   * or after a change of text extractor.
   *
   * @param progress told how many documents were indexed out of the total
   * @throws IllegalStateException if Folios was built without a document index
   */
  public void rebuildIndex(ProgressListener progress) {
    requireIndexing().rebuild(progress);
  }

  /**
   * Rebuilds the document index if it does not hold as many documents as the repository, e.g.
   * when its directory was lost or a previous run stopped half-way, or if a change failed to
   * reach it since this Folios last rebuilt it (a full disk, a closed index). Call it when the
   * host starts, and after the cause of an index failure is fixed.
   *
   * @param progress told how many documents were indexed out of the total, if it rebuilds
   * @return {@code true} if the index was rebuilt
   * @throws IllegalStateException if Folios was built without a document index
   */
  public boolean ensureIndexed(ProgressListener progress) {
    return requireIndexing().ensureIndexed(progress);
  }

  /** {@return how many documents the index holds, or -1 without an index} */
  public long indexedSize() {
    return indexing == null ? -1 : indexing.index().size();
  }

  /**
   * The spaces where the person may find anything: their own, and those of their classes and
   * groups. Each hit is still checked.
   */
  private Set<SpaceId> reachedSpaces(Person person) {
    Set<SpaceId> reached = new LinkedHashSet<>();
    addSpace(reached, SpaceKind.PERSONAL, person.id().value());
    for (SchoolClass schoolClass : store.directory().classesOf(person.id())) {
      addSpace(reached, SpaceKind.CLASS, schoolClass.id().value());
    }
    for (Group group : access.groupsOf(person)) {
      addSpace(reached, SpaceKind.GROUP, group.id().value());
    }
    return reached;
  }

  /**
   * Adds what is shared with the person: each document shared by itself, and the whole space
   * of each folder shared (every hit is checked, so only what lies beneath the folder shows).
   */
  private void addShared(Person person, Set<DocumentId> documents, Set<SpaceId> spaces) {
    for (Grantee grantee : access.granteesOf(person.id())) {
      for (Share share : store.shares().sharesTo(grantee)) {
        if (!access.active(share)) {
          continue;
        }
        if (share.item().isFolder()) {
          store.spaces().findFolder(new FolderId(share.item().id()))
              .ifPresent(folder -> spaces.add(folder.space()));
        } else {
          documents.add(share.document());
        }
      }
    }
  }

  /**
   * Cuts a text at {@value #MAX_TEXT_LENGTH} characters, before the word the limit falls in,
   * if any: a word cut in two would be searched as it is and find nothing.
   */
  private static String cut(String text) {
    if (text.length() <= MAX_TEXT_LENGTH) {
      return text;
    }
    int end = MAX_TEXT_LENGTH;
    while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end > 0 ? end : MAX_TEXT_LENGTH);
  }

  private void addSpace(Set<SpaceId> reached, SpaceKind kind, String owner) {
    store.spaces().findSpaceByOwner(kind, owner).map(Space::id).ifPresent(reached::add);
  }

  private DocumentIndexing requireIndexing() {
    if (indexing == null) {
      throw new IllegalStateException("Folios was built without a document index: give one to"
          + " Folios.builder().documentIndex(...), e.g. LuceneDocumentIndex.open(directory)"
          + " from folios-search");
    }
    return indexing;
  }
}
