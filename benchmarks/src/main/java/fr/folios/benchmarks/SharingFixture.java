package fr.folios.benchmarks;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.Uai;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.ItemName;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.Persistence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The data the canRead and listing measurements read, written straight through the
 * persistence SPI (not the API, whose checks would only slow the setup down): one teacher of
 * 20 classes and staff of 10 groups, and twice as many documents as the teacher may read.
 *
 * <p>Of the documents the teacher may read, 40 % lie in the class spaces of their classes,
 * 20 % in the spaces of their groups, 20 % in colleagues' personal spaces shared with the
 * teacher and 20 % in colleagues' personal spaces shared with one of the teacher's classes.
 * As many others they may not read: half in the spaces of 20 classes they do not teach, half
 * in colleagues' personal spaces, each shared with another colleague. Finally, a folder of
 * the teacher's personal space holds the documents to list. The documents have no bytes: the
 * measurements never open them.
 */
final class SharingFixture {

  /** The teacher's classes and groups: 30 in all. */
  static final int CLASSES = 20;
  static final int GROUPS = 10;
  static final int COLLEAGUES = 50;

  private static final int PER_TRANSACTION = 500;
  private static final SchoolYear YEAR = new SchoolYear(2026);
  private static final Instant CREATED = Instant.parse("2026-09-01T08:00:00Z");
  private static final BlobKey BLOB = BlobKey.of("0".repeat(64));
  private static final SpaceLimits LIMITS = new SpaceLimits(1L << 40, 1_000_000, 1_000,
      1L << 30);

  private final Persistence store;
  private final Random random;
  private final Person teacher;
  private final List<DocumentId> readable = new ArrayList<>();
  private final List<DocumentId> unreadable = new ArrayList<>();
  private final List<Document> pending = new ArrayList<>();
  private final List<Share> pendingShares = new ArrayList<>();
  private SpaceId listingSpace = SpaceId.random();
  private FolderId listingFolder = FolderId.random();

  private SharingFixture(Persistence store, long seed, EstablishmentId establishment) {
    this.store = store;
    this.random = new Random(seed);
    this.teacher = staff("Prof", establishment);
  }

  /**
   * Writes the data into an empty store.
   *
   * @param store where to write
   * @param readableDocuments how many documents the teacher may read, at least 10
   * @param listed how many documents the listed folder holds
   * @param seed the seed of the random choices
   * @return what was written
   */
  static SharingFixture write(Persistence store, int readableDocuments, int listed, long seed) {
    EstablishmentId establishment = EstablishmentId.random();
    store.directory().saveEstablishment(new Establishment(establishment,
        Uai.ofUnchecked("0750001A"), "Lycée du banc d'essai", EstablishmentType.LEGT, null,
        null));
    store.directory().saveCurrentYear(establishment, YEAR);
    SharingFixture fixture = new SharingFixture(store, seed, establishment);
    fixture.fill(establishment, readableDocuments, listed);
    return fixture;
  }

  private void fill(EstablishmentId establishment, int readableDocuments, int listed) {
    store.directory().savePerson(teacher);
    List<Person> colleagues = new ArrayList<>();
    for (int i = 0; i < COLLEAGUES; i++) {
      colleagues.add(staff("Collègue" + i, establishment));
      store.directory().savePerson(colleagues.get(i));
    }
    List<ClassId> taught = classes(establishment, "T", true);
    List<ClassId> others = classes(establishment, "A", false);
    List<SpaceId> taughtSpaces = taught.stream().map(c -> space(SpaceKind.CLASS, c.value()))
        .toList();
    List<SpaceId> otherSpaces = others.stream().map(c -> space(SpaceKind.CLASS, c.value()))
        .toList();
    List<SpaceId> groupSpaces = groups(establishment);
    List<SpaceId> personal = colleagues.stream()
        .map(p -> space(SpaceKind.PERSONAL, p.id().value())).toList();

    int quarter = readableDocuments / 5;
    spread(quarter * 2, taughtSpaces, null, readable);
    spread(quarter, groupSpaces, null, readable);
    spreadShared(quarter, personal, i -> Grantee.person(teacher.id()), readable);
    spreadShared(readableDocuments - 4 * quarter, personal,
        i -> Grantee.classSpace(taught.get(i % taught.size())), readable);
    spread(readableDocuments / 2, otherSpaces, null, unreadable);
    spreadShared(readableDocuments - readableDocuments / 2, personal,
        i -> Grantee.person(colleagues.get(i % colleagues.size()).id()), unreadable);
    listing(listed);
    flush();
  }

  private Person staff(String name, EstablishmentId establishment) {
    return new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, name, "Banc", null,
        Set.of(establishment), false, Set.of(), null);
  }

  private List<ClassId> classes(EstablishmentId establishment, String prefix, boolean teaches) {
    List<ClassId> ids = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      SchoolClass schoolClass = SchoolClass.create(establishment, YEAR, prefix + i);
      if (teaches) {
        schoolClass = schoolClass.with(Set.of(), Set.of(teacher.id()), Set.of());
      }
      store.directory().saveClass(schoolClass);
      ids.add(schoolClass.id());
    }
    return ids;
  }

  private List<SpaceId> groups(EstablishmentId establishment) {
    List<SpaceId> spaces = new ArrayList<>();
    for (int i = 0; i < GROUPS; i++) {
      Group group = Group.create(establishment, YEAR, "G" + i).with(Set.of(),
          Set.of(teacher.id()));
      store.directory().saveGroup(group);
      spaces.add(space(SpaceKind.GROUP, group.id().value()));
    }
    return spaces;
  }

  private SpaceId space(SpaceKind kind, String owner) {
    Space space = new Space(SpaceId.random(), kind, owner, kind + " " + owner, LIMITS,
        SpaceUsage.EMPTY);
    store.spaces().saveSpace(space);
    return space.id();
  }

  private void spread(int count, List<SpaceId> spaces, @Nullable FolderId folder,
      List<DocumentId> into) {
    for (int i = 0; i < count; i++) {
      into.add(document(spaces.get(random.nextInt(spaces.size())), folder, i));
    }
  }

  /** Chooses, for the i-th document, whom it is shared with. */
  private interface Recipient {
    Grantee of(int i);
  }

  private void spreadShared(int count, List<SpaceId> spaces, Recipient recipient,
      List<DocumentId> into) {
    for (int i = 0; i < count; i++) {
      DocumentId document = document(spaces.get(random.nextInt(spaces.size())), null, i);
      pendingShares.add(new Share(ShareId.random(), document, recipient.of(i), teacher.id(),
          CREATED, null));
      into.add(document);
    }
  }

  private void listing(int listed) {
    listingSpace = space(SpaceKind.PERSONAL, teacher.id().value());
    Folder folder = new Folder(FolderId.random(), listingSpace, null, ItemName.of("Listing"),
        teacher.id(), CREATED);
    store.spaces().saveFolder(folder);
    listingFolder = folder.id();
    for (int i = 0; i < listed; i++) {
      document(listingSpace, listingFolder, i);
    }
  }

  private DocumentId document(SpaceId space, @Nullable FolderId folder, int i) {
    Document document = new Document(DocumentId.random(), space, folder,
        ItemName.of(String.format("Document %06d %d.pdf", i, random.nextInt(1000))), BLOB, 1024,
        "application/pdf", teacher.id(), CREATED, null);
    pending.add(document);
    if (pending.size() >= PER_TRANSACTION) {
      flush();
    }
    return document.id();
  }

  private void flush() {
    List<Document> documents = List.copyOf(pending);
    List<Share> shares = List.copyOf(pendingShares);
    pending.clear();
    pendingShares.clear();
    store.transactions().run(() -> {
      documents.forEach(store.spaces()::saveDocument);
      shares.forEach(store.shares()::saveShare);
    });
  }

  /** {@return the teacher, who reads} */
  Actor reader() {
    return Actor.of(teacher.id());
  }

  /** {@return the teacher's identifier} */
  PersonId readerId() {
    return teacher.id();
  }

  /** {@return the documents the teacher may read, the listed folder's excepted} */
  List<DocumentId> readable() {
    return List.copyOf(readable);
  }

  /** {@return the documents the teacher may not read} */
  List<DocumentId> unreadable() {
    return List.copyOf(unreadable);
  }

  /** {@return the identifiers of the documents the teacher may read, as a set} */
  Set<DocumentId> readableSet() {
    return new HashSet<>(readable);
  }

  /** {@return the space of the listed folder} */
  SpaceId listingSpace() {
    return listingSpace;
  }

  /** {@return the folder to list} */
  FolderId listingFolder() {
    return listingFolder;
  }
}
