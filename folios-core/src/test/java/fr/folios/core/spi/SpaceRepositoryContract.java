package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.folder;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.ConflictException;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SpaceRepository} must do; each adapter runs it. */
public abstract class SpaceRepositoryContract extends PersistenceContract {

  private SpaceRepository spaces;
  private Person owner;
  private Space space;

  @BeforeEach
  void createSpace() {
    spaces = persistence.spaces();
    owner = savedPerson(Profile.STUDENT, "Morel");
    space = personalSpace(owner.id());
    spaces.saveSpace(space);
  }

  @Test
  void space_roundTripsAndIsFoundByOwner() {
    assertThat(spaces.findSpace(space.id())).contains(space);
    assertThat(spaces.findSpaceByOwner(SpaceKind.PERSONAL, owner.id().value())).contains(space);
    assertThat(spaces.findSpaceByOwner(SpaceKind.CLASS, owner.id().value())).isEmpty();
  }

  @Test
  void space_usageIsSavedWithTheSpace() {
    Space used = space.reserve(1_000, 2, 1, "two documents");
    spaces.saveSpace(used);

    assertThat(spaces.findSpace(space.id()).orElseThrow().usage()).isEqualTo(used.usage());
    assertThat(persistence.transactions().inTransaction(() -> spaces.lockSpace(space.id())))
        .contains(used);
  }

  @Test
  void space_secondOfTheSameKindForTheSameOwnerIsRefused() {
    assertThatThrownBy(() -> spaces.saveSpace(personalSpace(owner.id())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(owner.id().value());
  }

  @Test
  void folders_areListedPerParentOrderedByNameIgnoringCase() {
    Folder b = folder(space.id(), null, "bilan", owner.id());
    Folder a = folder(space.id(), null, "Avenir", owner.id());
    spaces.saveFolder(b);
    spaces.saveFolder(a);
    Folder child = folder(space.id(), a.id(), "Stage de 3e", owner.id());
    spaces.saveFolder(child);

    assertThat(spaces.folders(space.id(), null)).containsExactly(a, b);
    assertThat(spaces.folders(space.id(), a.id())).containsExactly(child);
    assertThat(spaces.findFolder(child.id())).contains(child);
  }

  @Test
  void documents_roundTripWithEmojiNamesAndAreListedPerFolder() {
    Folder folder = folder(space.id(), null, "Avenir", owner.id());
    spaces.saveFolder(folder);
    Document inRoot = document(space.id(), null, "Mon CV 🎓.txt", blob('a'), owner.id());
    Document inFolder = document(space.id(), folder.id(), "Stage.txt", blob('b'), owner.id());
    spaces.saveDocument(inRoot);
    spaces.saveDocument(inFolder);

    assertThat(spaces.findDocument(inRoot.id())).contains(inRoot);
    assertThat(spaces.documents(space.id(), null)).containsExactly(inRoot);
    assertThat(spaces.documents(space.id(), folder.id())).containsExactly(inFolder);
  }

  @Test
  void trashed_itemsLeaveTheListingsAndAreListedApartWithTheirTime() {
    Folder folder = folder(space.id(), null, "Avenir", owner.id());
    Folder kept = folder(space.id(), null, "Bilan", owner.id());
    spaces.saveFolder(folder);
    spaces.saveFolder(kept);
    Document doc = document(space.id(), kept.id(), "a.txt", blob('a'), owner.id());
    spaces.saveDocument(doc);
    Folder trashedFolder = folder.withTrashedAt(Fixtures.NOW.plusSeconds(60));
    Document trashedDocument = doc.withTrashedAt(Fixtures.NOW.plusSeconds(120));

    spaces.saveFolder(trashedFolder);
    spaces.saveDocument(trashedDocument);

    assertThat(spaces.folders(space.id(), null)).containsExactly(kept);
    assertThat(spaces.documents(space.id(), kept.id())).isEmpty();
    assertThat(spaces.trashedFolders(space.id())).containsExactly(trashedFolder);
    assertThat(spaces.trashedDocuments(space.id())).containsExactly(trashedDocument);
    assertThat(spaces.findDocument(doc.id())).contains(trashedDocument);
    spaces.saveDocument(trashedDocument.withTrashedAt(null));
    assertThat(spaces.documents(space.id(), kept.id())).containsExactly(doc);
  }

  @Test
  void nameTaken_answersPerFolderIgnoringCaseAndTheTrash() {
    Folder avenir = folder(space.id(), null, "Avenir", owner.id());
    spaces.saveFolder(avenir);
    Document cv = document(space.id(), avenir.id(), "Mon CV 🎓.txt", blob('a'), owner.id());
    spaces.saveDocument(cv);
    Document stage = document(space.id(), null, "Stage.odt", blob('b'), owner.id());
    spaces.saveDocument(stage);

    assertThat(spaces.nameTaken(space.id(), null, avenir.name().key())).isTrue();
    assertThat(spaces.nameTaken(space.id(), null, "avenir")).isTrue();
    assertThat(spaces.nameTaken(space.id(), null, "stage.odt")).isTrue();
    assertThat(spaces.nameTaken(space.id(), avenir.id(), cv.name().key())).isTrue();
    assertThat(spaces.nameTaken(space.id(), null, cv.name().key())).isFalse();
    assertThat(spaces.nameTaken(space.id(), avenir.id(), "stage.odt")).isFalse();
    Space other = personalSpace(savedPerson(Profile.STUDENT, "Leroy").id());
    spaces.saveSpace(other);
    assertThat(spaces.nameTaken(other.id(), null, "avenir")).isFalse();

    spaces.saveDocument(stage.withTrashedAt(Fixtures.NOW.plusSeconds(60)));
    spaces.saveFolder(avenir.withTrashedAt(Fixtures.NOW.plusSeconds(60)));
    assertThat(spaces.nameTaken(space.id(), null, "stage.odt")).isFalse();
    assertThat(spaces.nameTaken(space.id(), null, "avenir")).isFalse();
  }

  @Test
  void deleteFolder_removesAnEmptyFolderAndIgnoresAMissingOne() {
    Folder folder = folder(space.id(), null, "Avenir", owner.id());
    spaces.saveFolder(folder);

    spaces.deleteFolder(folder.id());
    spaces.deleteFolder(folder.id());

    assertThat(spaces.findFolder(folder.id())).isEmpty();
    assertThat(spaces.folders(space.id(), null)).isEmpty();
  }

  @Test
  void documents_usingABlobAreCountedAcrossSpaces() {
    Person other = savedPerson(Profile.STUDENT, "Durand");
    Space otherSpace = personalSpace(other.id());
    spaces.saveSpace(otherSpace);
    spaces.saveDocument(document(space.id(), null, "a.txt", blob('c'), owner.id()));
    spaces.saveDocument(document(otherSpace.id(), null, "b.txt", blob('c'), other.id()));

    assertThat(spaces.countDocumentsUsing(blob('c'))).isEqualTo(2);
    assertThat(spaces.countDocumentsUsing(blob('d'))).isZero();
  }

  @Test
  void deleteDocument_removesItAndItsSharesOnly() {
    Document gone = document(space.id(), null, "a.txt", blob('a'), owner.id());
    Document kept = document(space.id(), null, "b.txt", blob('a'), owner.id());
    spaces.saveDocument(gone);
    spaces.saveDocument(kept);
    Share ofGone = shareTo(gone);
    Share ofKept = shareTo(kept);

    spaces.deleteDocument(gone.id());

    assertThat(spaces.findDocument(gone.id())).isEmpty();
    assertThat(spaces.documents(space.id(), null)).containsExactly(kept);
    assertThat(spaces.countDocumentsUsing(blob('a'))).isEqualTo(1);
    assertThat(persistence.shares().findShare(ofGone.id())).isEmpty();
    assertThat(persistence.shares().sharesOf(gone.id())).isEmpty();
    assertThat(persistence.shares().sharesOf(kept.id())).containsExactly(ofKept);
  }

  @Test
  void deleteDocument_ofAMissingDocumentDoesNothing() {
    Document kept = document(space.id(), null, "a.txt", blob('a'), owner.id());
    spaces.saveDocument(kept);

    spaces.deleteDocument(DocumentId.random());

    assertThat(spaces.documents(space.id(), null)).containsExactly(kept);
  }

  @Test
  void deleteDocument_isUndoneWhenItsTransactionFails() {
    Document document = document(space.id(), null, "a.txt", blob('a'), owner.id());
    spaces.saveDocument(document);
    Share share = shareTo(document);
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      spaces.deleteDocument(document.id());
      throw failure;
    })).isSameAs(failure);

    assertThat(spaces.findDocument(document.id())).contains(document);
    assertThat(persistence.shares().sharesOf(document.id())).containsExactly(share);
  }

  @Test
  void deleteSpace_removesAnEmptySpaceAndFreesItsOwnerForANewOne() {
    Folder folder = folder(space.id(), null, "Projets", owner.id());
    Document document = document(space.id(), folder.id(), "a.txt", blob('a'), owner.id());
    spaces.saveFolder(folder);
    spaces.saveDocument(document);
    spaces.deleteDocument(document.id());
    spaces.deleteFolder(folder.id());

    spaces.deleteSpace(space.id());
    spaces.deleteSpace(space.id());

    assertThat(spaces.findSpace(space.id())).isEmpty();
    assertThat(spaces.findSpaceByOwner(SpaceKind.PERSONAL, owner.id().value())).isEmpty();
    Space again = personalSpace(owner.id());
    spaces.saveSpace(again);
    assertThat(spaces.findSpaceByOwner(SpaceKind.PERSONAL, owner.id().value())).contains(again);
  }

  @Test
  void deleteSpace_isUndoneWhenItsTransactionFails() {
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      spaces.lockSpace(space.id());
      spaces.deleteSpace(space.id());
      throw failure;
    })).isSameAs(failure);

    assertThat(spaces.findSpace(space.id())).contains(space);
  }

  @Test
  void documentsAfter_pagesThroughEveryDocumentOfEverySpaceOnce_trashIncluded() {
    Space other = personalSpace(savedPerson(Profile.EDUCATIONAL_STAFF, "Perrin").id());
    spaces.saveSpace(other);
    List<Document> saved = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Document document = document(i % 2 == 0 ? space.id() : other.id(), null, "d" + i + ".txt",
          blob('a'), owner.id());
      saved.add(i == 3 ? document.withTrashedAt(Fixtures.NOW) : document);
      spaces.saveDocument(saved.get(i));
    }

    List<Document> paged = new ArrayList<>();
    List<Document> page = spaces.documentsAfter(null, 3);
    while (!page.isEmpty()) {
      assertThat(page).hasSizeLessThanOrEqualTo(3);
      paged.addAll(page);
      page = spaces.documentsAfter(page.get(page.size() - 1).id(), 3);
    }

    assertThat(paged).containsExactlyInAnyOrderElementsOf(saved);
    assertThat(spaces.countDocuments()).isEqualTo(7);
  }

  private Share shareTo(Document document) {
    Share share = new Share(ShareId.random(), document.id(), Grantee.person(owner.id()),
        owner.id(), Fixtures.NOW, null);
    persistence.shares().saveShare(share);
    return share;
  }
}
