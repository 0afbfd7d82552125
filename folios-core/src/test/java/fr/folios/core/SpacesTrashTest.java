package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.core.space.Trash;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The trash: what it hides, what it costs, restoring and purging. */
class SpacesTrashTest {

  private final InMemoryBlobStore blobs = InMemoryBlobStore.create();
  private final School school = new School(blobs, new SpaceLimits(1_000, 10, 10, 1_000));
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void trashFolder_hidesItsContentFromListingsAndReadersButKeepsItsCost() {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), folder.id(), "a.txt",
        "abcd");
    spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(), null);

    spaces.trashFolder(as(school.teacher), folder.id());

    assertThat(spaces.folders(as(school.teacher), mine.id(), null)).isEmpty();
    assertThat(spaces.canRead(as(school.colleague), doc.id())).isFalse();
    assertThat(spaces.sharedWithMe(as(school.colleague))).isEmpty();
    assertThat(spaces.canRead(as(school.teacher), doc.id())).isTrue();
    assertThat(spaces.trash(as(school.teacher), mine.id()).folders()).extracting(Folder::id)
        .containsExactly(folder.id());
    assertThat(spaces.space(as(school.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(4, 1, 1));
    assertThatThrownBy(() -> spaces.createDocument(as(school.teacher), mine.id(), folder.id(),
        "b.txt", "b")).isInstanceOf(ConflictException.class).hasMessageContaining("trash");
    assertThatThrownBy(() -> spaces.shareWithPerson(as(school.teacher), doc.id(),
        school.pupil.id(), null)).isInstanceOf(ConflictException.class);
  }

  @Test
  void restoreFolder_bringsEverythingBackAndNumbersItIfItsNameWasTaken() {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), folder.id(), "a.txt",
        "abcd");
    spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(), null);
    spaces.trashFolder(as(school.teacher), folder.id());
    spaces.createFolder(as(school.teacher), mine.id(), null, "avenir");

    assertThatThrownBy(() -> spaces.restoreFolder(as(school.teacher), folder.id(),
        NameConflict.REFUSE)).isInstanceOf(ConflictException.class);
    Folder restored = spaces.restoreFolder(as(school.teacher), folder.id(),
        NameConflict.SUFFIX);

    assertThat(restored.name().value()).isEqualTo("Avenir (1)");
    assertThat(restored.trashed()).isFalse();
    assertThat(spaces.canRead(as(school.colleague), doc.id())).isTrue();
    assertThat(spaces.trash(as(school.teacher), mine.id()).isEmpty()).isTrue();
  }

  @Test
  void restoreDocument_goesToTheRootWhenItsFolderIsInTheTrash() {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), folder.id(), "a.txt",
        "abcd");
    spaces.trashDocument(as(school.teacher), doc.id());
    spaces.trashFolder(as(school.teacher), folder.id());

    Document restored = spaces.restoreDocument(as(school.teacher), doc.id(),
        NameConflict.REFUSE);

    assertThat(restored.folder()).isNull();
    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).containsExactly(restored);
    assertThatThrownBy(() -> spaces.restoreDocument(as(school.teacher), doc.id(),
        NameConflict.REFUSE)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void purge_deletesTheTreeReleasesUsageAndFreesUnusedBytes() throws IOException {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Folder sub = spaces.createFolder(as(school.teacher), mine.id(), folder.id(), "Stages");
    Document kept = spaces.createDocument(as(school.teacher), mine.id(), null, "k.txt", "same");
    Document copy = spaces.createDocument(as(school.teacher), mine.id(), sub.id(), "c.txt",
        "same");
    Document alone = spaces.createDocument(as(school.teacher), mine.id(), sub.id(), "d.txt",
        "only here");
    spaces.trashDocument(as(school.teacher), alone.id());
    spaces.trashFolder(as(school.teacher), folder.id());

    int purged = spaces.purge(as(school.teacher), mine.id(), null);

    assertThat(purged).isEqualTo(2);
    assertThat(spaces.space(as(school.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(4, 1, 0));
    assertThat(spaces.trash(as(school.teacher), mine.id()).isEmpty()).isTrue();
    assertThat(blobs.exists(kept.blob())).isTrue();
    assertThat(blobs.exists(alone.blob())).isFalse();
    assertThat(copy.blob()).isEqualTo(kept.blob());
  }

  @Test
  void purge_ofOneItemLeavesTheRestAndRefusesWhatIsNotInTheTrash() {
    Document a = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "a");
    Document b = spaces.createDocument(as(school.teacher), mine.id(), null, "b.txt", "bb");
    spaces.trashDocument(as(school.teacher), a.id());
    spaces.trashDocument(as(school.teacher), b.id());

    assertThat(spaces.purge(as(school.teacher), mine.id(), a.id().value())).isEqualTo(1);
    Trash left = spaces.trash(as(school.teacher), mine.id());

    assertThat(left.documents()).extracting(Document::id).containsExactly(b.id());
    assertThatThrownBy(() -> spaces.purge(as(school.teacher), mine.id(), "nothing"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing");
  }

  @Test
  void trash_isTheWritersOnly() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "a");

    assertThatThrownBy(() -> spaces.trashDocument(as(school.pupil), doc.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.trash(as(school.pupil), mine.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.purge(as(school.pupil), mine.id(), null))
        .isInstanceOf(AccessDeniedException.class);
  }
}
