package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Group;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.jspecify.annotations.Nullable;

/**
 * Drives random sequences of uploads, copies, moves (folders across spaces too), renames,
 * deletions, shares of documents and folders (to a person, a class or a group), re-shares,
 * cascading revocations, pupils leaving and joining a class or a group, parallel uploads,
 * replaced contents and restored versions, and a pupil's contributions (folders shared for
 * contribution with the pupil or their class; copies into them, replaced contents, trash and
 * restore of what the pupil added, each refused exactly when the model says the pupil may not)
 * against a small reference model, and checks after
 * every step that: usage equals what each space holds (every version kept, the trash included)
 * and stays within its limits; each document keeps the versions the model says; names are
 * unique in each folder; no document is lost or appears from nowhere; someone reads a document
 * out of the trash exactly when they have a path to it (class membership, or a share in force
 * on it or a folder above it, a re-share only while its chain of sources holds); and every
 * stored blob belongs to a document or a version (no orphan), and every one of theirs is
 * stored.
 */
class SpacesModelProperties {

  private static final SpaceLimits SMALL = new SpaceLimits(3_000, 6, 4, 1_200);
  private static final int KEPT_VERSIONS = 2;
  private static final List<String> NAMES = List.of("a.txt", "A.TXT", "b.txt", "Café.txt",
      "CAFE\u0301.txt", "c");

  @Property(tries = 200)
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
        .withAction(shareFolder())
        .withAction(2, reshare())
        .withAction(revoke())
        .withAction(pupilLeavesOrJoins())
        .withAction(groupmateLeavesOrJoins())
        .withAction(colleagueLeavesOrJoins())
        .withAction(moveFolderAcross())
        .withAction(parallelUploads())
        .withAction(onADocument(doc -> Arbitraries.just(Transformer.mutate("trash " + doc,
            x -> x.trashDocument(doc)))))
        .withAction(onADocument(doc -> Arbitraries.just(Transformer.mutate("restore " + doc,
            x -> x.restoreDocument(doc)))))
        .withAction(trashOrRestoreFolder())
        .withAction(emptyTrash())
        .withAction(2, replace())
        .withAction(restoreVersion())
        .withAction(3, shareForContribution())
        .withAction(2, contributeUpload())
        .withAction(2, contributeCopy())
        .withAction(3, contributeReplace())
        .withAction(3, contributeTrashOrRestore())
        .withMaxTransformations(30);
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
    return onADocument(doc -> Arbitraries.of(Target.values()).map(to ->
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

  private static Action.Dependent<World> shareFolder() {
    return onAFolder((f, folders) -> Arbitraries.of(Target.values()).map(to ->
        Transformer.mutate("share folder " + f + " with " + to, x -> x.shareFolder(f, to))));
  }

  private static Action.Dependent<World> reshare() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return w.grants.stream().anyMatch(g -> g.reaches(Target.COLLEAGUE, w));
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        return Arbitraries.of(w.grants.stream().filter(g -> g.reaches(Target.COLLEAGUE, w))
            .toList()).map(g -> Transformer.mutate("colleague re-shares " + g.share().id()
                + " with the other pupil", x -> x.reshare(g)));
      }
    };
  }

  private static Action.Dependent<World> shareForContribution() {
    return onAFolder((f, folders) -> Arbitraries.of(Target.PUPIL, Target.CLASS).map(to ->
        Transformer.mutate("share folder " + f + " with " + to + " for contribution",
            x -> x.shareForContribution(f, to))));
  }

  /** The pupil copies a document into a folder, as a contributor. */
  private static Action.Dependent<World> contributeCopy() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.documents.isEmpty() && !w.folders.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        List<DocumentId> readable = w.documents.keySet().stream().filter(w::pupilReads)
            .toList();
        Arbitrary<DocumentId> any = Arbitraries.of(List.copyOf(w.documents.keySet()));
        Arbitrary<DocumentId> docs = readable.isEmpty() ? any
            : Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(readable)), Tuple.of(1, any));
        return docs.flatMap(doc -> Arbitraries.of(List.copyOf(w.folders.keySet())).map(f ->
            Transformer.mutate("pupil copies " + doc + " into " + f,
                x -> x.contributeCopy(doc, f))));
      }
    };
  }

  private static Action.Dependent<World> contributeUpload() {
    return onAFolder((f, folders) -> Arbitraries.integers().between(1, 1_400).flatMap(size ->
        Arbitraries.of(NAMES).map(name -> Transformer.mutate("pupil hands in " + size
            + " bytes '" + name + "' to " + f, x -> x.contributeUpload(f, name, size)))));
  }

  private static Action.Dependent<World> contributeReplace() {
    return onAPupilsDocument(doc -> Arbitraries.integers().between(1, 1_400).map(size ->
        Transformer.mutate("pupil replaces " + doc + " with " + size + " bytes",
            x -> x.contributeReplace(doc, size))));
  }

  private static Action.Dependent<World> contributeTrashOrRestore() {
    return onAPupilsDocument(doc -> Arbitraries.of(true, false).map(trash ->
        Transformer.mutate("pupil " + (trash ? "trashes " : "restores ") + doc,
            x -> x.contributeTrashOrRestore(doc, trash))));
  }

  /**
   * An action, once the pupil added a document, on one they added, mostly, or on any other
   * now and then.
   */
  private static Action.Dependent<World> onAPupilsDocument(
      Function<DocumentId, Arbitrary<Transformer<World>>> transformers) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(World w) {
        return !w.pupilsDocuments().isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        Arbitrary<DocumentId> any = Arbitraries.of(List.copyOf(w.documents.keySet()));
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(w.pupilsDocuments())),
            Tuple.of(1, any)).flatMap(transformers);
      }
    };
  }

  private static Action.Dependent<World> moveFolderAcross() {
    return onAFolder((f, folders) -> Arbitraries.of(true, false).map(toClass ->
        Transformer.mutate("move folder " + f + " to the " + (toClass ? "class" : "personal")
            + " space", x -> x.moveFolderAcross(f, toClass))));
  }

  private static Action.Independent<World> colleagueLeavesOrJoins() {
    return () -> Arbitraries.just(Transformer.mutate("the colleague leaves or joins the class",
        World::toggleColleague));
  }

  private static Action.Independent<World> groupmateLeavesOrJoins() {
    return () -> Arbitraries.just(Transformer.mutate("the other pupil leaves or joins the group",
        World::toggleGroup));
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
        return !w.grants.isEmpty();
      }

      @Override
      public Arbitrary<Transformer<World>> transformer(World w) {
        return Arbitraries.of(List.copyOf(w.grants)).map(grant ->
            Transformer.mutate("revoke " + grant.share().id(), x -> x.revoke(grant)));
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
    private final List<ModelGrant> grants = new ArrayList<>();
    private final Group group = Group.create(school.college.id(), new SchoolYear(2025), "ECO")
        .with(Set.of(school.otherPupil.id()), Set.of(school.teacher.id()));
    private boolean pupilInClass = true;
    private boolean otherPupilInGroup = true;
    private boolean colleagueInClass = true;

    World() {
      school.store.directory().saveGroup(group);
    }
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
      grants.removeIf(g -> g.share().item().equals(SharedItem.document(doc)));
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
      folders.keySet().removeIf(f -> school.store.spaces().findFolder(f).isEmpty());
      grants.removeIf(g -> school.store.shares().findShare(g.share().id()).isEmpty());
      for (ModelGrant grant : grants) {
        SharedItem item = grant.share().item();
        assertThat(item.isFolder() ? folders.containsKey(new FolderId(item.id()))
            : documents.containsKey(new DocumentId(item.id())))
            .as("a share outlives its item").isTrue();
      }
    }

    void share(DocumentId doc, Target to) {
      attempt(() -> granted(spaces.share(as(school.teacher), SharedItem.document(doc),
          to.grantee(school, group), Permission.READ, null), to, null));
    }

    void shareFolder(FolderId folder, Target to) {
      attempt(() -> granted(spaces.share(as(school.teacher), SharedItem.folder(folder),
          to.grantee(school, group), Permission.READ, null), to, null));
    }

    void reshare(ModelGrant source) {
      attempt(() -> granted(spaces.reshare(as(school.colleague), source.share().id(),
          school.otherPupil.id(), null), Target.OTHER_PUPIL, source));
    }

    /** Adds a share to the model, or replaces the one it extends. */
    private void granted(Share share, Target to, @Nullable ModelGrant source) {
      grants.removeIf(g -> g.share().id().equals(share.id()));
      grants.add(new ModelGrant(share, to, source));
    }

    void revoke(ModelGrant grant) {
      spaces.revoke(as(school.teacher), grant.share().id());
      Set<ModelGrant> gone = new HashSet<>(Set.of(grant));
      boolean more = true;
      while (more) {
        more = grants.stream().filter(g -> g.source() != null && gone.contains(g.source()))
            .map(gone::add).reduce(false, Boolean::logicalOr);
      }
      grants.removeAll(gone);
      gone.forEach(g -> assertThat(school.store.shares().findShare(g.share().id()))
          .as("re-share revoked with its source").isEmpty());
    }

    void shareForContribution(FolderId folder, Target to) {
      attempt(() -> granted(spaces.share(as(school.teacher), SharedItem.folder(folder),
          to.grantee(school, group), Permission.CONTRIBUTE, null), to, null));
    }

    void contributeCopy(DocumentId doc, FolderId folder) {
      SpaceId target = folders.get(folder);
      contributing(pupilReads(doc) && pupilContributes(folder), "copy " + doc, () -> {
        Document copy = spaces.copy(as(school.pupil), doc, target, folder);
        documents.put(copy.id(), copy.size());
      });
    }

    void contributeUpload(FolderId folder, String name, int size) {
      contributing(pupilContributes(folder), "hand in '" + name + "'", () -> {
        Document doc = spaces.createDocument(as(school.pupil), folders.get(folder), folder,
            name, content(size));
        documents.put(doc.id(), doc.size());
      });
    }

    void contributeReplace(DocumentId doc, int size) {
      contributing(pupilAdded(doc), "replace " + doc, () -> {
        Document replaced = spaces.replaceContent(as(school.pupil), doc,
            new ByteArrayInputStream(content(size).getBytes(StandardCharsets.UTF_8)));
        addVersion(doc, replaced.size());
      });
    }

    void contributeTrashOrRestore(DocumentId doc, boolean trash) {
      contributing(pupilAdded(doc), (trash ? "trash " : "restore ") + doc, () -> {
        if (trash) {
          spaces.trashDocument(as(school.pupil), doc);
        } else {
          spaces.restoreDocument(as(school.pupil), doc, NameConflict.SUFFIX);
        }
      });
    }

    /** Runs a step of the pupil's, checking that it is denied exactly when the model says. */
    private void contributing(boolean allowed, String what, Runnable step) {
      boolean denied = false;
      try {
        attempt(step);
      } catch (AccessDeniedException refused) {
        denied = true;
        assertThat(allowed).as("the pupil was refused to " + what + " though the model"
            + " allows it: " + refused.getMessage()).isFalse();
      }
      assertThat(denied).as("the pupil may " + what + " though the model refuses it")
          .isEqualTo(!allowed);
    }

    /** The documents the pupil added, wherever they are now. */
    private List<DocumentId> pupilsDocuments() {
      return documents.keySet().stream().filter(id -> school.store.spaces().findDocument(id)
          .orElseThrow().createdBy().equals(school.pupil.id())).toList();
    }

    /** Whether the pupil reads a document out of the trash, in the model. */
    private boolean pupilReads(DocumentId id) {
      Document doc = school.store.spaces().findDocument(id).orElseThrow();
      boolean inTrash = doc.trashed();
      for (FolderId at = doc.folder(); at != null; ) {
        Folder folder = school.store.spaces().findFolder(at).orElseThrow();
        inTrash |= folder.trashed();
        at = folder.parent();
      }
      return !inTrash && hasPath(school.pupil, doc);
    }

    /** Whether a share for contribution in force reaches the pupil on a folder or above. */
    private boolean pupilContributes(@Nullable FolderId folder) {
      for (FolderId at = folder; at != null; ) {
        SharedItem item = SharedItem.folder(at);
        if (grants.stream().anyMatch(g -> g.share().item().equals(item)
            && g.share().permission() == Permission.CONTRIBUTE
            && g.reaches(Target.PUPIL, this))) {
          return true;
        }
        at = school.store.spaces().findFolder(at).orElseThrow().parent();
      }
      return false;
    }

    /** Whether a document is the pupil's contribution: they added it where they contribute. */
    private boolean pupilAdded(DocumentId id) {
      Document doc = school.store.spaces().findDocument(id).orElseThrow();
      return doc.createdBy().equals(school.pupil.id()) && pupilContributes(doc.folder());
    }

    void moveFolderAcross(FolderId folder, boolean toClass) {
      SpaceId target = toClass ? classSpace.id() : personal.id();
      attempt(() -> spaces.moveFolder(as(school.teacher), folder, target, null,
          NameConflict.SUFFIX));
      folders.replaceAll((f, space) -> school.store.spaces().findFolder(f).orElseThrow()
          .space());
    }

    void toggleColleague() {
      SchoolClass stored = school.store.directory().findClass(school.classe.id()).orElseThrow();
      SchoolClass next = colleagueInClass ? stored.without(school.colleague.id())
          : stored.with(Set.of(), Set.of(school.colleague.id()), Set.of());
      school.store.directory().saveClass(next);
      colleagueInClass = !colleagueInClass;
    }

    void toggleGroup() {
      Group stored = school.store.directory().findGroup(group.id()).orElseThrow();
      Group next = otherPupilInGroup ? stored.without(school.otherPupil.id())
          : stored.with(Set.of(school.otherPupil.id()), Set.of());
      school.store.directory().saveGroup(next);
      otherPupilInGroup = !otherPupilInGroup;
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
          boolean reads = spaces.canRead(as(person), doc.id());
          if (inTrash) {
            boolean writer = person.id().equals(school.colleague.id()) && colleagueInClass
                && doc.space().equals(classSpace.id());
            assertThat(!reads || writer).as(person.lastName() + " reads " + doc.name()
                + " in the trash").isTrue();
          } else {
            assertThat(reads).as(person.lastName() + (reads ? " reads " : " does not read ")
                + doc.name() + " with the model saying the opposite")
                .isEqualTo(hasPath(person, doc));
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
      Target who = Target.of(person, school);
      if (who == null) {
        return false;
      }
      if (doc.space().equals(classSpace.id()) && Target.CLASS.reaches(who, this)) {
        return true;
      }
      Set<SharedItem> items = new HashSet<>(Set.of(SharedItem.document(doc.id())));
      for (FolderId at = doc.folder(); at != null; ) {
        items.add(SharedItem.folder(at));
        at = school.store.spaces().findFolder(at).orElseThrow().parent();
      }
      return grants.stream().anyMatch(g -> items.contains(g.share().item())
          && g.reaches(who, this));
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

  /** Whom the model shares with, and the people it checks. */
  enum Target {
    COLLEAGUE, PUPIL, OTHER_PUPIL, CLASS, GROUP;

    Grantee grantee(School school, Group group) {
      return switch (this) {
        case COLLEAGUE -> Grantee.person(school.colleague.id());
        case PUPIL -> Grantee.person(school.pupil.id());
        case OTHER_PUPIL -> Grantee.person(school.otherPupil.id());
        case CLASS -> Grantee.classSpace(school.classe.id());
        case GROUP -> Grantee.groupSpace(group.id());
      };
    }

    /** The person target for a person the model checks, or null for those it never grants. */
    static @Nullable Target of(Person person, School school) {
      return person.equals(school.colleague) ? COLLEAGUE : person.equals(school.pupil) ? PUPIL
          : person.equals(school.otherPupil) ? OTHER_PUPIL : null;
    }

    /** Whether this grantee reaches a person target now, in the model. */
    boolean reaches(Target person, World w) {
      return switch (this) {
        case CLASS -> person == COLLEAGUE && w.colleagueInClass
            || person == PUPIL && w.pupilInClass;
        case GROUP -> person == OTHER_PUPIL && w.otherPupilInGroup;
        default -> this == person;
      };
    }
  }

  /** A share in the model: to whom, and for a re-share, the grant it came from. */
  record ModelGrant(Share share, Target to, @Nullable ModelGrant source) {

    /** Whether it holds for a person target: it reaches them and its sources hold. */
    boolean reaches(Target person, World w) {
      return to.reaches(person, w) && (source == null || source.reaches(Target.COLLEAGUE, w));
    }
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
