package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Share;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.jspecify.annotations.Nullable;

/**
 * Drives random sequences of uploads, copies, moves, renames, deletions, shares, revocations,
 * pupils leaving and joining a class, parallel uploads, replaced contents and restored versions
 * against a small reference model, and checks after every step that: usage equals what each
 * space holds (every version kept, the trash included) and stays within its limits; each
 * document keeps the versions the model says; names are unique in each folder; no document is
 * lost or appears from nowhere; nobody reads a document without a path to it (owner, class
 * membership, a share in force); and every stored blob belongs to a document or a version (no
 * orphan), and every one of theirs is stored.
 */
class SpacesModelProperties {

  private static final SpaceLimits SMALL = new SpaceLimits(3_000, 6, 4, 1_200);
  private static final int KEPT_VERSIONS = 2;
  private static final List<String> NAMES = List.of("a.txt", "A.TXT", "b.txt", "Café.txt",
      "CAFE\u0301.txt", "c");

  @Property(tries = 60)
  void spacesFollowTheModel(@ForAll("chains") ActionChain<World> chain) {
    chain.withInvariant("usage, names, documents, reading, blobs", World::check).run();
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return ActionChain.startWith(World::new)
        .withAction(3, upload())
        .withAction(folder())
        .withAction(2, move())
        .withAction(rename())
        .withAction(moveFolder())
        .withAction(copyFolder())
        .withAction(copy())
        .withAction(delete())
        .withAction(2, share())
        .withAction(revoke())
        .withAction(pupilLeavesOrJoins())
        .withAction(parallelUploads())
        .withAction(onADocument(doc -> Arbitraries.just(Transformer.mutate("trash " + doc,
            x -> x.trashDocument(doc)))))
        .withAction(onADocument(doc -> Arbitraries.just(Transformer.mutate("restore " + doc,
            x -> x.restoreDocument(doc)))))
        .withAction(trashOrRestoreFolder())
        .withAction(emptyTrash())
        .withAction(2, replace())
        .withAction(restoreVersion())
        .withMaxTransformations(25);
  }

  private static Action.Independent<World> upload() {
    return () -> Arbitraries.integers().between(1, 1_400).flatMap(size ->
        Arbitraries.of(NAMES).flatMap(name -> Arbitraries.of(true, false).map(toClass ->
            Transformer.mutate("upload " + size + " bytes '" + name + "' to "
                + (toClass ? "class" : "personal"), w -> w.upload(toClass, name, size)))));
  }

  private static Action.Independent<World> folder() {
    return () -> Arbitraries.of(NAMES).map(name ->
        Transformer.mutate("folder '" + name + "'", w -> w.folder(name)));
  }

  private static Action.Dependent<World> move() {
    return onADocument(doc -> Arbitraries.of(true, false).map(toClass -> Transformer.mutate(
        "move " + doc + " to " + (toClass ? "class" : "personal"), x -> x.move(doc, toClass))));
  }


  private static Action.Dependent<World> rename() {
    return onADocument(doc -> Arbitraries.of(NAMES).flatMap(name ->
        Arbitraries.of(NameConflict.values()).map(policy -> Transformer.mutate("rename " + doc
            + " '" + name + "' " + policy, x -> x.rename(doc, name, policy)))));
  }


  private static Action.Dependent<World> moveFolder() {
    return onAFolder((f, folders) -> Arbitraries.of(folders).injectNull(0.3)
        .map(to -> Transformer.mutate("move folder " + f + " under " + to,
            x -> x.moveFolder(f, to))));
  }


  private static Action.Dependent<World> copyFolder() {
    return onAFolder((f, folders) -> Arbitraries.of(true, false).map(toClass ->
        Transformer.mutate("copy folder " + f + " to " + (toClass ? "class" : "personal"),
            x -> x.copyFolder(f, toClass))));
  }


  private static Action.Dependent<World> copy() {
    return onADocument(doc -> Arbitraries.just(Transformer.mutate("copy " + doc,
        x -> x.copy(doc))));
  }


  private static Action.Dependent<World> delete() {
    return onADocument(doc -> Arbitraries.just(Transformer.mutate("delete " + doc,
        x -> x.delete(doc))));
  }


  private static Action.Dependent<World> share() {
    return onADocument(doc -> Arbitraries.of("colleague", "pupil", "class").map(to ->
        Transformer.mutate("share " + doc + " with " + to, x -> x.share(doc, to))));
  }

  private static Action.Dependent<World> replace() {
    return onADocument(doc -> Arbitraries.integers().between(1, 1_400).map(size ->
        Transformer.mutate("replace " + doc + " with " + size + " bytes",
            x -> x.replace(doc, size))));
  }

  private static Action.Dependent<World> restoreVersion() {
    return onADocument(doc -> Arbitraries.integers().between(0, KEPT_VERSIONS).map(index ->
        Transformer.mutate("restore version at " + index + " of " + doc,
            x -> x.restoreVersion(doc, index))));
  }

  /** An action on one of the documents the model holds, once it holds one. */
  private static Action.Dependent<World> onADocument(
      Function<DocumentId, Arbitrary<Transformer<World>>> transformers) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.documents.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        return Arbitraries.of(List.copyOf(w.documents.keySet())).flatMap(transformers);
      }
    };
  }


  private static Action.Dependent<World> revoke() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.shares.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        return Arbitraries.of(List.copyOf(w.shares.keySet())).map(share ->
            Transformer.mutate("revoke " + share.id(), x -> x.revoke(share)));
      }
    };
  }

  private static Action.Dependent<World> trashOrRestoreFolder() {
    return onAFolder((f, folders) -> Arbitraries.of(true, false).map(trash ->
        Transformer.mutate((trash ? "trash" : "restore") + " folder " + f,
            x -> x.trashOrRestore(f, trash))));
  }

  /** An action on one of the folders the model holds, once it holds one. */
  private static Action.Dependent<World> onAFolder(
      BiFunction<FolderId, List<FolderId>, Arbitrary<Transformer<World>>> transformers) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.folders.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        List<FolderId> folders = List.copyOf(w.folders.keySet());
        return Arbitraries.of(folders).flatMap(f -> transformers.apply(f, folders));
      }
    };
  }


  private static Action.Independent<World> emptyTrash() {
    return () -> Arbitraries.of(true, false).map(ofClass -> Transformer.mutate("empty the "
        + (ofClass ? "class" : "personal") + " trash", w -> w.emptyTrash(ofClass)));
  }

  private static Action.Independent<World> pupilLeavesOrJoins() {
    return () -> Arbitraries.just(Transformer.mutate("pupil leaves or joins the class",
        World::toggleClass));
  }

  private static Action.Independent<World> parallelUploads() {
    return () -> Arbitraries.integers().between(1, 600).map(size -> Transformer.mutate(
        "two parallel uploads of " + size + " bytes", w -> w.parallelUploads(size)));
  }

  /** The system under test and the reference model, side by side. */
  static final class World {

    private final TrackedBlobs blobs = new TrackedBlobs();
    private final School school = new School(blobs, SMALL,
        builder -> builder.keptVersions(KEPT_VERSIONS));
    private final Spaces spaces = school.folios.spaces();
    private final Space personal = spaces.personalSpace(as(school.teacher));
    private final Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    private final Map<DocumentId, Long> documents = new LinkedHashMap<>();
    /** The sizes of each document's earlier versions, oldest first. */
    private final Map<DocumentId, List<Long>> earlier = new HashMap<>();
    private final Map<FolderId, SpaceId> folders = new LinkedHashMap<>();
    private final Map<Share, PersonId> shares = new LinkedHashMap<>();
    private final Set<ShareTarget> classShares = new HashSet<>();
    private boolean pupilInClass = true;
    private int counter;

    @Override
    public String toString() {
      return documents.size() + " documents, " + folders.size() + " folders";
    }

    void upload(boolean toClass, String name, int size) {
      SpaceId space = toClass ? classSpace.id() : personal.id();
      attempt(() -> {
        Document doc = spaces.createDocument(as(school.teacher), space, null, name,
            content(size));
        documents.put(doc.id(), (long) doc.size());
      });
    }

    void folder(String name) {
      attempt(() -> folders.put(spaces.createFolder(as(school.teacher), personal.id(), null,
          name).id(), personal.id()));
    }

    void move(DocumentId doc, boolean toClass) {
      attempt(() -> spaces.moveDocument(as(school.teacher), doc,
          toClass ? classSpace.id() : personal.id(), null, NameConflict.SUFFIX));
    }

    void rename(DocumentId doc, String name, NameConflict policy) {
      attempt(() -> spaces.renameDocument(as(school.teacher), doc, name, policy));
    }

    void moveFolder(FolderId folder, @Nullable FolderId to) {
      attempt(() -> spaces.moveFolder(as(school.teacher), folder, to, NameConflict.SUFFIX));
    }

    void copyFolder(FolderId folder, boolean toClass) {
      SpaceId target = toClass ? classSpace.id() : personal.id();
      attempt(() -> {
        Folder copy = spaces.copyFolder(as(school.teacher), folder, target, null,
            NameConflict.SUFFIX);
        remember(target, copy);
      });
    }

    /** Adds a copied tree to the model: its folders and its documents. */
    private void remember(SpaceId space, Folder root) {
      List<Folder> open = new ArrayList<>(List.of(root));
      while (!open.isEmpty()) {
        Folder folder = open.remove(open.size() - 1);
        folders.put(folder.id(), space);
        spaces.documents(as(school.teacher), space, folder.id())
            .forEach(d -> documents.put(d.id(), d.size()));
        open.addAll(spaces.folders(as(school.teacher), space, folder.id()));
      }
    }

    void copy(DocumentId doc) {
      attempt(() -> {
        Document copy = spaces.copy(as(school.teacher), doc, personal.id(), null);
        documents.put(copy.id(), copy.size());
      });
    }

    void replace(DocumentId doc, int size) {
      attempt(() -> {
        Document replaced = spaces.replaceContent(as(school.teacher), doc,
            new ByteArrayInputStream(content(size).getBytes(StandardCharsets.UTF_8)));
        addVersion(doc, replaced.size());
      });
    }

    void restoreVersion(DocumentId doc, int index) {
      List<DocumentVersion> versions = spaces.versions(as(school.teacher), doc);
      if (index >= versions.size()) {
        return;
      }
      attempt(() -> {
        Document restored = spaces.restoreVersion(as(school.teacher), doc,
            versions.get(index).number());
        addVersion(doc, restored.size());
      });
    }

    /** Models a new current version: the current one becomes earlier, the oldest may go. */
    private void addVersion(DocumentId doc, long size) {
      List<Long> sizes = earlier.computeIfAbsent(doc, k -> new ArrayList<>());
      sizes.add(documents.get(doc));
      while (sizes.size() > KEPT_VERSIONS) {
        sizes.remove(0);
      }
      documents.put(doc, size);
    }

    /** Returns the sizes of a document's versions in the model, oldest first. */
    private List<Long> versionSizes(DocumentId doc) {
      List<Long> sizes = new ArrayList<>(earlier.getOrDefault(doc, List.of()));
      sizes.add(documents.get(doc));
      return sizes;
    }

    void delete(DocumentId doc) {
      spaces.deleteDocument(as(school.teacher), doc);
      documents.remove(doc);
      earlier.remove(doc);
      shares.keySet().removeIf(s -> s.document().equals(doc));
      classShares.removeIf(t -> t.document().equals(doc));
    }

    void trashDocument(DocumentId doc) {
      attempt(() -> spaces.trashDocument(as(school.teacher), doc));
    }

    void restoreDocument(DocumentId doc) {
      attempt(() -> spaces.restoreDocument(as(school.teacher), doc, NameConflict.SUFFIX));
    }

    void trashOrRestore(FolderId folder, boolean trash) {
      attempt(() -> {
        if (trash) {
          spaces.trashFolder(as(school.teacher), folder);
        } else {
          spaces.restoreFolder(as(school.teacher), folder, NameConflict.SUFFIX);
        }
      });
    }

    void emptyTrash(boolean ofClass) {
      SpaceId space = ofClass ? classSpace.id() : personal.id();
      Set<DocumentId> visible = new HashSet<>();
      all(space).forEach(d -> visible.add(d.id()));
      Set<DocumentId> hidden = new HashSet<>();
      documents.keySet().stream().filter(id -> !visible.contains(id)).filter(id ->
          school.store.spaces().findDocument(id).orElseThrow().space().equals(space))
          .forEach(hidden::add);
      int purged = spaces.purge(as(school.teacher), space, null);
      assertThat(purged).as("documents purged").isEqualTo(hidden.size());
      hidden.forEach(documents::remove);
      hidden.forEach(earlier::remove);
      shares.keySet().removeIf(s -> hidden.contains(s.document()));
      classShares.removeIf(t -> hidden.contains(t.document()));
      folders.keySet().removeIf(f -> school.store.spaces().findFolder(f).isEmpty());
    }

    void share(DocumentId doc, String to) {
      attempt(() -> {
        if (to.equals("class")) {
          spaces.shareWithClass(as(school.teacher), doc, school.classe.id(), null);
          classShares.add(new ShareTarget(doc));
        } else {
          Person person = to.equals("pupil") ? school.pupil : school.colleague;
          shares.put(spaces.shareWithPerson(as(school.teacher), doc, person.id(), null),
              person.id());
        }
      });
    }

    void revoke(Share share) {
      spaces.revoke(as(school.teacher), share.id());
      shares.remove(share);
    }

    void toggleClass() {
      SchoolClass stored = school.store.directory().findClass(school.classe.id()).orElseThrow();
      SchoolClass next = pupilInClass ? stored.without(school.pupil.id())
          : stored.with(Set.of(school.pupil.id()), Set.of(), Set.of());
      school.store.directory().saveClass(next);
      pupilInClass = !pupilInClass;
    }

    void parallelUploads(int size) {
      CountDownLatch start = new CountDownLatch(1);
      Map<DocumentId, Long> added = new ConcurrentHashMap<>();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String name = "parallel-" + (counter++) + ".txt";
        Thread thread = new Thread(() -> {
          await(start);
          attempt(() -> {
            Document doc = spaces.createDocument(as(school.teacher), personal.id(), null,
                name, content(size));
            added.put(doc.id(), doc.size());
          });
        });
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (Thread thread : threads) {
        join(thread);
      }
      documents.putAll(added);
    }

    /** Checks every invariant against the model. */
    void check() {
      Map<DocumentId, Document> visible = new HashMap<>();
      for (Space space : List.of(personal, classSpace)) {
        all(space.id()).forEach(d -> visible.put(d.id(), d));
      }
      Map<DocumentId, Document> stored = new HashMap<>();
      for (DocumentId id : documents.keySet()) {
        stored.put(id, school.store.spaces().findDocument(id).orElseThrow(() ->
            new AssertionError("document " + id + " was lost")));
      }
      assertThat(stored.keySet()).as("no document appears from nowhere")
          .containsAll(visible.keySet());
      for (Space space : List.of(personal, classSpace)) {
        Space now = spaces.space(as(school.teacher), space.id());
        List<Document> held = stored.values().stream()
            .filter(d -> d.space().equals(space.id())).toList();
        long bytes = held.stream().flatMap(d -> versionSizes(d.id()).stream())
            .mapToLong(Long::longValue).sum();
        assertThat(now.usage().bytes()).as("bytes of " + now.name()).isEqualTo(bytes);
        assertThat(now.usage().documents()).isEqualTo(held.size());
        assertThat(now.usage().bytes()).isLessThanOrEqualTo(now.limits().maxBytes());
        assertThat(now.usage().documents()).isLessThanOrEqualTo(now.limits().maxDocuments());
        assertThat(now.usage().folders()).isLessThanOrEqualTo(now.limits().maxFolders());
      }
      for (Document doc : stored.values()) {
        boolean inTrash = !visible.containsKey(doc.id());
        for (Person person : List.of(school.colleague, school.pupil, school.otherPupil,
            school.stranger, school.parent)) {
          if (spaces.canRead(as(person), doc.id())) {
            boolean writer = person.id().equals(school.colleague.id())
                && doc.space().equals(classSpace.id());
            assertThat(inTrash ? writer : hasPath(person, doc)).as(person.lastName() + " reads "
                + doc.name() + (inTrash ? " in the trash" : " without a path to it")).isTrue();
          }
        }
        assertThat(spaces.canRead(as(school.teacher), doc.id())).isTrue();
      }
      Set<BlobKey> referenced = new HashSet<>();
      stored.values().forEach(d -> referenced.add(d.blob()));
      for (DocumentId id : stored.keySet()) {
        List<DocumentVersion> versions = school.store.versions().versions(id);
        versions.forEach(v -> referenced.add(v.blob()));
        assertThat(spaces.versions(as(school.teacher), id)).as("versions of " + id)
            .extracting(DocumentVersion::size).containsExactlyElementsOf(versionSizes(id));
      }
      assertThat(blobs.live).as("every stored blob belongs to a document, and back")
          .isEqualTo(referenced);
    }

    private boolean hasPath(Person person, Document doc) {
      boolean member = person.id().equals(school.colleague.id())
          || person.id().equals(school.pupil.id()) && pupilInClass;
      boolean inClassSpace = doc.space().equals(classSpace.id());
      boolean shared = shares.entrySet().stream().anyMatch(e ->
          e.getKey().document().equals(doc.id()) && e.getValue().equals(person.id()));
      boolean sharedWithClass = classShares.contains(new ShareTarget(doc.id()));
      return shared || member && (inClassSpace || sharedWithClass);
    }

    /** Returns every document of a space, checking that names are unique in each folder. */
    private List<Document> all(SpaceId space) {
      List<Document> held = new ArrayList<>();
      List<@Nullable FolderId> open = new ArrayList<>();
      open.add(null);
      while (!open.isEmpty()) {
        FolderId folder = open.remove(open.size() - 1);
        List<Document> documentsHere = spaces.documents(as(school.teacher), space, folder);
        List<Folder> foldersHere = spaces.folders(as(school.teacher), space, folder);
        Set<String> keys = new HashSet<>();
        documentsHere.forEach(d -> assertThat(keys.add(d.name().key()))
            .as("name '" + d.name() + "' twice in a folder").isTrue());
        foldersHere.forEach(f -> assertThat(keys.add(f.name().key()))
            .as("name '" + f.name() + "' twice in a folder").isTrue());
        held.addAll(documentsHere);
        foldersHere.forEach(f -> open.add(f.id()));
      }
      return held;
    }

    private static String content(int size) {
      return "x".repeat(size - 1) + (char) ('a' + size % 26);
    }

    private static void attempt(Runnable step) {
      try {
        step.run();
      } catch (QuotaExceededException | ConflictException | InvalidInputException refused) {
        // refused as the rules say: the invariants then show that nothing was half-done
      }
    }

    private static void await(CountDownLatch start) {
      try {
        start.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void join(Thread thread) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A document shared with the class. */
  private record ShareTarget(DocumentId document) {
  }

  /** An in-memory blob store that knows which blobs it holds, to find orphans. */
  static final class TrackedBlobs implements BlobStore {

    private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
    final Set<BlobKey> live = ConcurrentHashMap.newKeySet();

    @Override
    public StoredBlob put(InputStream content, long maxBytes) throws IOException {
      StoredBlob stored = blobs.put(content, maxBytes);
      live.add(stored.key());
      return stored;
    }

    @Override
    public InputStream open(BlobKey key) throws IOException {
      return blobs.open(key);
    }

    @Override
    public boolean exists(BlobKey key) {
      return blobs.exists(key);
    }

    @Override
    public long size(BlobKey key) {
      return blobs.size(key);
    }

    @Override
    public boolean delete(BlobKey key) {
      live.remove(key);
      return blobs.delete(key);
    }

    @Override
    public void forEachStoredBefore(java.time.Instant cutoff,
        java.util.function.Consumer<BlobKey> sink) {
      blobs.forEachStoredBefore(cutoff, sink);
    }
  }
}
