package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Download;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.NameConflict;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Contribution at full depth: a pupil hands work in to a teacher's folder shared with the
 * class for contribution, then copies, moves, replaces, trashes and restores what they added,
 * and nothing else, only while the share holds; the folder's space pays.
 */
class SpacesContributionTest {

  private static final SpaceLimits TEACHER_LIMITS = new SpaceLimits(1_000, 10, 10, 600);

  private final School school = new School(InMemoryBlobStore.create(), TEACHER_LIMITS,
      builder -> builder.htmlSanitizer(html -> "<p>" + html.replaceAll("<[^>]*>", "")
          + "</p>"));
  private final Spaces spaces = school.folios.spaces();
  private final Space teacherSpace = spaces.personalSpace(as(school.teacher));
  private final Space pupilSpace = spaces.personalSpace(as(school.pupil));
  private final Folder inbox = spaces.createFolder(as(school.teacher), teacherSpace.id(), null,
      "Rendus");
  private final Document instructions = spaces.createDocument(as(school.teacher),
      teacherSpace.id(), inbox.id(), "consigne.txt", "Rendez votre exposé.");
  private final Share contribution = spaces.share(as(school.teacher),
      SharedItem.folder(inbox.id()), Grantee.classSpace(school.classe.id()),
      Permission.CONTRIBUTE, School.NOW.plus(Duration.ofDays(7)));

  @Test
  void copy_intoAContributedFolderMakesTheActorsContributionPaidByTheFolderSpace() {
    Document draft = pupilText("exposé.txt", "mon exposé");
    SpaceUsage before = usage(teacherSpace);

    Document copy = spaces.copy(as(school.pupil), draft.id(), teacherSpace.id(), inbox.id());

    assertThat(copy.createdBy()).isEqualTo(school.pupil.id());
    assertThat(copy.folder()).isEqualTo(inbox.id());
    assertThat(usage(teacherSpace)).isEqualTo(new SpaceUsage(before.bytes() + draft.size(),
        before.documents() + 1, before.folders()));
    assertThat(usage(pupilSpace).documents()).isEqualTo(1);
    assertThat(spaces.renameDocument(as(school.pupil), copy.id(), "exposé-final.txt",
        NameConflict.REFUSE).name().value()).isEqualTo("exposé-final.txt");
  }

  @Test
  void copy_intoAFolderNotContributedIsRefusedNamingTheDocumentTheFolderAndTheWayOut() {
    Document draft = pupilText("exposé.txt", "mon exposé");
    Folder other = spaces.createFolder(as(school.teacher), teacherSpace.id(), null, "Privé");

    assertThatThrownBy(() -> spaces.copy(as(school.pupil), draft.id(), teacherSpace.id(),
        other.id())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'exposé.txt'").hasMessageContaining("folder 'Privé'")
        .hasMessageContaining("ask who may write the space for a share for contribution");
    assertThatThrownBy(() -> spaces.copy(as(school.pupil), draft.id(), teacherSpace.id(),
        null)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("the root of space '" + teacherSpace.name() + "'");
    assertThat(usage(teacherSpace).documents()).isEqualTo(1);
  }

  @Test
  void copy_ofADocumentTheActorMayNotReadIsRefused() {
    Document secret = spaces.createDocument(as(school.teacher), teacherSpace.id(), null,
        "notes.txt", "privé");

    assertThatThrownBy(() -> spaces.copy(as(school.pupil), secret.id(), teacherSpace.id(),
        inbox.id())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'notes.txt'");
  }

  @Test
  void copy_throughAReadShareOrAfterTheShareEndedIsRefused() {
    Document draft = pupilText("exposé.txt", "mon exposé");
    spaces.share(as(school.teacher), SharedItem.folder(inbox.id()),
        Grantee.classSpace(school.classe.id()), Permission.READ, null);

    assertThatThrownBy(() -> spaces.copy(as(school.pupil), draft.id(), teacherSpace.id(),
        inbox.id())).as("the share now grants reading only")
        .isInstanceOf(AccessDeniedException.class);

    spaces.share(as(school.teacher), SharedItem.folder(inbox.id()),
        Grantee.classSpace(school.classe.id()), Permission.CONTRIBUTE,
        School.NOW.plus(Duration.ofDays(1)));
    school.clock.advance(Duration.ofDays(2));

    assertThatThrownBy(() -> spaces.copy(as(school.pupil), draft.id(), teacherSpace.id(),
        inbox.id())).as("the share ended").isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void copy_intoAContributedFolderPassesTheFolderSpacesLimitsWithNothingWritten() {
    Document fits = pupilText("moyen.txt", "x".repeat(500));
    Document more = pupilText("autre.txt", "y".repeat(500));
    spaces.copy(as(school.pupil), fits.id(), teacherSpace.id(), inbox.id());
    SpaceUsage before = usage(teacherSpace);

    assertThatThrownBy(() -> spaces.copy(as(school.pupil), more.id(), teacherSpace.id(),
        inbox.id())).isInstanceOf(QuotaExceededException.class)
        .hasMessageContaining("'" + teacherSpace.name() + "'");
    assertThatThrownBy(() -> spaces.copy(as(school.pupil), fits.id(), teacherSpace.id(),
        inbox.id())).isInstanceOf(ConflictException.class);
    assertThat(usage(teacherSpace)).isEqualTo(before);
  }

  @Test
  void moveDocument_ownDocumentInAndBackOutMovesItsBytesBetweenTheSpaces() {
    Document draft = pupilText("exposé.txt", "mon exposé");
    SpaceUsage teacherBefore = usage(teacherSpace);

    spaces.moveDocument(as(school.pupil), draft.id(), teacherSpace.id(), inbox.id(),
        NameConflict.REFUSE);

    assertThat(usage(pupilSpace)).isEqualTo(SpaceUsage.EMPTY);
    assertThat(usage(teacherSpace).bytes()).isEqualTo(teacherBefore.bytes() + draft.size());
    assertThat(spaces.canRead(as(school.teacher), draft.id())).isTrue();

    spaces.moveDocument(as(school.pupil), draft.id(), pupilSpace.id(), null,
        NameConflict.REFUSE);

    assertThat(usage(pupilSpace)).isEqualTo(new SpaceUsage(draft.size(), 1, 0));
    assertThat(usage(teacherSpace)).isEqualTo(teacherBefore);
  }

  @Test
  void moveDocument_ownContributionStaysWithinTheContributedFolder() {
    Document handedIn = pupilText("exposé.txt", "mon exposé");
    spaces.moveDocument(as(school.pupil), handedIn.id(), teacherSpace.id(), inbox.id(),
        NameConflict.REFUSE);

    assertThatThrownBy(() -> spaces.moveDocument(as(school.pupil), handedIn.id(),
        teacherSpace.id(), null, NameConflict.REFUSE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'exposé.txt'")
        .hasMessageContaining("the root of space '" + teacherSpace.name() + "'");
  }

  @Test
  void moveDocument_someoneElsesDocumentNeitherComesInNorGoesOut() {
    Space classSpace = spaces.classSpace(as(school.teacher), school.classe.id());
    Document byTeacher = spaces.createDocument(as(school.teacher), classSpace.id(), null,
        "cours.txt", "x");
    Document byColleague = spaces.createDocument(as(school.colleague), classSpace.id(), null,
        "fiche.txt", "x");

    assertThatThrownBy(() -> spaces.moveDocument(as(school.colleague), byTeacher.id(),
        teacherSpace.id(), inbox.id(), NameConflict.REFUSE))
        .as("the colleague writes the class space and contributes to the folder, but did not"
            + " add the document").isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'cours.txt'").hasMessageContaining("folder 'Rendus'")
        .hasMessageContaining("copy it there instead");
    assertThat(spaces.moveDocument(as(school.colleague), byColleague.id(), teacherSpace.id(),
        inbox.id(), NameConflict.REFUSE).space()).isEqualTo(teacherSpace.id());
    assertThatThrownBy(() -> spaces.moveDocument(as(school.pupil), instructions.id(),
        pupilSpace.id(), null, NameConflict.REFUSE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'consigne.txt'").hasMessageContaining("folder 'Rendus'")
        .hasMessageContaining("someone else added this one");
  }

  @Test
  void replaceContent_ofOwnContributionKeepsVersionsPaidByTheFolderSpace() throws Exception {
    Document handedIn = contributed("exposé.txt", "v1");
    long before = usage(teacherSpace).bytes();

    Document replaced = spaces.replaceContent(as(school.pupil), handedIn.id(), bytes("v2 !"));
    spaces.replaceWithRichText(as(school.pupil), handedIn.id(), "<b>v3</b>");
    spaces.restoreVersion(as(school.pupil), handedIn.id(), 1);

    assertThat(replaced.size()).isEqualTo(4);
    assertThat(spaces.versions(as(school.pupil), handedIn.id()))
        .extracting(DocumentVersion::number).containsExactly(1, 2, 3, 4);
    try (Download first = spaces.downloadVersion(as(school.pupil), handedIn.id(), 1)) {
      assertThat(new String(first.content().readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("v1");
    }
    long versions = spaces.versions(as(school.teacher), handedIn.id()).stream()
        .mapToLong(DocumentVersion::size).sum();
    assertThat(usage(teacherSpace).bytes()).isEqualTo(before - 2 + versions);
    assertThat(usage(pupilSpace)).isEqualTo(SpaceUsage.EMPTY);
  }

  @Test
  void replaceContent_ofSomeoneElsesDocumentInTheFolderIsRefused() {
    assertThatThrownBy(() -> spaces.replaceContent(as(school.pupil), instructions.id(),
        bytes("vandalisé"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'consigne.txt'").hasMessageContaining("folder 'Rendus'")
        .hasMessageContaining("someone else added this one")
        .hasMessageContaining("ask who may write the space");
    assertThatThrownBy(() -> spaces.versions(as(school.pupil), instructions.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.trashDocument(as(school.pupil), instructions.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void replaceContent_afterTheShareWasRevokedOrEndedIsRefused() {
    Document handedIn = contributed("exposé.txt", "v1");

    spaces.revoke(as(school.teacher), contribution.id());

    assertThatThrownBy(() -> spaces.replaceContent(as(school.pupil), handedIn.id(),
        bytes("v2"))).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'exposé.txt'").hasMessageContaining("folder 'Rendus'")
        .hasMessageContaining("no share for contribution on the folder reaches them any more");
    assertThatThrownBy(() -> spaces.trashDocument(as(school.pupil), handedIn.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(spaces.versions(as(school.teacher), handedIn.id())).hasSize(1);
  }

  @Test
  void trashDocument_ownContributionGoesToTheTrashAndBackIntoItsFolder() {
    Document handedIn = contributed("exposé.txt", "v1");
    SpaceUsage before = usage(teacherSpace);

    Document trashed = spaces.trashDocument(as(school.pupil), handedIn.id());

    assertThat(trashed.trashed()).isTrue();
    assertThat(usage(teacherSpace)).as("the trash still counts").isEqualTo(before);
    assertThat(spaces.documents(as(school.teacher), teacherSpace.id(), inbox.id()))
        .extracting(Document::id).doesNotContain(handedIn.id());

    Document restored = spaces.restoreDocument(as(school.pupil), handedIn.id(),
        NameConflict.SUFFIX);

    assertThat(restored.folder()).isEqualTo(inbox.id());
    assertThat(restored.trashed()).isFalse();
    assertThat(usage(teacherSpace)).isEqualTo(before);
  }

  @Test
  void restoreDocument_ownContributionAfterTheShareEndedIsRefused() {
    Document handedIn = contributed("exposé.txt", "v1");
    spaces.trashDocument(as(school.pupil), handedIn.id());

    school.clock.advance(Duration.ofDays(8));

    assertThatThrownBy(() -> spaces.restoreDocument(as(school.pupil), handedIn.id(),
        NameConflict.SUFFIX)).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("'exposé.txt'").hasMessageContaining("folder 'Rendus'");
  }

  @Test
  void restoreDocument_ownContributionWhoseFolderIsInTheTrashIsRefused() {
    Document handedIn = contributed("exposé.txt", "v1");
    spaces.trashDocument(as(school.pupil), handedIn.id());
    spaces.trashFolder(as(school.teacher), inbox.id());

    assertThatThrownBy(() -> spaces.restoreDocument(as(school.pupil), handedIn.id(),
        NameConflict.SUFFIX)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("'exposé.txt'").hasMessageContaining("folder 'Rendus'")
        .hasMessageContaining("ask who may write the space to restore the folder");
    assertThat(spaces.trash(as(school.teacher), teacherSpace.id()).documents())
        .extracting(Document::id).contains(handedIn.id());
  }

  @Test
  void contributor_neverChangesAFolderNorDeletes() {
    Document handedIn = contributed("exposé.txt", "v1");

    assertThatThrownBy(() -> spaces.trashFolder(as(school.pupil), inbox.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.renameFolder(as(school.pupil), inbox.id(), "X",
        NameConflict.REFUSE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.createFolder(as(school.pupil), teacherSpace.id(),
        inbox.id(), "Sous")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> spaces.deleteDocument(as(school.pupil), handedIn.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  private Document pupilText(String name, String text) {
    return spaces.createDocument(as(school.pupil), pupilSpace.id(), null, name, text);
  }

  private Document contributed(String name, String text) {
    return spaces.createDocument(as(school.pupil), teacherSpace.id(), inbox.id(), name, text);
  }

  private SpaceUsage usage(Space space) {
    return school.store.spaces().findSpace(space.id()).orElseThrow().usage();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
