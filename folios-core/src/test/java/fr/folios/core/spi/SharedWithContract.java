package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.folder;
import static fr.folios.core.spi.Fixtures.later;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Persistence#sharedWith} must answer, page by page. */
public abstract class SharedWithContract extends PersistenceContract {

  private Person owner;
  private Person reader;
  private Space space;
  private SchoolClass classe;

  @BeforeEach
  void createSpace() {
    owner = savedPerson(Profile.EDUCATIONAL_STAFF, "Morel");
    reader = savedPerson(Profile.STUDENT, "Martin");
    space = personalSpace(owner.id());
    persistence.spaces().saveSpace(space);
    classe = SchoolClass.create(owner.establishments().iterator().next(), new SchoolYear(2025),
        "3B");
    persistence.directory().saveClass(classe);
  }

  @Test
  void sharedWith_listsWhatIsSharedAndBeneathSharedFoldersOnceByName() {
    Folder top = savedFolder(null, "Projets");
    Folder deep = savedFolder(top.id(), "Sortie");
    Document plan = savedDocument(deep.id(), "Plan.txt");
    Document budget = savedDocument(top.id(), "budget.txt");
    Document alone = savedDocument(null, "Affiche.txt");
    savedDocument(null, "Privé.txt");
    share(SharedItem.folder(top.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.document(plan.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.document(alone.id()), Grantee.person(reader.id()), null, null);

    assertThat(persistence.sharedWith(reader.id(), later(5), null, 10))
        .containsExactly(alone, budget, plan);
    assertThat(persistence.sharedWith(owner.id(), later(5), null, 10)).isEmpty();
    assertThat(persistence.sharedWith(new PersonId("nobody"), later(5), null, 10)).isEmpty();
  }

  @Test
  void sharedWith_pagesAfterAPositionInOrderWithoutRepeatingOrSkipping() {
    Folder first = savedFolder(null, "Un");
    Folder second = savedFolder(null, "Deux");
    List<Document> all = new ArrayList<>();
    for (String name : List.of("a.txt", "B.txt", "c.txt", "Été.txt", "zèbre.txt")) {
      all.add(savedDocument(first.id(), name));
      all.add(savedDocument(second.id(), name.toUpperCase(java.util.Locale.ROOT)));
    }
    share(SharedItem.folder(first.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.folder(second.id()), Grantee.person(reader.id()), null, null);
    all.sort(DocumentPosition.ORDER);

    List<Document> paged = new ArrayList<>();
    DocumentPosition after = null;
    for (int pages = 0; pages < 20; pages++) {
      List<Document> page = persistence.sharedWith(reader.id(), later(5), after, 3);
      paged.addAll(page);
      if (page.size() < 3) {
        break;
      }
      after = DocumentPosition.of(page.get(page.size() - 1));
    }

    assertThat(paged).containsExactlyElementsOf(all);
  }

  @Test
  void sharedWith_startsAfterAPositionWhoseDocumentIsGone() {
    Folder shared = savedFolder(null, "Rendus");
    Document a = savedDocument(shared.id(), "a.txt");
    Document c = savedDocument(shared.id(), "c.txt");
    share(SharedItem.folder(shared.id()), Grantee.person(reader.id()), null, null);

    DocumentPosition gone = new DocumentPosition("b.txt", fr.folios.core.space.DocumentId
        .random());

    assertThat(persistence.sharedWith(reader.id(), later(5), gone, 10)).containsExactly(c);
    assertThat(persistence.sharedWith(reader.id(), later(5), DocumentPosition.of(a), 10))
        .containsExactly(c);
  }

  @Test
  void sharedWith_leavesOutTheTrashEndedSharesAndBrokenReshares() {
    Folder attic = savedFolder(null, "Grenier");
    Folder underAttic = savedFolder(attic.id(), "Cartons");
    Folder shared = savedFolder(null, "Partagé");
    Folder binned = savedFolder(shared.id(), "Corbeille");
    Document kept = savedDocument(shared.id(), "gardé.txt");
    savedDocument(binned.id(), "jeté.txt");
    Document trashed = savedDocument(shared.id(), "seul.txt");
    persistence.spaces().saveDocument(trashed.withTrashedAt(later(1)));
    Document underTrash = savedDocument(underAttic.id(), "caché.txt");
    Document ended = savedDocument(null, "fini.txt");
    persistence.spaces().saveFolder(binned.withTrashedAt(later(1)));
    persistence.spaces().saveFolder(attic.withTrashedAt(later(1)));
    share(SharedItem.folder(shared.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.folder(underAttic.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.document(underTrash.id()), Grantee.person(reader.id()), null, null);
    share(SharedItem.document(ended.id()), Grantee.person(reader.id()), later(3), null);

    assertThat(persistence.sharedWith(reader.id(), later(5), null, 10)).containsExactly(kept);
    assertThat(persistence.sharedWith(reader.id(), later(2), null, 10))
        .containsExactly(ended, kept);
  }

  @Test
  void sharedWith_followsClassesGroupsInvitationsAndReshareChains() {
    Person colleague = savedPerson(Profile.EDUCATIONAL_STAFF, "Durand");
    Person partner = savedPerson(Profile.EXTERNAL_PARTNER, "Bernard");
    persistence.directory().saveClass(classe.with(Set.of(reader.id()), Set.of(colleague.id()),
        Set.of()));
    Group group = Group.create(classe.establishment(), classe.year(), "ECO")
        .with(Set.of(), Set.of(partner.id()));
    persistence.directory().saveGroup(group);
    Document toClass = savedDocument(null, "classe.txt");
    Document toGroup = savedDocument(null, "groupe.txt");
    Share classShare = share(SharedItem.document(toClass.id()),
        Grantee.classSpace(classe.id()), null, null);
    share(SharedItem.document(toGroup.id()), Grantee.groupSpace(group.id()), null, null);
    share(SharedItem.document(toClass.id()), Grantee.person(partner.id()), null,
        classShare.id(), colleague.id());

    assertThat(persistence.sharedWith(reader.id(), later(5), null, 10))
        .containsExactly(toClass);
    assertThat(persistence.sharedWith(partner.id(), later(5), null, 10))
        .as("a re-share through the class, and no invitation to the group yet")
        .containsExactly(toClass);

    persistence.directory().saveInvitation(new GroupInvitation(group.id(), partner.id(),
        later(10), owner.id(), later(0)));
    persistence.directory().saveClass(classe.with(Set.of(reader.id()), Set.of(), Set.of()));

    assertThat(persistence.sharedWith(partner.id(), later(5), null, 10))
        .as("the re-sharer left the class; the invitation is in force")
        .containsExactly(toGroup);
    assertThat(persistence.sharedWith(partner.id(), later(10), null, 10)).isEmpty();
  }

  private Folder savedFolder(@Nullable FolderId parent, String name) {
    Folder folder = folder(space.id(), parent, name, owner.id());
    persistence.spaces().saveFolder(folder);
    return folder;
  }

  private Document savedDocument(@Nullable FolderId folder, String name) {
    Document document = document(space.id(), folder, name, blob('e'), owner.id());
    persistence.spaces().saveDocument(document);
    return document;
  }

  private Share share(SharedItem item, Grantee grantee, @Nullable Instant endsAt,
      @Nullable ShareId source) {
    return share(item, grantee, endsAt, source, owner.id());
  }

  private Share share(SharedItem item, Grantee grantee, @Nullable Instant endsAt,
      @Nullable ShareId source, PersonId by) {
    Share share = new Share(ShareId.random(), item, grantee, Permission.READ, by, later(0),
        endsAt, source);
    persistence.shares().saveShare(share);
    return share;
  }
}
