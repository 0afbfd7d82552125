package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentPage;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Permission;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The paged list of what is shared with the actor. */
class SpacesSharedWithMeTest {

  private final School school = new School();
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void sharedWithMe_pagesEveryDocumentOnceInTheOrderOfTheUnpagedList() {
    Folder shared = sharedFolder();
    for (int i = 0; i < 7; i++) {
      spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "doc-" + i + ".txt",
          "x");
    }

    List<Document> paged = readAll(3);

    assertThat(paged).hasSize(7).containsExactlyElementsOf(
        spaces.sharedWithMe(as(school.colleague)));
  }

  @Test
  void sharedWithMe_lastPageHasNoCursor() {
    Folder shared = sharedFolder();
    spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "a.txt", "x");
    spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "b.txt", "x");

    DocumentPage exact = spaces.sharedWithMe(as(school.colleague), null, 2);
    DocumentPage first = spaces.sharedWithMe(as(school.colleague), null, 1);

    assertThat(exact.documents()).hasSize(2);
    assertThat(exact.hasNext()).isFalse();
    assertThat(first.next()).isNotNull();
    assertThat(spaces.sharedWithMe(as(school.colleague), first.next(), 1).hasNext()).isFalse();
  }

  @Test
  void sharedWithMe_aRenameBetweenPagesNeitherRepeatsNorHidesTheOthers() {
    Folder shared = sharedFolder();
    Document a = spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "a.txt", "x");
    spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "b.txt", "x");
    Document c = spaces.createDocument(as(school.teacher), mine.id(), shared.id(), "c.txt", "x");

    DocumentPage first = spaces.sharedWithMe(as(school.colleague), null, 1);
    spaces.renameDocument(as(school.teacher), a.id(), "z.txt", NameConflict.REFUSE);
    DocumentPage rest = spaces.sharedWithMe(as(school.colleague), first.next(), 10);

    assertThat(first.documents()).extracting(Document::id).containsExactly(a.id());
    assertThat(rest.documents()).extracting(d -> d.name().value())
        .containsExactly("b.txt", "c.txt", "z.txt");
    assertThat(rest.documents()).extracting(Document::id).contains(c.id());
  }

  @Test
  void sharedWithMe_refusesALimitOutOfRangeNamingTheBound() {
    assertThatThrownBy(() -> spaces.sharedWithMe(as(school.colleague), null, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("page size 0").hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> spaces.sharedWithMe(as(school.colleague), null, 101))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("page size 101");
  }

  @Test
  void sharedWithMe_refusesACursorNoPageReturned() {
    assertThatThrownBy(() -> spaces.sharedWithMe(as(school.colleague), "not-a-cursor!", 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cursor 'not-a-cursor!'")
        .hasMessageContaining("null for the first page");
  }

  @Test
  void sharedWithMe_refusesAnUnknownActor() {
    assertThatThrownBy(() -> spaces.sharedWithMe(fr.folios.core.directory.Actor.of(
        fr.folios.core.directory.PersonId.random()), null, 10))
        .isInstanceOf(AccessDeniedException.class);
  }

  private Folder sharedFolder() {
    Folder folder = spaces.createFolder(as(school.teacher), mine.id(), null, "Partagé");
    spaces.share(as(school.teacher), SharedItem.folder(folder.id()),
        Grantee.person(school.colleague.id()), Permission.READ, null);
    return folder;
  }

  private List<Document> readAll(int limit) {
    List<Document> all = new ArrayList<>();
    @Nullable String cursor = null;
    do {
      DocumentPage page = spaces.sharedWithMe(as(school.colleague), cursor, limit);
      assertThat(page.documents()).hasSizeLessThanOrEqualTo(limit);
      all.addAll(page.documents());
      cursor = page.next();
    } while (cursor != null);
    return all;
  }
}
