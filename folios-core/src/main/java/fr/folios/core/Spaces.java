package fr.folios.core;

import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Rights;
import fr.folios.core.directory.Rights.Action;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.internal.Access;
import fr.folios.core.internal.BlobGuard;
import fr.folios.core.internal.ContentGate;
import fr.folios.core.internal.HeadCapture;
import fr.folios.core.internal.PageCursor;
import fr.folios.core.internal.ReadPaths;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentPage;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Download;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.Limit;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Permission;
import fr.folios.core.space.QuotaWarning;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.space.Trash;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.BlobTooLargeException;
import fr.folios.core.spi.DocumentPosition;
import fr.folios.core.spi.HtmlSanitizer;
import fr.folios.core.spi.Persistence;
import fr.folios.core.spi.ReadAccess;
import fr.folios.core.spi.StoredBlob;
import fr.folios.core.spi.TypeDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Spaces, folders, documents and shares: the storage and sharing use cases.
 *
 * <p>Every method takes the {@link Actor} who acts and checks their rights first; an actor who
 * is not a person known to Folios gets an {@link AccessDeniedException}. A refused operation
 * writes nothing: no blob without its record, no record without its blob, usage unchanged.
 * Safe for concurrent use; changes to one space are serialised.
 *
 * <p>The spaces of archived classes and groups (those of a year before their establishment's
 * current school year, see {@link Directory}) are read-only: every method that would add to,
 * delete from or share from such a space, or share into such a class, throws a
 * {@link ConflictException} naming the class or group, its year and the current year. Their
 * documents stay readable by those who were members. Personal spaces belong to their owner
 * whatever their year or establishment, and carry over.
 *
 * <p>A document keeps versions of its content (see {@link #replaceContent}). Every version holds
 * bytes, so it counts against its space's byte limit, in the trash too; a copy takes the current
 * version only; a move takes every version along; deleting or purging a document removes its
 * versions, and their bytes once no document and no version uses them.
 *
 * <p>Deleting is permanent in this version: a deleted document, its shares and (once no other
 * document uses them) its bytes cannot be restored.
 */
public final class Spaces {

  /** The longest text accepted by {@link #createDocument}, in characters. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  private static final String TEXT_TYPE = "text/plain; charset=UTF-8";
  private static final String RICH_TEXT_TYPE = "text/html; charset=UTF-8";
  private static final FolderId ROOT = FolderId.random();

  /** How names are compared, said in the refusals of a taken name. */
  private static final String SAME_NAMES = "names are compared ignoring case, how accents are"
      + " encoded, and compatibility forms such as fullwidth letters";

  private final Persistence store;
  private final BlobStore blobs;
  private final Access access;
  private final Clock clock;
  private final SpaceRules rules;
  private final BlobGuard guard;
  private final ThreadLocal<@Nullable List<QuotaWarning>> warnings = new ThreadLocal<>();

  private final ContentGate gate;
  private final int keptVersions;
  private final @Nullable HtmlSanitizer sanitizer;

  Spaces(Persistence store, BlobStore blobs, Access access, Clock clock, SpaceRules rules,
      ContentGate gate, int keptVersions, @Nullable HtmlSanitizer sanitizer) {
    this.store = store;
    this.blobs = blobs;
    this.access = access;
    this.clock = clock;
    this.rules = rules;
    this.guard = new BlobGuard(blobs, store.spaces(), store.versions());
    this.gate = gate;
    this.keptVersions = keptVersions;
    this.sanitizer = sanitizer;
  }

  /**
   * Returns the actor's personal space, creating it on first use.
   *
   * @param actor who acts
   * @return their personal space
   * @throws AccessDeniedException if the actor is unknown
   */
  public Space personalSpace(Actor actor) {
    Person person = access.person(actor);
    return spaceOf(SpaceKind.PERSONAL, person.id().value(), establishments(
        person.establishments()),
        person.displayName() + " — personal");
  }

  /**
   * Returns the space of a class the actor belongs to, creating it on first use.
   *
   * @param actor who acts
   * @param classId the class
   * @return the class space
   * @throws NotFoundException if the class does not exist
   * @throws AccessDeniedException if the actor is neither a pupil nor a teacher of the class
   */
  public Space classSpace(Actor actor, ClassId classId) {
    Person person = access.person(actor);
    SchoolClass schoolClass = store.directory().findClass(classId).orElseThrow(() ->
        new NotFoundException("class " + classId + " does not exist: list the actor's classes"
            + " to find its identifier"));
    if (!schoolClass.hasMember(person.id())) {
      throw new AccessDeniedException(person.displayName() + " is not a member of class "
          + schoolClass.displayName() + ": only its pupils and teachers use its space");
    }
    return spaceOf(SpaceKind.CLASS, classId.value(),
        establishments(Set.of(schoolClass.establishment())),
        "class " + schoolClass.displayName());
  }

  /**
   * Returns the space of a group the actor belongs to, creating it on first use. Its pupils
   * and staff read it (an external partner through an invitation in force); its staff write
   * it, an external partner never; the space of an archived group is read-only.
   *
   * @param actor who acts
   * @param groupId the group
   * @return the group space
   * @throws NotFoundException if the group does not exist
   * @throws AccessDeniedException if the actor does not belong to the group
   */
  public Space groupSpace(Actor actor, GroupId groupId) {
    Person person = access.person(actor);
    Group group = store.directory().findGroup(groupId).orElseThrow(() ->
        new NotFoundException("group " + groupId + " does not exist: list the actor's groups"
            + " to find its identifier"));
    if (!access.isMember(group, person)) {
      throw new AccessDeniedException(person.displayName() + " is not a member of group "
          + group.code() + " (" + group.year() + "): only its pupils, staff and invited"
          + " partners use its space");
    }
    return spaceOf(SpaceKind.GROUP, groupId.value(),
        establishments(Set.of(group.establishment())),
        "group " + group.code() + " (" + group.year() + ")");
  }

  /**
   * Returns a space the actor may read, with its current usage and limits.
   *
   * @param actor who acts
   * @param spaceId the space
   * @return the space
   * @throws NotFoundException if it does not exist
   * @throws AccessDeniedException if the actor may not read it
   */
  public Space space(Actor actor, SpaceId spaceId) {
    return readable(access.person(actor), spaceId);
  }

  /**
   * Creates a folder.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param parent the folder to create it in, or {@code null} for the space's root
   * @param name its name (see {@link ItemName} for the rules)
   * @return the folder
   * @throws InvalidInputException if the name breaks a rule, or the parent is in another space
   * @throws ConflictException if the parent already holds an item of that name, or the space is an
   *     archived class's or group's
   * @throws QuotaExceededException if the space holds as many folders as its limit
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the parent does not exist
   */
  public Folder createFolder(Actor actor, SpaceId spaceId, @Nullable FolderId parent,
      String name) {
    Person person = access.person(actor);
    ItemName itemName = ItemName.of(name);
    return writing(() -> {
      Space space = writableLocked(person, spaceId);
      checkFolderIn(space, parent);
      checkFreeName(space, parent, itemName);
      Folder folder = new Folder(FolderId.random(), space.id(), parent, itemName, person.id(),
          clock.instant());
      saveUsage(space, space.reserve(0, 0, 1, "folder '" + itemName + "'"));
      store.spaces().saveFolder(folder);
      return folder;
    });
  }

  /**
   * Finds an item of a folder by name, ignoring case.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param parent the folder, or {@code null} for the root
   * @param name the name
   * @return the folder of that name, or empty
   * @throws InvalidInputException if the name breaks a rule
   * @throws AccessDeniedException if the actor may not read the space
   * @throws NotFoundException if the space does not exist
   */
  public Optional<Folder> findFolder(Actor actor, SpaceId spaceId, @Nullable FolderId parent,
      String name) {
    String key = ItemName.of(name).key();
    return folders(actor, spaceId, parent).stream()
        .filter(folder -> folder.name().key().equals(key)).findFirst();
  }

  /**
   * Lists the folders directly under a parent, by name.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param parent the folder, or {@code null} for the root
   * @return the folders
   * @throws AccessDeniedException if the actor may not read the space
   * @throws NotFoundException if the space does not exist
   */
  public List<Folder> folders(Actor actor, SpaceId spaceId, @Nullable FolderId parent) {
    readable(access.person(actor), spaceId);
    return store.spaces().folders(spaceId, parent);
  }

  /**
   * Lists the documents directly in a folder, by name.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @return the documents
   * @throws AccessDeniedException if the actor may not read the space
   * @throws NotFoundException if the space does not exist
   */
  public List<Document> documents(Actor actor, SpaceId spaceId, @Nullable FolderId folder) {
    readable(access.person(actor), spaceId);
    return store.spaces().documents(spaceId, folder);
  }

  /**
   * Stores a file as a new document. The content is streamed and its size counted while
   * reading: a declared size is never trusted.
   *
   * <p>The recorded media type is the one the host's {@link TypeDetector} tells from the stored
   * bytes; the name may only narrow it (see {@link TypeDetector#detect}). A file whose type, or
   * whose name's type, is denied (see {@link fr.folios.core.space.DeniedTypes}) is refused, and
   * so is one the host's {@link fr.folios.core.spi.ContentScanner} finds infected or, unless the
   * host chose otherwise, could not scan. The document becomes visible only after these checks;
   * a refused file leaves no bytes, no record and no usage.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name
   * @param content the bytes; read to the end (or until a limit is passed), not closed
   * @return the document
   * @throws QuotaExceededException if the file or the space would pass a limit
   * @throws ConflictException if the folder already holds an item of that name, or the space is an
   *     archived class's or group's
   * @throws InvalidInputException if the name breaks a rule, the folder is in another space,
   *     the type is denied, or the scanner finds the content infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files (the default); the caller may try again later
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   * @throws UncheckedIOException if the content cannot be read or stored; nothing is kept
   */
  public Document upload(Actor actor, SpaceId spaceId, @Nullable FolderId folder, String name,
      InputStream content) {
    return upload(actor, spaceId, folder, name, content, NameConflict.REFUSE);
  }

  /**
   * Stores a file as a new document, as {@link #upload(Actor, SpaceId, FolderId, String,
   * InputStream)} does, choosing what happens when the folder already holds an item of that
   * name: refuse, or take the first free numbered name ("cv (1).pdf"), chosen when the
   * document is recorded so that two uploads of one name at once both get a name.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name; the returned document tells the name it got
   * @param content the bytes; read to the end (or until a limit is passed), not closed
   * @param onConflict what to do when the name is taken
   * @return the document
   * @throws QuotaExceededException if the file or the space would pass a limit
   * @throws ConflictException if the name is taken and {@code onConflict} is {@link
   *     NameConflict#REFUSE}, or the space is an archived class's or group's
   * @throws InvalidInputException if the name breaks a rule, the folder is in another space,
   *     the type is denied, or the scanner finds the content infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files (the default); the caller may try again later
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   * @throws UncheckedIOException if the content cannot be read or stored; nothing is kept
   */
  public Document upload(Actor actor, SpaceId spaceId, @Nullable FolderId folder, String name,
      InputStream content, NameConflict onConflict) {
    Objects.requireNonNull(content, "content");
    return store(actor, spaceId, folder, name, null, null, content, onConflict);
  }

  /**
   * Creates a plain-text document. Its type is {@code text/plain; charset=UTF-8}, since Folios
   * encodes the text itself; the deny-list still applies to the type its name claims, and the
   * host's scanner still reads it before it becomes visible.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name
   * @param text its text, at most {@value #MAX_TEXT_LENGTH} characters
   * @return the document
   * @throws InvalidInputException if the text is too long, the name breaks a rule or claims a
   *     denied type, the folder is in another space, or the scanner finds the text infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws QuotaExceededException if the text or the space would pass a limit
   * @throws ConflictException if the folder already holds an item of that name, or the space is an
   *     archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   */
  public Document createDocument(Actor actor, SpaceId spaceId, @Nullable FolderId folder,
      String name, String text) {
    return createDocument(actor, spaceId, folder, name, text, NameConflict.REFUSE);
  }

  /**
   * Creates a plain-text document, as {@link #createDocument(Actor, SpaceId, FolderId, String,
   * String)} does, choosing what happens when the folder already holds an item of that name.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name; the returned document tells the name it got
   * @param text its text, at most {@value #MAX_TEXT_LENGTH} characters
   * @param onConflict what to do when the name is taken: refuse, or number it
   * @return the document
   * @throws InvalidInputException if the text is too long, the name breaks a rule or claims a
   *     denied type, the folder is in another space, or the scanner finds the text infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws QuotaExceededException if the text or the space would pass a limit
   * @throws ConflictException if the name is taken and {@code onConflict} is {@link
   *     NameConflict#REFUSE}, or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   */
  public Document createDocument(Actor actor, SpaceId spaceId, @Nullable FolderId folder,
      String name, String text, NameConflict onConflict) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException("the text of '" + name + "' holds " + text.length()
          + " characters; the limit is " + MAX_TEXT_LENGTH + ": upload it as a file instead");
    }
    return store(actor, spaceId, folder, name, TEXT_TYPE, null,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), onConflict);
  }

  /**
   * Copies a catalogue resource into a space as a text document: its title, summary, text,
   * source and link. The document's name is the resource's title. The actor must see the
   * resource: published within their scopes, or authored by them.
   *
   * @param actor who acts
   * @param resourceId the resource
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @return the document
   * @throws NotFoundException if the resource, the space or the folder does not exist, or the
   *     actor may not see the resource
   * @throws InvalidInputException if the folder is in another space
   * @throws QuotaExceededException if the space would pass a limit
   * @throws ConflictException if the folder already holds an item of that name, or the space is an
   *     archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws UnavailableException if the host's scanner could not scan the text and the host
   *     refuses unscanned files
   */
  public Document copyFromCatalogue(Actor actor, ResourceId resourceId, SpaceId spaceId,
      @Nullable FolderId folder) {
    return copyFromCatalogue(actor, resourceId, spaceId, folder, NameConflict.REFUSE);
  }

  /**
   * Copies a catalogue resource into a space as a text document, as {@link
   * #copyFromCatalogue(Actor, ResourceId, SpaceId, FolderId)} does, choosing what happens when
   * the folder already holds an item of the resource's title: refuse, or number it.
   *
   * @param actor who acts
   * @param resourceId the resource
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param onConflict what to do when the name is taken
   * @return the document
   * @throws NotFoundException if the resource, the space or the folder does not exist, or the
   *     actor may not see the resource
   * @throws InvalidInputException if the folder is in another space
   * @throws QuotaExceededException if the space would pass a limit
   * @throws ConflictException if the name is taken and {@code onConflict} is {@link
   *     NameConflict#REFUSE}, or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws UnavailableException if the host's scanner could not scan the text and the host
   *     refuses unscanned files
   */
  public Document copyFromCatalogue(Actor actor, ResourceId resourceId, SpaceId spaceId,
      @Nullable FolderId folder, NameConflict onConflict) {
    Audience audience = CatalogueAudiences.of(store.directory(), access.person(actor));
    CatalogueResource resource = store.catalogue().findResource(resourceId)
        .filter(audience::sees).orElseThrow(() -> new NotFoundException("catalogue resource '"
            + resourceId + "' does not exist or is not published for you: search the catalogue"
            + " for its identifier"));
    byte[] text = render(resource).getBytes(StandardCharsets.UTF_8);
    return store(actor, spaceId, folder, nameFor(resource.title()), TEXT_TYPE,
        "catalogue:" + resourceId, new ByteArrayInputStream(text), onConflict);
  }

  /**
   * Copies a document the actor may read into a space they may write, or into a folder they
   * contribute to (see {@link Permission#CONTRIBUTE}): the copy is then their contribution. The
   * bytes are not duplicated; the target space counts them against its own limits.
   *
   * @param actor who acts
   * @param documentId the document to copy
   * @param spaceId the target space
   * @param folder the target folder, or {@code null} for the root
   * @return the copy
   * @throws NotFoundException if the document, the space or the folder does not exist
   * @throws InvalidInputException if the folder is not in the target space
   * @throws AccessDeniedException if the actor may not read the document, or neither writes
   *     the space nor contributes to the folder
   * @throws QuotaExceededException if the target space would pass a limit, or the document is
   *     larger than the target space takes per file
   * @throws ConflictException if the target folder already holds an item of that name, or the
   *     space is an archived class's or group's
   */
  public Document copy(Actor actor, DocumentId documentId, SpaceId spaceId,
      @Nullable FolderId folder) {
    return copy(actor, documentId, spaceId, folder, NameConflict.REFUSE);
  }

  /**
   * Copies a document, as {@link #copy(Actor, DocumentId, SpaceId, FolderId)} does, choosing
   * what happens when the target folder already holds an item of its name: refuse, or take the
   * first free numbered name, so that a document copied into its own folder becomes "cv
   * (1).pdf".
   *
   * @param actor who acts
   * @param documentId the document to copy
   * @param spaceId the target space
   * @param folder the target folder, or {@code null} for the root
   * @param onConflict what to do when the name is taken
   * @return the copy, with the name it got
   * @throws NotFoundException if the document, the space or the folder does not exist
   * @throws InvalidInputException if the folder is not in the target space
   * @throws AccessDeniedException if the actor may not read the document, or neither writes
   *     the space nor contributes to the folder
   * @throws QuotaExceededException if the target space would pass a limit, or the document is
   *     larger than the target space takes per file
   * @throws ConflictException if the name is taken and {@code onConflict} is {@link
   *     NameConflict#REFUSE}, or the space is an archived class's or group's
   */
  public Document copy(Actor actor, DocumentId documentId, SpaceId spaceId,
      @Nullable FolderId folder, NameConflict onConflict) {
    Objects.requireNonNull(onConflict, "onConflict");
    Person person = access.person(actor);
    readableDocument(person, documentId);
    guard.begin();
    try {
      return writing(() -> {
        Document source = document(documentId); // after begin(): its blob is kept for us
        Space target = receiving("copy", person, source.name(), store.spaces()
            .lockSpace(spaceId).orElseThrow(() -> missingSpace(spaceId)), folder);
        refuseTrashed(source);
        Document copy = new Document(DocumentId.random(), target.id(), folder, source.name(),
            source.blob(), source.size(), source.mediaType(), person.id(), clock.instant(),
            "document:" + source.id());
        return record(target, copy, onConflict);
      });
    } finally {
      guard.end();
      guard.drain();
    }
  }

  /**
   * Opens a document's bytes; the caller closes the stream.
   *
   * @param actor who acts
   * @param documentId the document
   * @return its content
   * @throws AccessDeniedException if the actor may not read it
   * @throws NotFoundException if it does not exist
   * @throws UncheckedIOException if the blob store cannot be read
   */
  public InputStream open(Actor actor, DocumentId documentId) {
    Document document = readableDocument(access.person(actor), documentId);
    try {
      return blobs.open(document.blob());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read document '" + document.name() + "'", e);
    }
  }

  /**
   * Tells whether the actor may read a document.
   *
   * @param actor who acts
   * @param documentId the document
   * @return {@code true} if they may
   * @throws NotFoundException if the document does not exist
   * @throws AccessDeniedException if the actor is not a person known to Folios
   */
  public boolean canRead(Actor actor, DocumentId documentId) {
    ReadAccess facts = store.readAccess(actor.person(), documentId, clock.instant());
    if (facts.reader() == null) {
      access.person(actor);
    }
    if (!facts.documentFound()) {
      document(documentId);
    }
    if (facts.inTrash()) {
      return mayRead(access.person(actor), document(documentId));
    }
    return access.reads(facts);
  }

  /**
   * Returns a document if it exists, is out of the trash (itself and its folders) and the
   * person may read it: what a search may show them.
   *
   * @param person who searches
   * @param documentId the document
   * @return the document, or empty
   */
  Optional<Document> findable(Person person, DocumentId documentId) {
    return store.spaces().findDocument(documentId)
        .filter(document -> !inTrash(document) && mayRead(person, document));
  }

  /**
   * Shares a document with a person, who may then read it. Sharing again with the same person
   * returns the share in force, with the end date given now.
   *
   * @param actor who acts; they must be able to write the document's space
   * @param documentId the document
   * @param recipient who receives it
   * @param endsAt when the share ends, after now, or {@code null} for no end
   * @return the share
   * @throws InvalidInputException if the end is not after now
   * @throws AccessDeniedException if the actor may not share it, or not with that person
   * @throws NotFoundException if the document or the person does not exist
   * @throws ConflictException if the document's space is an archived class's or group's
   */
  public Share shareWithPerson(Actor actor, DocumentId documentId, PersonId recipient,
      @Nullable Instant endsAt) {
    return share(actor, SharedItem.document(documentId), Grantee.person(recipient),
        Permission.READ, endsAt);
  }

  /**
   * Shares a document into a class's space: every pupil and teacher of the class may then read
   * it. Sharing again into the same class returns the share in force, with the end date given
   * now.
   *
   * @param actor who acts; they must teach the class and be able to write the document's space
   * @param documentId the document
   * @param classId the class
   * @param endsAt when the share ends, after now, or {@code null} for no end
   * @return the share
   * @throws InvalidInputException if the end is not after now
   * @throws AccessDeniedException if the actor may not share the document or does not teach
   *     the class
   * @throws NotFoundException if the document or the class does not exist
   * @throws ConflictException if the class, or the document's class or group space, is
   *     archived: see {@link Directory}
   */
  public Share shareWithClass(Actor actor, DocumentId documentId, ClassId classId,
      @Nullable Instant endsAt) {
    return share(actor, SharedItem.document(documentId), Grantee.classSpace(classId),
        Permission.READ, endsAt);
  }

  /**
   * Shares a document into a group's space: every member of the group (an external partner
   * through an invitation in force) may then read it. Sharing again into the same group
   * returns the share in force, with the end date given now.
   *
   * @param actor who acts; they must be staff of the group and able to write the document's
   *     space
   * @param documentId the document
   * @param groupId the group
   * @param endsAt when the share ends, after now, or {@code null} for no end
   * @return the share
   * @throws InvalidInputException if the end is not after now
   * @throws AccessDeniedException if the actor may not share the document or is not staff of
   *     the group
   * @throws NotFoundException if the document or the group does not exist
   * @throws ConflictException if the group, or the document's class or group space, is
   *     archived
   */
  public Share shareWithGroup(Actor actor, DocumentId documentId, GroupId groupId,
      @Nullable Instant endsAt) {
    return share(actor, SharedItem.document(documentId), Grantee.groupSpace(groupId),
        Permission.READ, endsAt);
  }

  /**
   * Shares a document or a folder with a person, a class space or a group space. A share on a
   * folder covers everything beneath it, at any depth, as long as it is there: items added or
   * moved in later are covered, items moved out are not. Sharing the same item again with the
   * same grantee returns the share in force, with the permission and end given now.
   *
   * <p>The actor must be able to write the item's space and share ({@link Rights}); a person
   * must be one they may share with (same establishment, seen by them, receiving shares); a
   * class one they teach; a group one they are staff of. {@link Permission#CONTRIBUTE} is for
   * folders only: see {@link Permission}.
   *
   * @param actor who acts
   * @param item the document or folder
   * @param grantee who receives it
   * @param permission what the grantee may do
   * @param endsAt when the share ends, after now, or {@code null} for no end
   * @return the share
   * @throws InvalidInputException if the end is not after now, or a document is shared for
   *     contribution
   * @throws AccessDeniedException if the actor may not share the item, or not with the grantee
   * @throws NotFoundException if the item or the grantee does not exist
   * @throws ConflictException if the item is in the trash, or its space or the class or group
   *     is archived
   */
  public Share share(Actor actor, SharedItem item, Grantee grantee, Permission permission,
      @Nullable Instant endsAt) {
    Person person = access.person(actor);
    Objects.requireNonNull(permission, "permission");
    if (permission == Permission.CONTRIBUTE && !item.isFolder()) {
      throw new InvalidInputException("document " + item.id() + " cannot be shared for"
          + " contribution: contribution adds documents to a folder; share a folder, or"
          + " share the document to read");
    }
    String name = sharableItem(person, item);
    checkGrantee(person, grantee);
    return grant(person, item, name, grantee, permission, endsAt, null);
  }

  /**
   * Re-shares, for reading, what a share gives the actor, with a person they may share with.
   * The re-share is never wider than the share it comes from: read only, on the same item,
   * ending no later. It holds only as long as its source is in force and still reaches the
   * actor (who may have left the class or group it was shared with), and revoking the source
   * revokes it.
   *
   * @param actor who acts; their profile must re-share ({@link Rights.Action#RESHARE})
   * @param sourceId the share through which the actor reads the item
   * @param recipient who receives it
   * @param endsAt when the re-share ends, after now and no later than the source, or {@code
   *     null} for the source's end as it stands now; the end is copied, so a later change of the
   *     source's end does not move it, but the re-share never grants more than its source: it
   *     grants nothing once the source has ended, whatever its own end says
   * @return the re-share
   * @throws InvalidInputException if the end is not after now, or after the source's end
   * @throws AccessDeniedException if the actor does not re-share, the source does not reach
   *     them, or they may not share with the recipient
   * @throws NotFoundException if the source or the recipient does not exist
   */
  public Share reshare(Actor actor, ShareId sourceId, PersonId recipient,
      @Nullable Instant endsAt) {
    Person person = access.person(actor);
    Share source = store.shares().findShare(sourceId).orElseThrow(() -> missingShare(sourceId));
    if (!access.allows(person, Action.RESHARE)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "', which does not re-share what is shared with"
          + " it: ask the owner to share it");
    }
    if (!new ReadPaths(store, clock.instant()).holds(source, person)) {
      throw new AccessDeniedException("share " + sourceId + " does not give "
          + person.displayName() + " access now: only what one reads through a share in force"
          + " may be re-shared");
    }
    Instant end = endsAt == null ? source.endsAt() : endsAt;
    if (source.endsAt() != null && end != null && end.isAfter(source.endsAt())) {
      throw new InvalidInputException("a re-share ending at " + end + " would outlast share "
          + sourceId + ", which ends at " + source.endsAt() + ": give an end no later");
    }
    checkGrantee(person, Grantee.person(recipient));
    return grant(person, source.item(), itemName(source.item()), Grantee.person(recipient),
        Permission.READ, end, source.id());
  }

  /**
   * Lists the shares in force on a document or a folder and on the folders above it,
   * re-shares included: who receives the item, directly or by inheritance.
   *
   * @param actor who acts; they must be able to write the item's space
   * @param item the document or folder
   * @return the shares, the item's own first, then those of each folder up to the root, each
   *     by grant time
   * @throws AccessDeniedException if the actor may not write the item's space
   * @throws NotFoundException if the item does not exist
   */
  public List<Share> grants(Actor actor, SharedItem item) {
    Person person = access.person(actor);
    Space space = found(spaceOfItem(item));
    if (!access.canWrite(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not list the shares of '"
          + itemName(item) + "': only who may write space '" + space.name() + "' may");
    }
    List<SharedItem> items = new ArrayList<>();
    items.add(item);
    ReadPaths paths = new ReadPaths(store, clock.instant());
    paths.foldersAbove(parentOf(item)).forEach(f -> items.add(SharedItem.folder(f.id())));
    List<Share> found = new ArrayList<>();
    items.forEach(i -> store.shares().sharesOf(i).stream().filter(access::active)
        .forEach(found::add));
    return found;
  }

  /**
   * Lists the documents shared with the actor, directly or through their classes and groups,
   * whose share holds: the documents shared, and every document beneath the folders shared,
   * out of the trash. Reads them page by page, as {@link #sharedWithMe(Actor, String, int)}
   * lists them.
   *
   * @param actor who acts
   * @return the documents, by name (see {@link DocumentPosition#ORDER})
   * @throws AccessDeniedException if the actor is not a person known to Folios
   */
  public List<Document> sharedWithMe(Actor actor) {
    List<Document> all = new ArrayList<>();
    String cursor = null;
    do {
      DocumentPage page = sharedWithMe(actor, cursor, DocumentPage.MAX_LIMIT);
      all.addAll(page.documents());
      cursor = page.next();
    } while (cursor != null);
    return all;
  }

  /**
   * Lists one page of the documents shared with the actor, as {@link #sharedWithMe(Actor)}
   * finds them, by the key of their names compared code point by code point, then by
   * identifier (see {@link DocumentPosition#ORDER}). Ask for the first page with a {@code
   * null} cursor, then for each next one with the cursor the page before returned. The order is
   * stable: a document shared, renamed or unshared meanwhile is listed at most once, where its
   * name puts it; one whose name sorts before the cursor is not listed again.
   *
   * @param actor who acts
   * @param cursor the {@link DocumentPage#next()} of the previous page, or {@code null} for
   *     the first
   * @param limit the most documents the page may hold, 1 to {@value DocumentPage#MAX_LIMIT}
   * @return the page, with the cursor of the next one if more documents follow
   * @throws InvalidInputException if the limit is out of range, or the cursor is not one a page
   *     returned
   * @throws AccessDeniedException if the actor is not a person known to Folios
   */
  public DocumentPage sharedWithMe(Actor actor, @Nullable String cursor, int limit) {
    Person person = access.person(actor);
    if (limit < 1 || limit > DocumentPage.MAX_LIMIT) {
      throw new InvalidInputException("page size " + limit + " is out of range: use 1 to "
          + DocumentPage.MAX_LIMIT + " and follow the next cursor for more");
    }
    DocumentPosition after = cursor == null ? null : PageCursor.parse(cursor);

    List<Document> found = store.sharedWith(person.id(), clock.instant(), after, limit + 1);

    if (found.size() <= limit) {
      return new DocumentPage(found, null);
    }
    List<Document> page = found.subList(0, limit);
    return new DocumentPage(page, PageCursor.of(DocumentPosition.of(page.get(limit - 1))));
  }

  /**
   * Lists everyone who may read a document now: its space's readers and its recipients.
   *
   * @param actor who acts; they must be able to write the document's space
   * @param documentId the document
   * @return the readers, by last name then first name in French alphabetical order
   * @throws AccessDeniedException if the actor may not manage the document
   * @throws NotFoundException if it does not exist
   */
  public List<Person> readers(Actor actor, DocumentId documentId) {
    Person person = access.person(actor);
    Document document = document(documentId);
    checkMay("list the readers of", person, document, spaceOf(document));
    Set<PersonId> ids = new LinkedHashSet<>(spaceMembers(spaceOf(document)));
    for (Share share : grants(actor, SharedItem.document(documentId))) {
      ids.addAll(members(share.grantee()));
    }
    List<Person> readers = new ArrayList<>();
    ids.forEach(id -> store.directory().findPerson(id).filter(p -> mayRead(p, document))
        .ifPresent(readers::add));
    Collator french = Collator.getInstance(Locale.FRENCH);
    readers.sort(Comparator.comparing(Person::lastName, french)
        .thenComparing(Person::firstName, french));
    return readers;
  }

  /**
   * Deletes a document, with its shares and versions, and gives their bytes and its place back
   * to its space.
   * A deletion is never refused for a quota. The bytes are removed from the blob store once no
   * other document (a copy) uses them. Deletion is permanent.
   *
   * @param actor who acts; they must be able to write the document's space
   * @param documentId the document
   * @throws NotFoundException if the document does not exist
   * @throws AccessDeniedException if the actor may not write the document's space
   * @throws ConflictException if the document's space is an archived class's or group's
   */
  public void deleteDocument(Actor actor, DocumentId documentId) {
    Person person = access.person(actor);
    List<BlobKey> freed = store.transactions().inTransaction(() -> {
      Space space = lockedSpaceOf(document(documentId));
      Document document = document(documentId); // again under the lock: released only once
      checkMay("delete", person, document, space);
      refuseArchived(space);
      VersionHistory history = historyOf(document);
      store.versions().deleteVersionsOf(document.id());
      store.spaces().deleteDocument(document.id());
      store.spaces().saveSpace(space.release(history.heldBytes(), 1, 0));
      return history.all().stream().map(DocumentVersion::blob).toList();
    });
    freed.forEach(guard::discard);
  }

  /**
   * Renames a document in its folder.
   *
   * @param actor who acts; they must be able to write the document's space, or have added it
   *     to a folder they still contribute to (see {@link Permission#CONTRIBUTE})
   * @param documentId the document
   * @param newName its new name (see {@link ItemName} for the rules)
   * @param onConflict what to do if the folder holds another item of that name
   * @return the renamed document
   * @throws InvalidInputException if the name breaks a rule
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the document's space
   * @throws NotFoundException if the document does not exist
   */
  public Document renameDocument(Actor actor, DocumentId documentId, String newName,
      NameConflict onConflict) {
    Person person = access.person(actor);
    ItemName name = ItemName.of(newName);
    Objects.requireNonNull(onConflict, "onConflict");
    return store.transactions().inTransaction(() -> {
      Space space = lockedSpaceOf(document(documentId));
      Document document = document(documentId);
      checkMayOrContributed("rename", person, document, space);
      refuseArchived(space);
      refuseTrashed(document);
      Document renamed = placed(document, space.id(), document.folder(), freeName(space,
          document.folder(), name, onConflict, document.id().value()));
      store.spaces().saveDocument(renamed);
      return renamed;
    });
  }

  /**
   * Moves a document to a folder of the same or another space. Between spaces, the target
   * space counts it (with every version it keeps) against its limits before anything moves,
   * and the source space no longer does; its shares and versions follow it.
   *
   * <p>A contributor (see {@link Permission#CONTRIBUTE}) may move a document they added from a
   * space they write into a folder they contribute to, and move their contribution within that
   * folder or back out to a space they write, while the share holds.
   *
   * @param actor who acts; they must be able to write both spaces, or contribute as said
   * @param documentId the document
   * @param spaceId the target space
   * @param folder the target folder, or {@code null} for the root
   * @param onConflict what to do if the target folder holds an item of the same name
   * @return the moved document
   * @throws InvalidInputException if the folder is not in the target space
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     or a space is an archived class's or group's
   * @throws QuotaExceededException if the target space would pass a limit: nothing moved
   * @throws AccessDeniedException if the actor may not write one of the spaces and contributes
   *     neither the document nor to the target folder as said, or moves someone else's
   *     document into a folder they only contribute to
   * @throws NotFoundException if the document, the space or the folder does not exist
   */
  public Document moveDocument(Actor actor, DocumentId documentId, SpaceId spaceId,
      @Nullable FolderId folder, NameConflict onConflict) {
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    return writing(() -> {
      SpaceId sourceId = document(documentId).space();
      List<Space> locked = lockInOrder(sourceId, spaceId);
      Space source = locked.get(0).id().equals(sourceId) ? locked.get(0) : locked.get(1);
      Space target = locked.get(0).id().equals(spaceId) ? locked.get(0) : locked.get(1);
      Document document = document(documentId);
      checkMayOrContributed("move", person, document, source);
      refuseTrashed(document);
      refuseArchived(source);
      receiving("move", person, document.name(), target, folder);
      refuseOthersDocument(person, document, target, folder);
      checkFolderIn(target, folder);
      Document moved = placed(document, target.id(), folder,
          freeName(target, folder, document.name(), onConflict, document.id().value()));
      if (!source.id().equals(target.id())) {
        checkFileSize(target, document, "move");
        long bytes = historyOf(document).heldBytes(); // its versions move with it
        saveUsage(target, target.reserve(bytes, 1, 0, "document '"
            + moved.name() + "' (" + bytes + " bytes with its versions)"));
        store.spaces().saveSpace(source.release(bytes, 1, 0));
      }
      store.spaces().saveDocument(moved);
      return moved;
    });
  }

  /**
   * Renames a folder in its parent.
   *
   * @param actor who acts; they must be able to write the folder's space
   * @param folderId the folder
   * @param newName its new name (see {@link ItemName} for the rules)
   * @param onConflict what to do if the parent holds another item of that name
   * @return the renamed folder
   * @throws InvalidInputException if the name breaks a rule
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the folder does not exist
   */
  public Folder renameFolder(Actor actor, FolderId folderId, String newName,
      NameConflict onConflict) {
    Person person = access.person(actor);
    ItemName name = ItemName.of(newName);
    Objects.requireNonNull(onConflict, "onConflict");
    return store.transactions().inTransaction(() -> {
      Space space = writableLocked(person, folder(folderId).space());
      Folder folder = folder(folderId);
      refuseTrashed(folder);
      return placed(folder, folder.parent(),
          freeName(space, folder.parent(), name, onConflict, folder.id().value()));
    });
  }

  /**
   * Moves a folder, with everything it holds, under another folder of the same space (or to
   * its root). A folder never moves into itself or one of its subfolders: that is told by
   * walking up from the target through the folders' identities, never by comparing paths.
   *
   * @param actor who acts; they must be able to write the folder's space
   * @param folderId the folder to move
   * @param newParent the folder to move it into, or {@code null} for the space's root
   * @param onConflict what to do if the new parent holds an item of the same name
   * @return the moved folder
   * @throws InvalidInputException if the new parent is the folder itself, one of its
   *     subfolders, or a folder of another space
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if a folder does not exist
   */
  public Folder moveFolder(Actor actor, FolderId folderId, @Nullable FolderId newParent,
      NameConflict onConflict) {
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    return store.transactions().inTransaction(() -> {
      Space space = writableLocked(person, folder(folderId).space());
      Folder folder = folder(folderId);
      refuseTrashed(folder);
      checkFolderIn(space, newParent);
      refuseCycle(folder, newParent);
      return placed(folder, newParent,
          freeName(space, newParent, folder.name(), onConflict, folder.id().value()));
    });
  }

  /**
   * Moves a folder, with everything it holds (its subfolders and documents at any depth, those
   * in the trash included), under a folder of another space, or of the same space as {@link
   * #moveFolder(Actor, FolderId, FolderId, NameConflict)} does. Between spaces, the whole
   * subtree is counted against the target's limits before anything moves, and the source
   * releases it: the move is made entirely or not at all.
   *
   * <p>Shares follow the items they were granted on: a share on the folder or on an item
   * beneath it still holds after the move. Shares inherited from the folders above it in the
   * source no longer reach its items; those of the folders above it in the target do.
   *
   * @param actor who acts; they must be able to write both spaces
   * @param folderId the folder to move
   * @param spaceId the target space
   * @param newParent the folder to move it into, or {@code null} for the target's root
   * @param onConflict what to do if the new parent holds an item of the same name
   * @return the moved folder
   * @throws InvalidInputException if the new parent is not in the target space, or is the
   *     folder itself or one of its subfolders
   * @throws QuotaExceededException if the target would pass a limit, or takes smaller files
   *     than one of the documents: nothing moved
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     the folder is in the trash, or a space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write one of the spaces
   * @throws NotFoundException if a folder or the space does not exist
   */
  public Folder moveFolder(Actor actor, FolderId folderId, SpaceId spaceId,
      @Nullable FolderId newParent, NameConflict onConflict) {
    if (folder(folderId).space().equals(spaceId)) {
      return moveFolder(actor, folderId, newParent, onConflict);
    }
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    return writing(() -> {
      SpaceId sourceId = folder(folderId).space();
      List<Space> locked = lockInOrder(sourceId, spaceId);
      Space source = locked.get(0).id().equals(sourceId) ? locked.get(0) : locked.get(1);
      Space target = locked.get(0).id().equals(spaceId) ? locked.get(0) : locked.get(1);
      checkWritable(person, source);
      checkWritable(person, target);
      Folder folder = folder(folderId);
      refuseTrashed(folder);
      checkFolderIn(target, newParent);
      return moveTree(folder, source, target, newParent,
          freeName(target, newParent, folder.name(), onConflict, folder.id().value()));
    });
  }

  /** Moves a gathered tree to another space, once the target's limits take it all. */
  private Folder moveTree(Folder root, Space source, Space target, @Nullable FolderId parent,
      ItemName name) {
    List<Folder> folders = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    collectWithTrash(root, folders, documents);
    for (Document document : documents) {
      checkFileSize(target, document, "move");
    }
    long bytes = documents.stream().mapToLong(d -> historyOf(d).heldBytes()).sum();
    saveUsage(target, target.reserve(bytes, documents.size(), folders.size(), "folder '"
        + root.name() + "' (" + folders.size() + " folders, " + documents.size()
        + " documents, " + bytes + " bytes)"));
    store.spaces().saveSpace(source.release(bytes, documents.size(), folders.size()));
    Folder moved = new Folder(root.id(), target.id(), parent, name, root.createdBy(),
        root.createdAt(), root.trashedAt());
    store.spaces().saveFolder(moved);
    for (Folder folder : folders.subList(1, folders.size())) {
      store.spaces().saveFolder(new Folder(folder.id(), target.id(), folder.parent(),
          folder.name(), folder.createdBy(), folder.createdAt(), folder.trashedAt()));
    }
    for (Document d : documents) {
      store.spaces().saveDocument(new Document(d.id(), target.id(), d.folder(), d.name(),
          d.blob(), d.size(), d.mediaType(), d.createdBy(), d.createdAt(), d.origin(),
          d.trashedAt()));
    }
    return moved;
  }

  /** Gathers a folder and everything beneath it, the trash included, parents first. */
  private void collectWithTrash(Folder root, List<Folder> folders, List<Document> documents) {
    List<Folder> trashedFolders = store.spaces().trashedFolders(root.space());
    List<Document> trashedDocuments = store.spaces().trashedDocuments(root.space());
    folders.add(root);
    for (int i = 0; i < folders.size(); i++) {
      FolderId at = folders.get(i).id();
      documents.addAll(store.spaces().documents(root.space(), at));
      trashedDocuments.stream().filter(d -> at.equals(d.folder())).forEach(documents::add);
      folders.addAll(store.spaces().folders(root.space(), at));
      trashedFolders.stream().filter(f -> at.equals(f.parent())).forEach(folders::add);
    }
  }

  /**
   * Copies a folder with everything it holds (its subfolders and documents, deep) under a
   * folder of the same or another space. The copies share their originals' stored bytes. The
   * whole copy is counted against the target space's limits before anything is written: it is
   * made entirely or not at all. A folder is never copied into itself or one of its subfolders.
   *
   * @param actor who acts; they must be able to read the folder's space and write the target
   * @param folderId the folder to copy
   * @param spaceId the target space
   * @param parent the target folder, or {@code null} for the target space's root
   * @param onConflict what to do if the target folder holds an item of the copy's name
   * @return the new folder
   * @throws InvalidInputException if the target folder is in another space than {@code
   *     spaceId}, or is the folder itself or one of its subfolders
   * @throws QuotaExceededException if the copy would pass a limit of the target space, or one
   *     of its documents is larger than the target takes per file: nothing is copied
   * @throws ConflictException if the name is taken and {@code onConflict} is {@code REFUSE},
   *     or the target is an archived class's or group's space
   * @throws AccessDeniedException if the actor may not read the folder or write the target
   * @throws NotFoundException if a folder or the space does not exist
   */
  public Folder copyFolder(Actor actor, FolderId folderId, SpaceId spaceId,
      @Nullable FolderId parent, NameConflict onConflict) {
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    readable(person, folder(folderId).space());
    guard.begin();
    try {
      return writing(() -> {
        Space target = writableLocked(person, spaceId);
        Folder source = folder(folderId);
        refuseTrashed(source);
        checkFolderIn(target, parent);
        if (source.space().equals(target.id())) {
          refuseCycle(source, parent);
        }
        List<Folder> folders = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        collect(source, folders, documents);
        for (Document document : documents) {
          checkFileSize(target, document, "copy");
        }
        long bytes = documents.stream().mapToLong(Document::size).sum();
        saveUsage(target, target.reserve(bytes, documents.size(), folders.size(), "folder '"
            + source.name() + "' (" + folders.size() + " folders, " + documents.size()
            + " documents, " + bytes + " bytes)"));
        return copyTree(person, source, folders, documents, target,
            new Folder(FolderId.random(), target.id(), parent,
                freeName(target, parent, source.name(), onConflict, ""), person.id(),
                clock.instant()));
      });
    } finally {
      guard.end();
      guard.drain();
    }
  }

  /**
   * Puts a document in its space's trash. It leaves its folder's listing, and nobody reads it
   * any more (through the space or a share) but those who may write the space, who can restore
   * or purge it. It keeps its place, its shares and its bytes, and still counts against the
   * space's limits until it is purged: restoring it never passes a limit. Putting a document in
   * the trash is never refused for a quota; one already there is left as it is.
   *
   * @param actor who acts; they must be able to write the document's space, or have added it
   *     to a folder they still contribute to (see {@link Permission#CONTRIBUTE})
   * @param documentId the document
   * @return the document, in the trash
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   * @throws ConflictException if the space is an archived class's or group's
   * @throws NotFoundException if the document does not exist
   */
  public Document trashDocument(Actor actor, DocumentId documentId) {
    Person person = access.person(actor);
    return store.transactions().inTransaction(() -> {
      Space space = lockedSpaceOf(document(documentId));
      Document document = document(documentId);
      checkMayOrContributed("put in the trash", person, document, space);
      refuseArchived(space);
      if (document.trashed()) {
        return document;
      }
      Document trashed = document.withTrashedAt(clock.instant());
      store.spaces().saveDocument(trashed);
      return trashed;
    });
  }

  /**
   * Puts a folder, with everything it holds, in its space's trash, as {@link #trashDocument}
   * does for a document.
   *
   * @param actor who acts; they must be able to write the folder's space
   * @param folderId the folder
   * @return the folder, in the trash
   * @throws AccessDeniedException if the actor may not write the space
   * @throws ConflictException if the space is an archived class's or group's
   * @throws NotFoundException if the folder does not exist
   */
  public Folder trashFolder(Actor actor, FolderId folderId) {
    Person person = access.person(actor);
    return store.transactions().inTransaction(() -> {
      writableLocked(person, folder(folderId).space());
      Folder folder = folder(folderId);
      if (folder.trashed()) {
        return folder;
      }
      Folder trashed = folder.withTrashedAt(clock.instant());
      store.spaces().saveFolder(trashed);
      return trashed;
    });
  }

  /**
   * Lists what a space's trash holds.
   *
   * @param actor who acts; they must be able to write the space
   * @param spaceId the space
   * @return the trashed folders and documents
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space does not exist
   */
  public Trash trash(Actor actor, SpaceId spaceId) {
    Space space = found(spaceId);
    if (!access.canWrite(access.person(actor), space)) {
      throw new AccessDeniedException(access.person(actor).displayName() + " may not see the"
          + " trash of space '" + space.name() + "': only who may write the space may");
    }
    return new Trash(store.spaces().trashedFolders(spaceId),
        store.spaces().trashedDocuments(spaceId));
  }

  /**
   * Takes a document out of the trash, back into its folder, or to the space's root if that
   * folder is gone or in the trash itself. A contributor may restore their own contribution
   * while the share holds, back into its folder only (see {@link Permission#CONTRIBUTE}).
   *
   * @param actor who acts; they must be able to write the document's space, or have added it
   *     to a folder they still contribute to
   * @param documentId the document
   * @param onConflict what to do if an item of its name took its place meanwhile
   * @return the restored document
   * @throws InvalidInputException if the document is not in the trash
   * @throws ConflictException if its name is taken and {@code onConflict} is {@code REFUSE},
   *     the space is an archived class's or group's, or a contributor's folder is gone or in
   *     the trash
   * @throws AccessDeniedException if the actor may not write the space and it is not their
   *     contribution
   * @throws NotFoundException if the document does not exist (it may have been purged)
   */
  public Document restoreDocument(Actor actor, DocumentId documentId,
      NameConflict onConflict) {
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    return store.transactions().inTransaction(() -> {
      Space space = lockedSpaceOf(document(documentId));
      Document document = document(documentId);
      checkMayOrContributed("restore", person, document, space);
      refuseArchived(space);
      if (!document.trashed()) {
        throw new InvalidInputException("document '" + document.name() + "' is not in the"
            + " trash: nothing to restore");
      }
      FolderId folder = restoredParent(document.folder());
      refuseRestoringOutside(person, document, space, folder);
      Document restored = placed(document, space.id(), folder,
          freeName(space, folder, document.name(), onConflict, document.id().value()));
      store.spaces().saveDocument(restored);
      return restored;
    });
  }

  /**
   * Takes a folder, with everything it holds, out of the trash, back under its parent, or to
   * the space's root if that parent is gone or in the trash itself.
   *
   * @param actor who acts; they must be able to write the folder's space
   * @param folderId the folder
   * @param onConflict what to do if an item of its name took its place meanwhile
   * @return the restored folder
   * @throws InvalidInputException if the folder is not in the trash
   * @throws ConflictException if its name is taken and {@code onConflict} is {@code REFUSE}, or
   *     the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the folder does not exist (it may have been purged)
   */
  public Folder restoreFolder(Actor actor, FolderId folderId, NameConflict onConflict) {
    Person person = access.person(actor);
    Objects.requireNonNull(onConflict, "onConflict");
    return store.transactions().inTransaction(() -> {
      Space space = writableLocked(person, folder(folderId).space());
      Folder folder = folder(folderId);
      if (!folder.trashed()) {
        throw new InvalidInputException("folder '" + folder.name() + "' is not in the trash:"
            + " nothing to restore");
      }
      FolderId parent = restoredParent(folder.parent());
      return placed(folder, parent,
          freeName(space, parent, folder.name(), onConflict, folder.id().value()));
    });
  }

  /**
   * Deletes for good what a space's trash holds, or one item of it: documents, folders and
   * everything they hold. The space's usage is released and bytes no other document uses are
   * removed from the blob store.
   *
   * @param actor who acts; they must be able to write the space
   * @param spaceId the space
   * @param item a trashed folder's or document's identifier, or {@code null} for the whole
   *     trash
   * @return how many documents were deleted
   * @throws InvalidInputException if {@code item} is neither a folder nor a document in the
   *     space's trash
   * @throws AccessDeniedException if the actor may not write the space
   * @throws ConflictException if the space is an archived class's or group's
   * @throws NotFoundException if the space does not exist
   */
  public int purge(Actor actor, SpaceId spaceId, @Nullable String item) {
    Person person = access.person(actor);
    List<BlobKey> freed = new ArrayList<>();
    int purged = store.transactions().inTransaction(() -> {
      Space space = writableLocked(person, spaceId);
      List<Folder> folders = new ArrayList<>();
      List<Document> documents = new ArrayList<>();
      Map<FolderId, List<Folder>> trashedFolders = new HashMap<>();
      Map<FolderId, List<Document>> trashedDocuments = new HashMap<>();
      for (Folder f : store.spaces().trashedFolders(spaceId)) {
        if (item == null || f.id().value().equals(item)) {
          folders.add(f);
        }
        trashedFolders.computeIfAbsent(orRoot(f.parent()), k -> new ArrayList<>()).add(f);
      }
      for (Document d : store.spaces().trashedDocuments(spaceId)) {
        if (item == null || d.id().value().equals(item)) {
          documents.add(d);
        }
        trashedDocuments.computeIfAbsent(orRoot(d.folder()), k -> new ArrayList<>()).add(d);
      }
      if (item != null && folders.isEmpty() && documents.isEmpty()) {
        throw new InvalidInputException("'" + item + "' is neither a folder nor a document in"
            + " the trash of space '" + space.name() + "': list the trash to find it");
      }
      for (int i = 0; i < folders.size(); i++) {
        FolderId id = folders.get(i).id();
        documents.addAll(store.spaces().documents(spaceId, id));
        documents.addAll(trashedDocuments.getOrDefault(id, List.of()));
        folders.addAll(store.spaces().folders(spaceId, id));
        folders.addAll(trashedFolders.getOrDefault(id, List.of()));
      }
      Set<DocumentId> seen = new HashSet<>();
      long bytes = 0;
      for (Document d : documents) {
        if (seen.add(d.id())) {
          VersionHistory history = historyOf(d);
          store.versions().deleteVersionsOf(d.id());
          store.spaces().deleteDocument(d.id());
          bytes += history.heldBytes();
          history.all().forEach(v -> freed.add(v.blob()));
        }
      }
      Set<FolderId> gone = new LinkedHashSet<>();
      for (int i = folders.size() - 1; i >= 0; i--) {
        if (gone.add(folders.get(i).id())) {
          store.spaces().deleteFolder(folders.get(i).id());
        }
      }
      store.spaces().saveSpace(space.release(bytes, seen.size(), gone.size()));
      return seen.size();
    });
    freed.forEach(guard::discard);
    return purged;
  }

  /**
   * Removes the stored bytes no document uses any more (trashed documents included) and that
   * were last stored longer ago than a grace period: what an upload interrupted between its
   * bytes and its record leaves behind, on this node or on another sharing the blob store. An
   * operation of the host platform, to run now and then (say nightly).
   *
   * <p>A blob an upload has just deduplicated counts as just stored, and the writes of this
   * Folios instance in flight are waited for, so none of them loses its bytes. Across nodes,
   * choose a grace period far longer than any upload takes (an hour, a day): a write of another
   * node that stores bytes an instant before this collection removes them, and records them an
   * instant after, would otherwise lose them.
   *
   * <p>The grace period is counted on the system clock, which the blob stores' times follow,
   * and not on the clock given to {@link Folios.Builder#clock}: a host that moves that clock to
   * test end dates neither shortens the grace period nor keeps orphans forever.
   *
   * @param grace how long a blob no document uses is kept after it was last stored
   * @param progress told of every blob looked at
   * @return how many blobs were removed
   * @throws IllegalArgumentException if the grace period is negative
   * @throws UncheckedIOException if the blob store cannot be listed or written
   */
  public int collectOrphanBlobs(Duration grace, ProgressListener progress) {
    Objects.requireNonNull(grace, "grace");
    Objects.requireNonNull(progress, "progress");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace period " + grace + " is negative: give zero"
          + " or more, e.g. Duration.ofHours(1)");
    }
    List<BlobKey> candidates = new ArrayList<>();
    try {
      blobs.forEachStoredBefore(Instant.now().minus(grace), candidates::add);
      int removed = 0;
      for (int i = 0; i < candidates.size(); i++) {
        if (guard.removeIfUnused(candidates.get(i))) {
          removed++;
        }
        ProgressListener.report(progress, "blobs", i + 1, candidates.size());
      }
      return removed;
    } catch (IOException e) {
      throw new UncheckedIOException("could not collect orphan blobs: the blob store failed ("
          + e.getMessage() + "); nothing else was changed: try again", e);
    }
  }

  /**
   * Revokes a share: its grantee no longer reads the document through it. Ended shares may be
   * revoked too. A person a document was shared with may revoke that share to remove it from
   * their own view: the document itself is never touched.
   *
   * @param actor who acts; they must have granted the share, be its recipient, or be able to
   *     write the document's space
   * @param shareId the share
   * @throws NotFoundException if the share does not exist (it may have been revoked, or its
   *     document deleted)
   * @throws AccessDeniedException if the actor neither granted the share, nor received it, nor
   *     may write the document's space
   */
  public void revoke(Actor actor, ShareId shareId) {
    Person person = access.person(actor);
    store.transactions().inTransaction(() -> {
      revokeWithReshares(revocable(person, shareId));
      return null;
    });
  }

  /** Deletes a share and, transitively, every re-share made from it, leaves first. */
  private void revokeWithReshares(Share share) {
    List<Share> order = new ArrayList<>(List.of(share));
    Set<ShareId> seen = new HashSet<>(Set.of(share.id()));
    for (int i = 0; i < order.size(); i++) {
      store.shares().resharesOf(order.get(i).id()).stream().filter(r -> seen.add(r.id()))
          .forEach(order::add);
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      store.shares().deleteShare(order.get(i).id());
    }
  }

  private Share revocable(Person person, ShareId shareId) {
    Share share = store.shares().findShare(shareId).orElseThrow(() -> missingShare(shareId));
    Space space = store.spaces().lockSpace(spaceOfItem(share.item()))
        .orElseThrow(() -> missingSpace(spaceOfItem(share.item())));
    boolean recipient = share.grantee().equals(Grantee.person(person.id()));
    if (!recipient && !share.grantedBy().equals(person.id())
        && !access.canWrite(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not revoke share " + shareId
          + " of '" + itemName(share.item()) + "': only who granted it, its recipient, or"
          + " who may write space '" + space.name() + "', may revoke it");
    }
    return share;
  }

  private Share grant(Person person, SharedItem item, String name, Grantee grantee,
      Permission permission, @Nullable Instant endsAt, @Nullable ShareId source) {
    Instant now = clock.instant();
    if (endsAt != null && !endsAt.isAfter(now)) {
      throw new InvalidInputException("a share of '" + name + "' ending at " + endsAt
          + " would end before it starts (now is " + now + "): give a later end, or none");
    }
    return store.transactions().inTransaction(() -> {
      store.spaces().lockSpace(spaceOfItem(item)); // so that no deletion slips in before it
      spaceOfItem(item);
      for (Share existing : store.shares().sharesOf(item)) {
        if (existing.grantee().equals(grantee) && Objects.equals(existing.source(), source)
            && access.active(existing)) {
          return changed(existing, permission, endsAt);
        }
      }
      Share share = new Share(ShareId.random(), item, grantee, permission, person.id(), now,
          endsAt, source);
      store.shares().saveShare(share);
      return share;
    });
  }

  /**
   * Creates a rich-text document from HTML. The HTML is cleaned by the host's {@link
   * HtmlSanitizer} against an allow-list (paragraphs, headings, lists, emphasis, links to
   * {@code http}, {@code https} and {@code mailto} addresses; no script, style, event handler,
   * frame, form or comment), and stored as {@code text/html; charset=UTF-8}: this path is how
   * HTML enters Folios, since the deny-list refuses HTML uploads. The scanner still reads it;
   * a name claiming a denied type other than HTML is refused.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name, e.g. {@code "Compte rendu.html"}
   * @param html the HTML fragment, at most {@value #MAX_TEXT_LENGTH} characters, hostile until
   *     cleaned
   * @return the document
   * @throws IllegalStateException if the host set no {@link HtmlSanitizer} and none is on the
   *     class path (add the {@code folios-storage} module)
   * @throws InvalidInputException if the HTML is too long, the name breaks a rule or claims a
   *     denied type, the folder is in another space, or the scanner finds the text infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws QuotaExceededException if the text or the space would pass a limit
   * @throws ConflictException if the folder already holds an item of that name, or the space is an
   *     archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   */
  public Document createRichText(Actor actor, SpaceId spaceId, @Nullable FolderId folder,
      String name, String html) {
    return createRichText(actor, spaceId, folder, name, html, NameConflict.REFUSE);
  }

  /**
   * Creates a rich-text document, as {@link #createRichText(Actor, SpaceId, FolderId, String,
   * String)} does, choosing what happens when the folder already holds an item of that name.
   *
   * @param actor who acts
   * @param spaceId the space
   * @param folder the folder, or {@code null} for the root
   * @param name the document's name; the returned document tells the name it got
   * @param html the HTML fragment, at most {@value #MAX_TEXT_LENGTH} characters, hostile until
   *     cleaned
   * @param onConflict what to do when the name is taken: refuse, or number it
   * @return the document
   * @throws IllegalStateException if the host set no {@link HtmlSanitizer} and none is on the
   *     class path (add the {@code folios-storage} module)
   * @throws InvalidInputException if the HTML is too long, the name breaks a rule or claims a
   *     denied type, the folder is in another space, or the scanner finds the text infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws QuotaExceededException if the text or the space would pass a limit
   * @throws ConflictException if the name is taken and {@code onConflict} is {@link
   *     NameConflict#REFUSE}, or the space is an archived class's or group's
   * @throws AccessDeniedException if the actor may not write the space
   * @throws NotFoundException if the space or the folder does not exist
   */
  public Document createRichText(Actor actor, SpaceId spaceId, @Nullable FolderId folder,
      String name, String html, NameConflict onConflict) {
    byte[] clean = sanitised(name, html);
    return store(actor, spaceId, folder, name, RICH_TEXT_TYPE, null,
        new ByteArrayInputStream(clean), onConflict);
  }

  /**
   * Replaces a document's content with a file, as a new current version; the earlier content
   * stays as a version that can be opened or restored. The content passes the same checks as
   * an upload (type told from the bytes, deny-list, scanner) under the document's name.
   *
   * <p>Every version holds bytes against the space's limits. A document keeps its current
   * version and at most the number of earlier versions the host chose ({@link
   * Folios.Builder#keptVersions}, 10 unless told otherwise); a new version beyond that drops
   * the oldest, whose bytes go back to the space (and leave the blob store once no document and
   * no version uses them). The space's byte limit is checked on its usage after the change:
   * what the new version adds less what the dropped versions release.
   *
   * <p>A contributor may replace the content of a document they added to a folder they still
   * contribute to (see {@link Permission#CONTRIBUTE}); the folder's space pays for it.
   *
   * @param actor who acts; they must be able to write the document's space, or contribute it
   * @param documentId the document
   * @param content the bytes; read to the end (or until a limit is passed), not closed
   * @return the document with its new content
   * @throws QuotaExceededException if the file is larger than the space takes per file, or the
   *     space would pass its byte limit; nothing changed
   * @throws InvalidInputException if the type is denied, or the scanner finds it infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws ConflictException if the document is in the trash, or its space is an archived
   *     class's or group's
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   * @throws NotFoundException if the document does not exist
   * @throws UncheckedIOException if the content cannot be read or stored; nothing changed
   */
  public Document replaceContent(Actor actor, DocumentId documentId, InputStream content) {
    Objects.requireNonNull(content, "content");
    return replace(access.person(actor), documentId, null, content);
  }

  /**
   * Replaces a document's content with rich text, as {@link #replaceContent} does with a file;
   * the HTML is cleaned as {@link #createRichText} cleans it. A contributor may replace their
   * own contribution's (see {@link Permission#CONTRIBUTE}).
   *
   * @param actor who acts; they must be able to write the document's space, or contribute it
   * @param documentId the document
   * @param html the HTML fragment, at most {@value #MAX_TEXT_LENGTH} characters
   * @return the document with its new content
   * @throws IllegalStateException if no {@link HtmlSanitizer} is set or found
   * @throws QuotaExceededException if the space would pass a limit; nothing changed
   * @throws InvalidInputException if the HTML is too long, the name claims a denied type other
   *     than HTML, or the scanner finds it infected
   * @throws UnavailableException if the scanner could not scan and the host refuses unscanned
   *     files
   * @throws ConflictException if the document is in the trash, or its space is archived
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   * @throws NotFoundException if the document does not exist
   */
  public Document replaceWithRichText(Actor actor, DocumentId documentId, String html) {
    Person person = access.person(actor);
    Document document = document(documentId);
    byte[] clean = sanitised(document.name().value(), html);
    return replace(person, documentId, RICH_TEXT_TYPE, new ByteArrayInputStream(clean));
  }

  /**
   * Lists the versions a document keeps, oldest first, its current version last. A document
   * whose content was never replaced has one version, number 1. Earlier versions are for who
   * may write the space, and for the contributor who added the document (see {@link
   * Permission#CONTRIBUTE}): readers through a share see the current content only.
   *
   * @param actor who acts; they must be able to write the document's space, or contribute it
   * @param documentId the document
   * @return the versions: number, size, type, who wrote each and when
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   * @throws NotFoundException if the document does not exist
   */
  public List<DocumentVersion> versions(Actor actor, DocumentId documentId) {
    Person person = access.person(actor);
    Document document = document(documentId);
    checkMayOrContributed("list the versions of", person, document, spaceOf(document));
    return historyOf(document).all();
  }

  /**
   * Opens a document's current content for a download, with what a host needs to serve it.
   *
   * @param actor who acts; they must be able to read the document
   * @param documentId the document
   * @return the download; the caller closes it
   * @throws AccessDeniedException if the actor may not read it
   * @throws NotFoundException if it does not exist
   * @throws UncheckedIOException if the blob store cannot be read
   */
  public Download download(Actor actor, DocumentId documentId) {
    Document document = readableDocument(access.person(actor), documentId);
    return downloadOf(document, historyOf(document).current());
  }

  /**
   * Opens one kept version of a document for a download.
   *
   * @param actor who acts; they must be able to write the document's space, or contribute it
   *     (see {@link Permission#CONTRIBUTE})
   * @param documentId the document
   * @param number the version's number (see {@link #versions})
   * @return the download; the caller closes it
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   * @throws NotFoundException if the document does not exist, or does not keep that version
   * @throws UncheckedIOException if the blob store cannot be read
   */
  public Download downloadVersion(Actor actor, DocumentId documentId, int number) {
    Person person = access.person(actor);
    Document document = document(documentId);
    checkMayOrContributed("open the versions of", person, document, spaceOf(document));
    return downloadOf(document, kept(document, historyOf(document), number));
  }

  /**
   * Makes an earlier version a document's current content again, as a new version (the
   * versions in between are kept, as for any new version). The restored version's bytes count
   * once more against the space's limits, though the blob store keeps them once.
   *
   * @param actor who acts; they must be able to write the document's space, or contribute it
   *     (see {@link Permission#CONTRIBUTE})
   * @param documentId the document
   * @param number the version to restore (see {@link #versions})
   * @return the document with the restored content
   * @throws NotFoundException if the document does not exist, or does not keep that version
   * @throws QuotaExceededException if the space would pass its byte limit; nothing changed
   * @throws ConflictException if the document is in the trash, or its space is archived
   * @throws AccessDeniedException if the actor may not write the document's space and it is
   *     not their contribution
   */
  public Document restoreVersion(Actor actor, DocumentId documentId, int number) {
    Person person = access.person(actor);
    List<BlobKey> dropped = new ArrayList<>();
    guard.begin();
    try {
      return writing(() -> {
        dropped.clear();
        Document document = replaceable(person, documentId);
        DocumentVersion old = kept(document, historyOf(document), number);
        return addVersion(person, document, old.blob(), old.size(), old.mediaType(), dropped);
      });
    } finally {
      guard.end();
      guard.drain();
      dropped.forEach(guard::discard);
    }
  }

  /** Stores new content as a document's current version; a null type is told from it. */
  private Document replace(Person person, DocumentId documentId, @Nullable String knownType,
      InputStream content) {
    Document before = replaceable(person, documentId, spaceOf(document(documentId)));
    Space space = spaceOf(before);
    long freed = historyOf(before).releasedByAdding(keptVersions);
    List<BlobKey> dropped = new ArrayList<>();
    try {
      return storeAdmitted(space.release(freed, 0, 0), before.name(), knownType, content,
          (stored, type) -> writing(() -> {
            dropped.clear();
            return addVersion(person, replaceable(person, documentId), stored.key(),
                stored.size(), type, dropped);
          }));
    } finally {
      dropped.forEach(guard::discard);
    }
  }

  /** Finds a document whose content the person may replace, under its space's lock. */
  private Document replaceable(Person person, DocumentId documentId) {
    Space locked = lockedSpaceOf(document(documentId));
    return replaceable(person, documentId, locked);
  }

  private Document replaceable(Person person, DocumentId documentId, Space space) {
    Document document = document(documentId);
    checkMayOrContributed("replace the content of", person, document, space);
    refuseArchived(space);
    refuseTrashed(document);
    return document;
  }

  /**
   * Records new content as a document's current version, in a transaction holding its space's
   * lock: checks the limits on the usage after the change, drops the oldest versions beyond
   * those kept, and notes their blobs for removal.
   */
  private Document addVersion(Person person, Document document, BlobKey blob, long size,
      String mediaType, List<BlobKey> dropped) {
    Space space = spaceOf(document);
    VersionHistory history = historyOf(document);
    VersionHistory.Addition addition = history.add(blob, size, mediaType, person.id(),
        clock.instant(), keptVersions);
    Document replaced = new Document(document.id(), document.space(), document.folder(),
        document.name(), blob, size, mediaType, document.createdBy(), document.createdAt(),
        document.origin(), document.trashedAt());
    checkFileSize(space, replaced, "send");
    long added = size - addition.droppedBytes();
    saveUsage(space, added >= 0 ? space.reserve(added, 0, 0, "version "
        + addition.next().number() + " of document '" + document.name() + "' (" + size
        + " bytes)") : space.release(-added, 0, 0));
    if (!history.stored() && !addition.dropped().contains(history.current())) {
      store.versions().saveVersion(history.current()); // version 1, stored from now on
    }
    store.versions().saveVersion(addition.next());
    for (DocumentVersion old : addition.dropped()) {
      store.versions().deleteVersion(document.id(), old.number());
      dropped.add(old.blob());
    }
    store.spaces().saveDocument(replaced);
    return replaced;
  }

  private VersionHistory historyOf(Document document) {
    return VersionHistory.of(document, store.versions().versions(document.id()));
  }

  private static DocumentVersion kept(Document document, VersionHistory history, int number) {
    return history.find(number).orElseThrow(() -> new NotFoundException("document '"
        + document.name() + "' keeps no version " + number + "; it keeps versions "
        + history.numbers() + ": list its versions to choose one"));
  }

  private Download downloadOf(Document document, DocumentVersion version) {
    try {
      return new Download(document.name(), version.mediaType(), version.size(),
          version.number(), version.createdAt(), blobs.open(version.blob()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read version " + version.number()
          + " of document '" + document.name() + "' from the blob store", e);
    }
  }

  /** Cleans HTML with the host's sanitiser and encodes it, refusing too long a text. */
  private byte[] sanitised(String name, String html) {
    Objects.requireNonNull(html, "html");
    if (sanitizer == null) {
      throw new IllegalStateException("rich text '" + name + "' cannot be cleaned: no"
          + " HtmlSanitizer is set or on the class path; add the folios-storage module (it"
          + " provides one through ServiceLoader) or call Folios.builder().htmlSanitizer(...)");
    }
    if (html.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException("the HTML of '" + name + "' holds " + html.length()
          + " characters; the limit is " + MAX_TEXT_LENGTH + ": split it, or upload it as a"
          + " PDF instead");
    }
    return sanitizer.sanitize(html).getBytes(StandardCharsets.UTF_8);
  }

  /** Admits new bytes through the content gate; only sanitised rich text may be HTML. */
  private void admit(String name, String mediaType, BlobKey blob) {
    if (RICH_TEXT_TYPE.equals(mediaType)) {
      gate.admitSanitisedHtml(name, blob, blobs);
    } else {
      gate.admit(name, mediaType, blob, blobs);
    }
  }

  /** Returns a share in force with a new permission and end, saved if they changed. */
  private Share changed(Share existing, Permission permission, @Nullable Instant endsAt) {
    if (existing.permission() == permission && Objects.equals(existing.endsAt(), endsAt)) {
      return existing;
    }
    Share changed = new Share(existing.id(), existing.item(), existing.grantee(), permission,
        existing.grantedBy(), existing.grantedAt(), endsAt, existing.source());
    store.shares().saveShare(changed);
    return changed;
  }

  /** Checks that a person may share an item: they write its space, out of the trash. */
  private String sharableItem(Person person, SharedItem item) {
    if (!item.isFolder()) {
      return sharable(person, new DocumentId(item.id())).name().toString();
    }
    Folder folder = folder(new FolderId(item.id()));
    Space space = found(folder.space());
    if (!access.canWrite(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not share folder '"
          + folder.name() + "' of space '" + space.name() + "': only who may write its space"
          + " may share it");
    }
    refuseArchived(space);
    refuseTrashed(folder);
    return folder.name().toString();
  }

  /** Checks that a person may share with a grantee, as {@link #share} says. */
  private void checkGrantee(Person person, Grantee grantee) {
    switch (grantee.kind()) {
      case PERSON -> access.checkMayShareWith(person, store.directory()
          .findPerson(new PersonId(grantee.id())).orElseThrow(() -> new NotFoundException(
              "person " + grantee.id() + " does not exist: check the identifier")));
      case CLASS -> refuseArchived(access.taughtClass(person, new ClassId(grantee.id())));
      case GROUP -> checkGroupGrantee(person, new GroupId(grantee.id()));
    }
  }

  private void checkGroupGrantee(Person person, GroupId groupId) {
    if (!access.allows(person, Action.SHARE_DOCUMENT)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "', which does not share documents");
    }
    Group group = store.directory().findGroup(groupId).orElseThrow(() -> new NotFoundException(
        "group " + groupId + " does not exist: list the actor's groups to find its identifier"));
    if (person.profile() == Profile.EXTERNAL_PARTNER || !group.staff().contains(person.id())) {
      throw new AccessDeniedException(person.displayName() + " is not staff of group "
          + group.code() + " (" + group.year() + "): only its staff share into its space");
    }
    access.archivedBy(group.establishment(), group.year()).ifPresent(current -> {
      throw new ConflictException("group " + group.code() + " (" + group.year() + ") is"
          + " archived: the current school year of its establishment is " + current
          + ": share into a group of " + current);
    });
  }

  /** Returns the space holding a document or a folder. */
  private SpaceId spaceOfItem(SharedItem item) {
    return item.isFolder() ? folder(new FolderId(item.id())).space()
        : document(new DocumentId(item.id())).space();
  }

  /** Returns the folder holding a document, or a folder's parent. */
  private @Nullable FolderId parentOf(SharedItem item) {
    return item.isFolder() ? folder(new FolderId(item.id())).parent()
        : document(new DocumentId(item.id())).folder();
  }

  private String itemName(SharedItem item) {
    return item.isFolder() ? folder(new FolderId(item.id())).name().toString()
        : document(new DocumentId(item.id())).name().toString();
  }

  private static NotFoundException missingShare(ShareId shareId) {
    return new NotFoundException("share " + shareId + " does not exist: it may have been"
        + " revoked, or its item deleted");
  }

  /** Stores new bytes; a null type is detected from them. */
  private Document store(Actor actor, SpaceId spaceId, @Nullable FolderId folder, String name,
      @Nullable String knownType, @Nullable String origin, InputStream content,
      NameConflict onConflict) {
    Objects.requireNonNull(onConflict, "onConflict");
    Person person = access.person(actor);
    ItemName itemName = ItemName.of(name);
    Space space = addable(person, found(spaceId), folder);
    checkFolderIn(space, folder);
    if (onConflict == NameConflict.REFUSE) {
      freeName(space, folder, itemName, NameConflict.REFUSE, "");
    }
    space.reserve(0, 1, 0, "document '" + itemName + "'");
    return storeAdmitted(space, itemName, knownType, content, (stored, mediaType) ->
        writing(() -> {
          Space locked = addable(person, store.spaces().lockSpace(spaceId)
              .orElseThrow(() -> missingSpace(spaceId)), folder);
          return record(locked, new Document(DocumentId.random(), spaceId, folder, itemName,
              stored.key(), stored.size(), mediaType, person.id(), clock.instant(), origin),
              onConflict);
        }));
  }

  /**
   * Streams new bytes into the blob store, telling their type on the way (a null type is told
   * from them), admits them through the content gate, then records them with the given change;
   * all within the blob guard, so that bytes a refused or failed change leaves are discarded.
   */
  private <T> T storeAdmitted(Space space, ItemName name, @Nullable String knownType,
      InputStream content, BiFunction<StoredBlob, String, T> recording) {
    guard.begin();
    StoredBlob blob = null;
    try {
      HeadCapture head = new HeadCapture(content, TypeDetector.HEAD_BYTES, knownType != null
          ? null : bytes -> gate.typeOf(bytes, name.value()));
      blob = put(space, name, head);
      String type = knownType != null ? knownType : head.type();
      admit(name.value(), type, blob.key());
      T recorded = recording.apply(blob, type);
      blob = null;
      return recorded;
    } finally {
      guard.end();
      if (blob != null && blob.created()) {
        guard.discard(blob.key());
      } else {
        guard.drain();
      }
    }
  }

  private StoredBlob put(Space space, ItemName name, InputStream content) {
    long maxFile = space.limits().maxFileBytes();
    long left = Math.max(0, space.limits().maxBytes() - space.usage().bytes());
    try {
      return blobs.put(content, Math.min(maxFile, left));
    } catch (BlobTooLargeException e) {
      if (maxFile <= left) {
        throw new QuotaExceededException(Limit.FILE_BYTES, maxFile + 1, maxFile, "file '"
            + name + "' is larger than " + Sizes.bytes(maxFile) + ", the limit per file in"
            + " space '" + space.name() + "'; nothing was stored: send a smaller file");
      }
      throw new QuotaExceededException(Limit.SPACE_BYTES, space.usage().bytes() + left + 1,
          space.limits().maxBytes(), "file '" + name + "' is larger than the "
          + Sizes.bytes(left) + " left in space '" + space.name() + "', which holds "
          + Sizes.bytes(space.usage().bytes()) + " of its " + Sizes.bytes(
              space.limits().maxBytes()) + "; nothing was stored: delete documents first");
    } catch (IOException e) {
      throw new UncheckedIOException("could not store file '" + name + "' in space '"
          + space.name() + "'; nothing was kept", e);
    }
  }

  /**
   * Runs a change in a transaction, then, once it is committed, tells the quota warnings it
   * raised.
   */
  private <T> T writing(Supplier<T> change) {
    if (warnings.get() != null) {
      return store.transactions().inTransaction(change);
    }
    List<QuotaWarning> raised = new ArrayList<>();
    warnings.set(raised);
    T result;
    try {
      result = store.transactions().inTransaction(() -> {
        raised.clear();
        return change.get();
      });
    } finally {
      warnings.remove();
    }
    rules.tell(raised);
    return result;
  }

  /** Saves a space's new usage, noting the warning thresholds it crossed. */
  private void saveUsage(Space before, Space after) {
    store.spaces().saveSpace(after);
    List<QuotaWarning> raised = warnings.get();
    if (raised != null) {
      raised.addAll(rules.crossed(before, after));
    }
  }

  /** Returns the establishments stored among those given. */
  private List<Establishment> establishments(Set<EstablishmentId> ids) {
    List<Establishment> found = new ArrayList<>();
    for (EstablishmentId id : ids) {
      store.directory().findEstablishment(id).ifPresent(found::add);
    }
    return found;
  }

  private Document record(Space lockedSpace, Document proposed, NameConflict onConflict) {
    checkFolderIn(lockedSpace, proposed.folder());
    Document document = placed(proposed, proposed.space(), proposed.folder(),
        freeName(lockedSpace, proposed.folder(), proposed.name(), onConflict, ""));
    checkFileSize(lockedSpace, document, "copy");
    saveUsage(lockedSpace, lockedSpace.reserve(document.size(), 1, 0, "document '"
        + document.name() + "' (" + document.size() + " bytes)"));
    store.spaces().saveDocument(document);
    return document;
  }

  private Space spaceOf(SpaceKind kind, String owner, List<Establishment> establishments,
      String name) {
    Optional<Space> existing = store.spaces().findSpaceByOwner(kind, owner);
    if (existing.isPresent()) {
      return existing.get();
    }
    return store.transactions().inTransaction(() ->
        store.spaces().findSpaceByOwner(kind, owner).orElseGet(() -> {
          Space space = new Space(SpaceId.random(), kind, owner, name,
              rules.limits(kind, establishments), SpaceUsage.EMPTY);
          store.spaces().saveSpace(space);
          return space;
        }));
  }

  private Space readable(Person person, SpaceId spaceId) {
    Space space = found(spaceId);
    if (!access.canRead(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not read space '"
          + space.name() + "': ask its owner to share a document instead");
    }
    return space;
  }

  /**
   * Returns a space a person may add a document to: one they write, or one holding a folder
   * shared with them for contribution (see {@link Permission#CONTRIBUTE}).
   */
  private Space addable(Person person, Space space, @Nullable FolderId folder) {
    if (access.canWrite(person, space) || !contributes(person, folder)) {
      return checkWritable(person, space);
    }
    refuseArchived(space);
    return space;
  }

  /** Tells whether a share for contribution on a folder, or one above, holds for a person. */
  private boolean contributes(Person person, @Nullable FolderId folder) {
    if (folder == null || !access.allows(person, Action.CONTRIBUTE)) {
      return false;
    }
    ReadPaths paths = new ReadPaths(store, clock.instant());
    List<SharedItem> items = paths.foldersAbove(folder).stream()
        .map(f -> SharedItem.folder(f.id())).toList();
    return paths.reaching(person, items).stream()
        .anyMatch(share -> share.permission() == Permission.CONTRIBUTE);
  }

  /** Tells whether a person added a document where they still contribute. */
  private boolean ownContribution(Person person, Document document) {
    return document.createdBy().equals(person.id())
        && contributes(person, document.folder());
  }

  /**
   * Checks that a person may change a document: they write its space, or it is their own
   * contribution (see {@link Permission#CONTRIBUTE}). The refusal names the document, its
   * folder and what stands in the way.
   */
  private void checkMayOrContributed(String verb, Person person, Document document,
      Space space) {
    if (access.canWrite(person, space) || ownContribution(person, document)) {
      return;
    }
    String why;
    if (!document.createdBy().equals(person.id())) {
      why = contributes(person, document.folder()) ? "a contributor may " + verb + " only the"
          + " documents they added there, and someone else added this one"
          : "only who may write the space, or who added the document there while a share for"
          + " contribution on the folder holds, may do so";
    } else {
      why = "no share for contribution on the folder reaches them any more (it ended, was"
          + " revoked, or the document left the folder)";
    }
    throw new AccessDeniedException(person.displayName() + " may not " + verb + " document '"
        + document.name() + "' in " + where(space, document.folder()) + ": " + why
        + ": ask who may write the space");
  }

  /**
   * Checks that a person may put a document into a space at a folder: they write the space,
   * or contribute to the folder (see {@link Permission#CONTRIBUTE}).
   */
  private Space receiving(String verb, Person person, ItemName document, Space space,
      @Nullable FolderId folder) {
    if (access.canWrite(person, space)) {
      return checkWritable(person, space);
    }
    if (!contributes(person, folder)) {
      throw new AccessDeniedException(person.displayName() + " may not " + verb
          + " document '" + document + "' into " + where(space, folder) + ": only who may write"
          + " the space, or who contributes to the folder (a share for contribution on it or on"
          + " a folder above it, in force), may add to it: choose a folder of a space of their"
          + " own, or ask who may write the space for a share for contribution");
    }
    refuseArchived(space);
    return space;
  }

  /**
   * Refuses to move into a folder one only contributes to a document one did not add: what a
   * contributor brings in must be theirs, so that they may still change it, and nobody else's.
   */
  private void refuseOthersDocument(Person person, Document document, Space target,
      @Nullable FolderId folder) {
    if (!access.canWrite(person, target) && !document.createdBy().equals(person.id())) {
      throw new AccessDeniedException(person.displayName() + " may not move document '"
          + document.name() + "' into " + where(target, folder) + ": they only contribute to"
          + " that folder, and a contributor moves in only the documents they added; copy it"
          + " there instead");
    }
  }

  /**
   * Refuses a contributor the restoring of their document elsewhere than its folder (gone, or
   * in the trash itself): it would land where they do not contribute.
   */
  private void refuseRestoringOutside(Person person, Document document, Space space,
      @Nullable FolderId folder) {
    if (!access.canWrite(person, space) && !Objects.equals(folder, document.folder())) {
      throw new ConflictException("document '" + document.name() + "' cannot go back to "
          + where(space, document.folder()) + ", which is in the trash or gone, and "
          + person.displayName() + " only contributes to it: ask who may write the space to"
          + " restore the folder, or the document");
    }
  }

  /** Names a folder of a space, or its root, for a message. */
  private String where(Space space, @Nullable FolderId folder) {
    if (folder == null) {
      return "the root of space '" + space.name() + "'";
    }
    String name = store.spaces().findFolder(folder).map(f -> f.name().toString())
        .orElse(folder.value());
    return "folder '" + name + "' of space '" + space.name() + "'";
  }

  private Space writableLocked(Person person, SpaceId spaceId) {
    return checkWritable(person, store.spaces().lockSpace(spaceId)
        .orElseThrow(() -> missingSpace(spaceId)));
  }

  private Space checkWritable(Person person, Space space) {
    if (!access.canWrite(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not write in space '"
          + space.name() + "': only its owner (or, for a class, its teachers) may");
    }
    refuseArchived(space);
    return space;
  }

  /** Refuses to change the space of an archived class or group: it is read-only. */
  private void refuseArchived(Space space) {
    switch (space.kind()) {
      case PERSONAL -> { }
      case CLASS -> store.directory().findClass(new ClassId(space.owner()))
          .ifPresent(this::refuseArchived);
      case GROUP -> store.directory().findGroup(new GroupId(space.owner())).ifPresent(g ->
          access.archivedBy(g.establishment(), g.year()).ifPresent(current -> {
            throw new ConflictException("group " + g.code() + " (" + g.year() + ") is"
                + " archived: the current school year of its establishment is " + current
                + ", and the space of an archived group is read-only: work in a group of "
                + current + ", or copy the document into a personal space");
          }));
    }
  }

  private void refuseArchived(SchoolClass schoolClass) {
    access.archivedBy(schoolClass.establishment(), schoolClass.year()).ifPresent(current -> {
      throw new ConflictException("class " + schoolClass.displayName() + " is archived: the"
          + " current school year of its establishment is " + current + ", and the space of"
          + " an archived class is read-only (its documents stay readable by its former"
          + " members): work in a class of " + current + ", or copy the document into a"
          + " personal space");
    });
  }

  private Space found(SpaceId spaceId) {
    return store.spaces().findSpace(spaceId).orElseThrow(() -> missingSpace(spaceId));
  }

  private static NotFoundException missingSpace(SpaceId spaceId) {
    return new NotFoundException("space " + spaceId + " does not exist: ask for the actor's"
        + " personal or class space to get its identifier");
  }

  private void checkFolderIn(Space space, @Nullable FolderId folder) {
    if (folder == null) {
      return;
    }
    Folder found = store.spaces().findFolder(folder).orElseThrow(() ->
        new NotFoundException("folder " + folder + " does not exist: list the space's folders"));
    if (!found.space().equals(space.id())) {
      throw new InvalidInputException("folder '" + found.name() + "' is not in space '"
          + space.name() + "': give a folder of that space, or null for its root");
    }
    if (folderInTrash(found.id())) {
      throw new ConflictException("folder '" + found.name() + "' is in the trash of space '"
          + space.name() + "': restore it first, or choose another folder");
    }
  }

  private void checkFreeName(Space space, @Nullable FolderId folder, ItemName name) {
    if (store.spaces().nameTaken(space.id(), folder, name.key())) {
      throw new ConflictException("an item named '" + name + "' already exists there in space '"
          + space.name() + "' (" + SAME_NAMES + "): choose another name");
    }
  }

  /**
   * Returns a name free in a folder for an item: the name itself if no other item holds it,
   * else, when asked to, the first free numbered name.
   */
  private ItemName freeName(Space space, @Nullable FolderId folder, ItemName name,
      NameConflict onConflict, String itself) {
    if (!store.spaces().nameTaken(space.id(), folder, name.key())) {
      return name;
    }
    Set<String> taken = new HashSet<>();
    store.spaces().folders(space.id(), folder).stream()
        .filter(f -> !f.id().value().equals(itself)).forEach(f -> taken.add(f.name().key()));
    store.spaces().documents(space.id(), folder).stream()
        .filter(d -> !d.id().value().equals(itself)).forEach(d -> taken.add(d.name().key()));
    if (!taken.contains(name.key())) {
      return name;
    }
    if (onConflict == NameConflict.REFUSE) {
      throw new ConflictException("an item named '" + name + "' already exists there in space '"
          + space.name() + "' (" + SAME_NAMES + "): choose another name, or ask for a numbered"
          + " one with NameConflict.SUFFIX");
    }
    for (int n = 1; ; n++) {
      ItemName numbered = name.withSuffix(n);
      if (!taken.contains(numbered.key())) {
        return numbered;
      }
    }
  }

  /** Gathers a folder and every folder and document under it, parents before children. */
  private void collect(Folder root, List<Folder> folders, List<Document> documents) {
    folders.add(root);
    for (int i = 0; i < folders.size(); i++) {
      Folder folder = folders.get(i);
      documents.addAll(store.spaces().documents(folder.space(), folder.id()));
      folders.addAll(store.spaces().folders(folder.space(), folder.id()));
    }
  }

  /** Writes the copies of a gathered tree under its new root; parents come before children. */
  private Folder copyTree(Person person, Folder source, List<Folder> folders,
      List<Document> documents, Space target, Folder root) {
    Map<FolderId, FolderId> copied = new HashMap<>();
    copied.put(source.id(), root.id());
    store.spaces().saveFolder(root);
    for (Folder folder : folders.subList(1, folders.size())) {
      Folder copy = new Folder(FolderId.random(), target.id(),
          copied.get(folder.parent()), folder.name(), person.id(), clock.instant());
      copied.put(folder.id(), copy.id());
      store.spaces().saveFolder(copy);
    }
    for (Document document : documents) {
      store.spaces().saveDocument(new Document(DocumentId.random(), target.id(),
          copied.get(document.folder()), document.name(), document.blob(), document.size(),
          document.mediaType(), person.id(), clock.instant(), "document:" + document.id()));
    }
    return root;
  }

  /** Tells whether a person may read a document: those who may write read it in the trash. */
  private boolean mayRead(Person person, Document document) {
    if (inTrash(document)) {
      return access.canWrite(person, spaceOf(document));
    }
    return access.reads(store.readAccess(person.id(), document.id(), clock.instant()));
  }

  /** Tells whether a document is in the trash, itself or through a folder holding it. */
  private boolean inTrash(Document document) {
    return document.trashed() || folderInTrash(document.folder());
  }

  /** Tells whether a folder is in the trash, itself or through a folder holding it. */
  private boolean folderInTrash(@Nullable FolderId folderId) {
    Set<FolderId> seen = new HashSet<>();
    for (FolderId at = folderId; at != null && seen.add(at); ) {
      Optional<Folder> folder = store.spaces().findFolder(at);
      if (folder.isEmpty()) {
        return false;
      }
      if (folder.get().trashed()) {
        return true;
      }
      at = folder.get().parent();
    }
    return false;
  }

  /** Returns where a restored item goes: its folder, or the root if that is gone or trashed. */
  private @Nullable FolderId restoredParent(@Nullable FolderId folder) {
    return folder == null || store.spaces().findFolder(folder).isEmpty()
        || folderInTrash(folder) ? null : folder;
  }

  private void refuseTrashed(Document document) {
    if (inTrash(document)) {
      throw new ConflictException("document '" + document.name() + "' is in the trash:"
          + " restore it first");
    }
  }

  private void refuseTrashed(Folder folder) {
    if (folderInTrash(folder.id())) {
      throw new ConflictException("folder '" + folder.name() + "' is in the trash: restore it"
          + " first");
    }
  }

  private static FolderId orRoot(@Nullable FolderId folder) {
    return folder == null ? ROOT : folder;
  }

  /** Refuses to move a folder under itself: walks up from the target by identity. */
  private void refuseCycle(Folder folder, @Nullable FolderId newParent) {
    Set<FolderId> seen = new HashSet<>();
    for (FolderId at = newParent; at != null; at = folder(at).parent()) {
      if (at.equals(folder.id())) {
        throw new InvalidInputException("folder '" + folder.name() + "' cannot move into "
            + (at.equals(newParent) ? "itself" : "one of its own subfolders")
            + ": choose a folder outside it, or null for the space's root");
      }
      if (!seen.add(at)) {
        throw new IllegalStateException("the folders above " + newParent + " form a loop at "
            + at + ": the store is inconsistent");
      }
    }
  }

  private Folder folder(FolderId folderId) {
    return store.spaces().findFolder(folderId).orElseThrow(() ->
        new NotFoundException("folder " + folderId + " does not exist (or was deleted): list"
            + " the space's folders to find its identifier"));
  }

  /** Locks two spaces (or one) by identifier order, so that no two moves wait on each other. */
  private List<Space> lockInOrder(SpaceId a, SpaceId b) {
    List<SpaceId> ids = a.equals(b) ? List.of(a)
        : a.value().compareTo(b.value()) < 0 ? List.of(a, b) : List.of(b, a);
    List<Space> locked = new ArrayList<>();
    for (SpaceId id : ids) {
      locked.add(store.spaces().lockSpace(id).orElseThrow(() -> missingSpace(id)));
    }
    if (locked.size() == 1) {
      locked.add(locked.get(0));
    }
    return locked;
  }

  /** Saves a folder under a parent with a name, and returns it. */
  private Folder placed(Folder folder, @Nullable FolderId parent, ItemName name) {
    Folder placed = new Folder(folder.id(), folder.space(), parent, name, folder.createdBy(),
        folder.createdAt());
    store.spaces().saveFolder(placed);
    return placed;
  }

  private static Document placed(Document document, SpaceId space, @Nullable FolderId folder,
      ItemName name) {
    return new Document(document.id(), space, folder, name, document.blob(), document.size(),
        document.mediaType(), document.createdBy(), document.createdAt(), document.origin());
  }

  private void checkFileSize(Space space, Document document, String verb) {
    long maxFile = space.limits().maxFileBytes();
    if (document.size() > maxFile) {
      throw new QuotaExceededException(Limit.FILE_BYTES, document.size(), maxFile, "document '"
          + document.name() + "' is " + Sizes.bytes(document.size()) + "; space '"
          + space.name() + "' takes files of " + Sizes.bytes(maxFile)
          + " at most: " + verb + " a smaller document");
    }
  }

  private Document document(DocumentId documentId) {
    return store.spaces().findDocument(documentId).orElseThrow(() ->
        new NotFoundException("document " + documentId + " does not exist (or was deleted):"
            + " list the space's documents to find its identifier"));
  }

  private Space spaceOf(Document document) {
    return found(document.space());
  }

  private Space lockedSpaceOf(Document document) {
    return store.spaces().lockSpace(document.space())
        .orElseThrow(() -> missingSpace(document.space()));
  }

  private Document readableDocument(Person person, DocumentId documentId) {
    Document document = document(documentId);
    if (!mayRead(person, document)) {
      throw new AccessDeniedException(person.displayName() + " may not read document '"
          + document.name() + "': ask its owner to share it");
    }
    return document;
  }

  private Document sharable(Person person, DocumentId documentId) {
    Document document = document(documentId);
    Space space = spaceOf(document);
    checkMay("share", person, document, space);
    refuseArchived(space);
    refuseTrashed(document);
    return document;
  }

  private void checkMay(String verb, Person person, Document document, Space space) {
    if (!access.canWrite(person, space)) {
      throw new AccessDeniedException(person.displayName() + " may not " + verb + " document '"
          + document.name() + "' of space '" + space.name() + "': only who may write its space"
          + " may " + verb + " it");
    }
  }

  private Set<PersonId> spaceMembers(Space space) {
    return switch (space.kind()) {
      case PERSONAL -> Set.of(new PersonId(space.owner()));
      case CLASS -> members(Grantee.classSpace(new ClassId(space.owner())));
      case GROUP -> groupMembers(new GroupId(space.owner()));
    };
  }

  private Set<PersonId> members(Grantee grantee) {
    return switch (grantee.kind()) {
      case PERSON -> Set.of(new PersonId(grantee.id()));
      case CLASS -> store.directory().findClass(new ClassId(grantee.id()))
          .map(c -> union(c.students(), c.teachers())).orElse(Set.of());
      case GROUP -> groupMembers(new GroupId(grantee.id()));
    };
  }

  /** A group's pupils, staff and invited partners (whether they read is checked after). */
  private Set<PersonId> groupMembers(GroupId groupId) {
    Set<PersonId> members = new LinkedHashSet<>();
    store.directory().findGroup(groupId).ifPresent(g -> members.addAll(union(g.students(),
        g.staff())));
    store.directory().invitationsTo(groupId).forEach(i -> members.add(i.partner()));
    return members;
  }

  private static Set<PersonId> union(Set<PersonId> a, Set<PersonId> b) {
    Set<PersonId> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  static String render(CatalogueResource resource) {
    StringBuilder text = new StringBuilder(resource.title()).append("\n\n");
    if (!resource.summary().isBlank()) {
      text.append(resource.summary()).append("\n\n");
    }
    if (!resource.body().isBlank()) {
      text.append(resource.body()).append("\n\n");
    }
    text.append("Source : ").append(resource.source()).append('\n');
    if (resource.url() != null) {
      text.append(resource.url()).append('\n');
    }
    return text.toString();
  }

  static String nameFor(String title) {
    String cleaned = title.replaceAll("[\\p{Cntrl}/\\\\]", " ").replaceAll("\\s+", " ").strip();
    StringBuilder name = new StringBuilder();
    int bytes = 4;
    for (int i = 0; i < cleaned.length(); ) {
      int c = cleaned.codePointAt(i);
      int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > ItemName.MAX_BYTES) {
        break;
      }
      name.appendCodePoint(c);
      bytes += size;
      i += Character.charCount(c);
    }
    String base = name.toString().strip();
    return (base.isEmpty() ? "ressource" : base) + ".txt";
  }
}
