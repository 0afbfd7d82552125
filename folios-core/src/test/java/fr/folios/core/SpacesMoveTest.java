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
import org.junit.jupiter.api.Test;

/** Renaming and moving documents and folders: names, cycles, quotas, rights. */
class SpacesMoveTest {

  private final School school = new School(InMemoryBlobStore.create(),
      new SpaceLimits(1_000, 10, 10, 1_000));
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void renameDocument_refusesATakenNameIgnoringCaseAndNormalisation() {
    spaces.createDocument(as(school.teacher), mine.id(), null, "Café.txt", "a");
    Document other = spaces.createDocument(as(school.teacher), mine.id(), null, "b.txt", "b");

    assertThatThrownBy(() -> spaces.renameDocument(as(school.teacher), other.id(),
        "CAFE\u0301.TXT", NameConflict.REFUSE))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("CAFÉ.TXT").hasMessageContaining("NameConflict.SUFFIX");
    assertThat(spaces.documents(as(school.teacher), mine.id(), null))
        .extracting(d -> d.name().value()).containsExactlyInAnyOrder("Café.txt", "b.txt");
  }

  @Test
  void renameDocument_numbersTheNameWhenAskedAndKeepsTheExtension() {
    spaces.createDocument(as(school.teacher), mine.id(), null, "cv.txt", "a");
    spaces.createDocument(as(school.teacher), mine.id(), null, "cv (1).txt", "b");
    Document third = spaces.createDocument(as(school.teacher), mine.id(), null, "x.txt", "c");

    Document renamed = spaces.renameDocument(as(school.teacher), third.id(), "CV.txt",
        NameConflict.SUFFIX);

    assertThat(renamed.name().value()).isEqualTo("CV (2).txt");
    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).hasSize(3);
  }

  @Test
  void renameDocument_toItsOwnNameInAnotherCaseIsNotAConflict() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "notes.txt", "a");

    Document renamed = spaces.renameDocument(as(school.teacher), doc.id(), "Notes.txt",
        NameConflict.REFUSE);

    assertThat(renamed.name().value()).isEqualTo("Notes.txt");
  }

  @Test
  void moveFolder_refusesItselfAndItsDescendantsByIdentityNotByPath() {
    Folder a = spaces.createFolder(as(school.teacher), mine.id(), null, "A");
    Folder ab = spaces.createFolder(as(school.teacher), mine.id(), null, "AB");
    Folder child = spaces.createFolder(as(school.teacher), mine.id(), a.id(), "child");
    Folder grandChild = spaces.createFolder(as(school.teacher), mine.id(), child.id(), "g");

    assertThatThrownBy(() -> spaces.moveFolder(as(school.teacher), a.id(), a.id(),
        NameConflict.REFUSE)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> spaces.moveFolder(as(school.teacher), a.id(), grandChild.id(),
        NameConflict.REFUSE)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one of its own subfolders");
    Folder moved = spaces.moveFolder(as(school.teacher), a.id(), ab.id(), NameConflict.REFUSE);

    assertThat(moved.parent()).isEqualTo(ab.id());
    assertThat(spaces.folders(as(school.teacher), mine.id(), ab.id())).containsExactly(moved);
    assertThat(spaces.folders(as(school.teacher), mine.id(), a.id())).containsExactly(child);
  }

  @Test
  void moveFolder_toTheRootWithATakenNameIsNumberedOrRefused() {
    Folder top = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Folder parent = spaces.createFolder(as(school.teacher), mine.id(), null, "2025");
    Folder nested = spaces.createFolder(as(school.teacher), mine.id(), parent.id(), "avenir");

    assertThatThrownBy(() -> spaces.moveFolder(as(school.teacher), nested.id(), null,
        NameConflict.REFUSE)).isInstanceOf(ConflictException.class);
    Folder moved = spaces.moveFolder(as(school.teacher), nested.id(), null,
        NameConflict.SUFFIX);

    assertThat(moved.name().value()).isEqualTo("avenir (1)");
    assertThat(spaces.folders(as(school.teacher), mine.id(), null)).extracting(f -> f.id())
        .contains(top.id(), moved.id());
  }

  @Test
  void moveDocument_betweenSpacesMovesItsUsage() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document doc = spaces.createDocument(as(school.teacher), classSpace.id(), null,
        "Consignes.txt", "0123456789");

    Document moved = spaces.moveDocument(as(school.teacher), doc.id(), mine.id(), null,
        NameConflict.REFUSE);

    assertThat(moved.space()).isEqualTo(mine.id());
    assertThat(spaces.space(as(school.teacher), mine.id()).usage())
        .isEqualTo(new SpaceUsage(10, 1, 0));
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(SpaceUsage.EMPTY);
    assertThat(spaces.canRead(as(school.pupil), doc.id())).isFalse();
  }

  @Test
  void moveDocument_overTheTargetsQuotaMovesNothing() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document big = spaces.createDocument(as(school.teacher), classSpace.id(), null,
        "Long.txt", "x".repeat(600));
    spaces.createDocument(as(school.teacher), mine.id(), null, "Mine.txt", "y".repeat(500));

    assertThatThrownBy(() -> spaces.moveDocument(as(school.teacher), big.id(), mine.id(), null,
        NameConflict.REFUSE)).isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("1000");
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().bytes()).isEqualTo(500);
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage().bytes())
        .isEqualTo(600);
    assertThat(spaces.canRead(as(school.pupil), big.id())).isTrue();
  }

  @Test
  void moveDocument_bySomeoneWhoMayNotWriteTheTargetIsRefused() {
    Document doc = spaces.createDocument(as(school.teacher), mine.id(), null, "a.txt", "a");
    Space pupilSpace = spaces.personalSpace(as(school.pupil));

    assertThatThrownBy(() -> spaces.moveDocument(as(school.teacher), doc.id(),
        pupilSpace.id(), null, NameConflict.REFUSE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.renameDocument(as(school.pupil), doc.id(), "b.txt",
        NameConflict.REFUSE)).isInstanceOf(AccessDeniedException.class);
    assertThat(spaces.documents(as(school.teacher), mine.id(), null))
        .singleElement().satisfies(d -> assertThat(d.name().value()).isEqualTo("a.txt"));
  }

  @Test
  void renameFolder_refusesABadName() {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");

    assertThatThrownBy(() -> spaces.renameFolder(as(school.teacher), folder.id(), "a/b",
        NameConflict.SUFFIX)).isInstanceOf(InvalidInputException.class);
    assertThat(spaces.renameFolder(as(school.teacher), folder.id(), "Avenir 🚀",
        NameConflict.REFUSE).name().value()).isEqualTo("Avenir 🚀");
  }

  @Test
  void copyFolder_copiesTheTreeDeepAndCountsItAll() {
    Folder avenir = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Folder sub = spaces.createFolder(as(school.teacher), mine.id(), avenir.id(), "Stages");
    spaces.createDocument(as(school.teacher), mine.id(), avenir.id(), "a.txt", "aaaa");
    spaces.createDocument(as(school.teacher), mine.id(), sub.id(), "b.txt", "bb");
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());

    Folder copy = spaces.copyFolder(as(school.teacher), avenir.id(), classSpace.id(), null,
        NameConflict.REFUSE);

    assertThat(copy.space()).isEqualTo(classSpace.id());
    assertThat(spaces.documents(as(school.teacher), classSpace.id(), copy.id()))
        .extracting(d -> d.name().value()).containsExactly("a.txt");
    Folder copiedSub = spaces.folders(as(school.teacher), classSpace.id(), copy.id()).get(0);
    assertThat(copiedSub.name().value()).isEqualTo("Stages");
    assertThat(spaces.documents(as(school.teacher), classSpace.id(), copiedSub.id()))
        .extracting(d -> d.name().value()).containsExactly("b.txt");
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(new SpaceUsage(6, 2, 2));
    assertThat(spaces.canRead(as(school.pupil), spaces.documents(as(school.teacher),
        classSpace.id(), copy.id()).get(0).id())).isTrue();
  }

  @Test
  void copyFolder_overALimitCopiesNothing() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Folder big = spaces.createFolder(as(school.teacher), classSpace.id(), null, "Big");
    spaces.createDocument(as(school.teacher), classSpace.id(), big.id(), "a.txt",
        "x".repeat(700));
    spaces.createDocument(as(school.teacher), classSpace.id(), big.id(), "b.txt",
        "y".repeat(400));

    assertThatThrownBy(() -> spaces.copyFolder(as(school.teacher), big.id(), mine.id(), null,
        NameConflict.REFUSE)).isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("Big");
    assertThat(spaces.space(as(school.teacher), mine.id()).usage())
        .isEqualTo(SpaceUsage.EMPTY);
    assertThat(spaces.folders(as(school.teacher), mine.id(), null)).isEmpty();
  }

  @Test
  void copyFolder_intoItselfIsRefusedAndBesideItIsNumbered() {
    Folder avenir = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Folder sub = spaces.createFolder(as(school.teacher), mine.id(), avenir.id(), "Stages");

    assertThatThrownBy(() -> spaces.copyFolder(as(school.teacher), avenir.id(), mine.id(),
        sub.id(), NameConflict.SUFFIX)).isInstanceOf(InvalidInputException.class);
    Folder copy = spaces.copyFolder(as(school.teacher), avenir.id(), mine.id(), null,
        NameConflict.SUFFIX);

    assertThat(copy.name().value()).isEqualTo("Avenir (1)");
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().folders()).isEqualTo(4);
  }

  @Test
  void copyFolder_ofASpaceTheActorCannotReadIsRefused() {
    Folder avenir = spaces.createFolder(as(school.teacher), mine.id(), null, "Avenir");
    Space pupilSpace = spaces.personalSpace(as(school.pupil));

    assertThatThrownBy(() -> spaces.copyFolder(as(school.pupil), avenir.id(),
        pupilSpace.id(), null, NameConflict.REFUSE))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(spaces.folders(as(school.pupil), pupilSpace.id(), null)).isEmpty();
  }
}
