package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.Group;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Shares at full depth: folders, groups, contribution, re-shares and cross-space moves. */
class SpacesSharingTest {

  private final School school = new School();
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void shareFolder_coversDocumentsAtAnyDepthIncludingThoseAddedLater() {
    Folder top = folder(null, "Projets");
    Folder deep = folder(top, "Sortie");
    spaces.share(as(school.teacher), SharedItem.folder(top.id()),
        Grantee.person(school.colleague.id()), Permission.READ, null);

    Document later = text(deep, "plan.txt");

    assertThat(spaces.canRead(as(school.colleague), later.id())).isTrue();
    assertThat(spaces.sharedWithMe(as(school.colleague))).containsExactly(later);
    assertThat(spaces.canRead(as(school.otherPupil), later.id())).isFalse();
  }

  @Test
  void shareFolder_itemsMovedOutLoseItAndItemsMovedInGainIt() {
    Folder shared = folder(null, "Partagé");
    Document inside = text(shared, "a.txt");
    Document outside = text(null, "b.txt");
    spaces.share(as(school.teacher), SharedItem.folder(shared.id()),
        Grantee.person(school.colleague.id()), Permission.READ, null);

    spaces.moveDocument(as(school.teacher), inside.id(), mine.id(), null, NameConflict.SUFFIX);
    spaces.moveDocument(as(school.teacher), outside.id(), mine.id(), shared.id(),
        NameConflict.SUFFIX);

    assertThat(spaces.canRead(as(school.colleague), inside.id())).isFalse();
    assertThat(spaces.canRead(as(school.colleague), outside.id())).isTrue();
  }

  @Test
  void shareWithGroup_givesItsMembersAccessUntilTheyLeave() {
    Group group = group();
    Document doc = text(null, "a.txt");

    spaces.shareWithGroup(as(school.teacher), doc.id(), group.id(), null);
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isTrue();

    school.store.directory().saveGroup(group.without(school.otherPupil.id()));
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
  }

  @Test
  void shareWithGroup_isRefusedToWhoIsNotItsStaff() {
    Group group = group();
    Document doc = spaces.createDocument(as(school.colleague),
        spaces.personalSpace(as(school.colleague)).id(), null, "a.txt", "x");

    assertThatThrownBy(() -> spaces.shareWithGroup(as(school.colleague), doc.id(), group.id(),
        null)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("not staff");
  }

  @Test
  void groupSpace_isReadByItsMembersAndWrittenByItsStaff() {
    Group group = group();
    Space space = spaces.groupSpace(as(school.teacher), group.id());
    Document doc = spaces.createDocument(as(school.teacher), space.id(), null, "a.txt", "x");

    assertThat(spaces.groupSpace(as(school.otherPupil), group.id())).isEqualTo(
        spaces.space(as(school.otherPupil), space.id()));
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isTrue();
    assertThatThrownBy(() -> spaces.createDocument(as(school.otherPupil), space.id(), null,
        "b.txt", "x")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.groupSpace(as(school.pupil), group.id()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not a member");
  }

  @Test
  void reshare_givesTheRecipientReadAccessAndRevokingTheSourceCascades() {
    Document doc = text(null, "a.txt");
    Share source = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);
    Share reshare = spaces.reshare(as(school.colleague), source.id(), school.otherPupil.id(),
        null);
    Share again = spaces.reshare(as(school.colleague), source.id(), school.pupil.id(), null);
    assertThat(reshare.source()).isEqualTo(source.id());
    assertThat(reshare.permission()).isEqualTo(Permission.READ);
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isTrue();

    spaces.revoke(as(school.teacher), source.id());

    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
    assertThat(spaces.canRead(as(school.pupil), doc.id())).isFalse();
    assertThat(school.store.shares().findShare(reshare.id())).isEmpty();
    assertThat(school.store.shares().findShare(again.id())).isEmpty();
  }

  @Test
  void reshare_isRefusedToAPupil() {
    Document doc = text(null, "a.txt");
    Share source = spaces.shareWithPerson(as(school.teacher), doc.id(), school.pupil.id(),
        null);

    assertThatThrownBy(() -> spaces.reshare(as(school.pupil), source.id(),
        school.otherPupil.id(), null)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("does not re-share");
  }

  @Test
  void reshare_neverOutlastsItsSource() {
    Document doc = text(null, "a.txt");
    Share source = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        School.NOW.plus(Duration.ofDays(2)));

    assertThatThrownBy(() -> spaces.reshare(as(school.colleague), source.id(),
        school.otherPupil.id(), School.NOW.plus(Duration.ofDays(3))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("would outlast");
    Share bounded = spaces.reshare(as(school.colleague), source.id(), school.otherPupil.id(),
        null);
    assertThat(bounded.endsAt()).isEqualTo(source.endsAt());
  }

  @Test
  void reshare_stopsHoldingWhenItsResharerLeavesTheClassItCameThrough() {
    Document doc = text(null, "a.txt");
    Share toClass = spaces.shareWithClass(as(school.teacher), doc.id(), school.classe.id(),
        null);
    spaces.reshare(as(school.colleague), toClass.id(), school.otherPupil.id(), null);
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isTrue();

    SchoolClass stored = school.store.directory().findClass(school.classe.id()).orElseThrow();
    school.store.directory().saveClass(stored.without(school.colleague.id()));

    assertThat(spaces.canRead(as(school.colleague), doc.id())).isFalse();
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
  }

  @Test
  void classShare_isNotInheritedByANewClassOfTheSameName() {
    Document doc = text(null, "a.txt");
    spaces.shareWithClass(as(school.teacher), doc.id(), school.classe.id(), null);
    SchoolClass again = SchoolClass.create(school.college.id(), new SchoolYear(2025), "3C")
        .with(Set.of(school.otherPupil.id()), Set.of(), Set.of());
    school.store.directory().saveClass(again);

    assertThat(again.id()).isNotEqualTo(school.classe.id());
    assertThat(spaces.canRead(as(school.otherPupil), doc.id())).isFalse();
  }

  @Test
  void revoke_byTheRecipientRemovesItFromTheirViewOnly() {
    Document doc = text(null, "a.txt");
    Share share = spaces.shareWithPerson(as(school.teacher), doc.id(), school.colleague.id(),
        null);

    spaces.revoke(as(school.colleague), share.id());

    assertThat(spaces.sharedWithMe(as(school.colleague))).isEmpty();
    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).containsExactly(doc);
  }

  @Test
  void contribute_letsTheGranteeAddDocumentsAndRenameOnlyTheirs() {
    Folder inbox = folder(null, "Rendus");
    Document theirs = text(inbox, "consigne.txt");
    spaces.share(as(school.teacher), SharedItem.folder(inbox.id()),
        Grantee.classSpace(school.classe.id()), Permission.CONTRIBUTE, null);

    Document added = spaces.createDocument(as(school.pupil), mine.id(), inbox.id(),
        "devoir.txt", "x");

    assertThat(spaces.renameDocument(as(school.pupil), added.id(), "devoir-final.txt",
        NameConflict.REFUSE).name().value()).isEqualTo("devoir-final.txt");
    assertThatThrownBy(() -> spaces.renameDocument(as(school.pupil), theirs.id(), "x.txt",
        NameConflict.REFUSE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.createDocument(as(school.pupil), mine.id(), null, "c.txt",
        "x")).isInstanceOf(AccessDeniedException.class);
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().documents()).isEqualTo(2);
  }

  @Test
  void contribute_onADocumentIsRefused() {
    Document doc = text(null, "a.txt");

    assertThatThrownBy(() -> spaces.share(as(school.teacher), SharedItem.document(doc.id()),
        Grantee.person(school.colleague.id()), Permission.CONTRIBUTE, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("contribution");
  }

  @Test
  void grants_listsTheItemsOwnSharesThenThoseInherited() {
    Folder top = folder(null, "Projets");
    Document doc = text(top, "a.txt");
    Share onFolder = spaces.share(as(school.teacher), SharedItem.folder(top.id()),
        Grantee.person(school.colleague.id()), Permission.READ, null);
    Share onDocument = spaces.shareWithPerson(as(school.teacher), doc.id(), school.pupil.id(),
        null);

    assertThat(spaces.grants(as(school.teacher), SharedItem.document(doc.id())))
        .containsExactly(onDocument, onFolder);
    assertThat(spaces.readers(as(school.teacher), doc.id()))
        .extracting(p -> p.lastName()).containsExactly("Durand", "Martin", "Morel");
  }

  @Test
  void moveFolderAcrossSpaces_movesTheWholeTreeAndItsUsage() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Folder top = folder(null, "Projets");
    Folder deep = folder(top, "Sortie");
    Document a = text(top, "a.txt");
    Document b = text(deep, "b.txt");
    Share onTop = spaces.share(as(school.teacher), SharedItem.folder(top.id()),
        Grantee.person(school.colleague.id()), Permission.READ, null);

    Folder moved = spaces.moveFolder(as(school.teacher), top.id(), classSpace.id(), null,
        NameConflict.SUFFIX);

    assertThat(moved.space()).isEqualTo(classSpace.id());
    assertThat(spaces.space(as(school.teacher), mine.id()).usage()).isEqualTo(SpaceUsage.EMPTY);
    assertThat(spaces.space(as(school.teacher), classSpace.id()).usage())
        .isEqualTo(new SpaceUsage(a.size() + b.size(), 2, 2));
    assertThat(spaces.documents(as(school.pupil), classSpace.id(), deep.id()))
        .extracting(d -> d.id()).containsExactly(b.id());
    assertThat(school.store.shares().findShare(onTop.id())).isPresent();
  }

  @Test
  void moveFolderAcrossSpaces_refusedByTheTargetsLimitsMovesNothing() {
    Folios small = Folios.builder().persistence(school.store).blobs(school.blobs)
        .clock(school.clock).limits(SpaceKind.CLASS,
            new SpaceLimits(1_000, 300, 1, 1_000)).build();
    Spaces limited = small.spaces();
    Space classSpace = limited.classSpace(as(school.teacher), school.classe.id());
    Folder top = folder(null, "Projets");
    folder(top, "Sortie");

    assertThatThrownBy(() -> limited.moveFolder(as(school.teacher), top.id(), classSpace.id(),
        null, NameConflict.SUFFIX)).isInstanceOf(QuotaExceededException.class);
    assertThat(spaces.folders(as(school.teacher), mine.id(), null)).containsExactly(top);
    assertThat(spaces.space(as(school.teacher), mine.id()).usage().folders()).isEqualTo(2);
  }

  private Group group() {
    Group group = Group.create(school.college.id(), new SchoolYear(2025), "ECO")
        .with(Set.of(school.otherPupil.id()), Set.of(school.teacher.id()));
    school.store.directory().saveGroup(group);
    return group;
  }

  private Folder folder(@Nullable Folder parent, String name) {
    return spaces.createFolder(as(school.teacher), mine.id(), parent == null ? null
        : parent.id(), name);
  }

  private Document text(@Nullable Folder folder, String name) {
    return spaces.createDocument(as(school.teacher), mine.id(), folder == null ? null
        : folder.id(), name, "x");
  }
}
