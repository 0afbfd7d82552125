package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.folder;
import static fr.folios.core.spi.Fixtures.later;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.news.NewsId;
import fr.folios.core.news.NewsItem;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.space.Document;
import fr.folios.core.space.Folder;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Permission;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceKind;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ShareRepository} and {@link NewsRepository} must do. */
public abstract class ShareRepositoryContract extends PersistenceContract {

  private Person owner;
  private Person colleague;
  private Document document;
  private SchoolClass classe;
  private Space space;

  @BeforeEach
  void createDocument() {
    owner = savedPerson(Profile.EDUCATIONAL_STAFF, "Morel");
    colleague = savedPerson(Profile.EDUCATIONAL_STAFF, "Durand");
    space = personalSpace(owner.id());
    persistence.spaces().saveSpace(space);
    document = document(space.id(), null, "Fiche.txt", blob('e'), owner.id());
    persistence.spaces().saveDocument(document);
    classe = SchoolClass.create(owner.establishments().iterator().next(), new SchoolYear(2025),
        "3B");
    persistence.directory().saveClass(classe);
  }

  @Test
  void shares_ofADocumentAndToAGranteeAreListedByGrantTime() {
    Share toClass = new Share(ShareId.random(), document.id(), Grantee.classSpace(classe.id()),
        owner.id(), later(2), null);
    Share toColleague = new Share(ShareId.random(), document.id(),
        Grantee.person(colleague.id()), owner.id(), later(1), later(60));
    persistence.shares().saveShare(toClass);
    persistence.shares().saveShare(toColleague);

    assertThat(persistence.shares().sharesOf(document.id()))
        .containsExactly(toColleague, toClass);
    assertThat(persistence.shares().sharesTo(Grantee.person(colleague.id())))
        .containsExactly(toColleague);
    assertThat(persistence.shares().sharesTo(Grantee.classSpace(classe.id())))
        .containsExactly(toClass);
    assertThat(persistence.shares().sharesTo(Grantee.person(owner.id()))).isEmpty();
  }

  @Test
  void news_ofAClassAreListedNewestFirst() {
    NewsItem first = new NewsItem(NewsId.random(), classe.id(), owner.id(), "Rentrée",
        "Bienvenue en 3e !", later(1));
    NewsItem second = new NewsItem(NewsId.random(), classe.id(), owner.id(), "Stage",
        "Le stage d'observation commence lundi.", later(5));
    persistence.news().saveNews(first);
    persistence.news().saveNews(second);

    assertThat(persistence.news().news(classe.id())).containsExactly(second, first);
    assertThat(persistence.news().news(ClassId.random())).isEmpty();
  }

  @Test
  void deleteNews_removesTheNewsOfOneClassOnly_thenTheClassMayGo() {
    SchoolClass other = SchoolClass.create(classe.establishment(), classe.year(), "4A");
    persistence.directory().saveClass(other);
    NewsItem kept = new NewsItem(NewsId.random(), other.id(), owner.id(), "Sortie", "Lundi",
        later(1));
    persistence.news().saveNews(kept);
    for (int i = 0; i < 2; i++) {
      persistence.news().saveNews(new NewsItem(NewsId.random(), classe.id(), owner.id(),
          "Rentrée " + i, "Bienvenue", later(i)));
    }

    assertThat(persistence.news().deleteNews(classe.id())).isEqualTo(2);
    assertThat(persistence.news().deleteNews(classe.id())).isZero();
    persistence.directory().deleteClass(classe.id());

    assertThat(persistence.news().news(classe.id())).isEmpty();
    assertThat(persistence.news().news(other.id())).containsExactly(kept);
  }

  @Test
  void share_isFoundAndDeletedByIdentifier() {
    Share toColleague = new Share(ShareId.random(), document.id(),
        Grantee.person(colleague.id()), owner.id(), later(1), later(60));
    Share toClass = new Share(ShareId.random(), document.id(), Grantee.classSpace(classe.id()),
        owner.id(), later(2), null);
    persistence.shares().saveShare(toColleague);
    persistence.shares().saveShare(toClass);
    assertThat(persistence.shares().findShare(toColleague.id())).contains(toColleague);

    persistence.shares().deleteShare(toColleague.id());

    assertThat(persistence.shares().findShare(toColleague.id())).isEmpty();
    assertThat(persistence.shares().findShare(toClass.id())).contains(toClass);
    assertThat(persistence.shares().sharesOf(document.id())).containsExactly(toClass);
    assertThat(persistence.shares().sharesTo(Grantee.person(colleague.id()))).isEmpty();
  }

  @Test
  void deleteShare_ofAMissingShareDoesNothing() {
    Share share = new Share(ShareId.random(), document.id(), Grantee.person(colleague.id()),
        owner.id(), later(1), null);
    persistence.shares().saveShare(share);

    persistence.shares().deleteShare(ShareId.random());

    assertThat(persistence.shares().sharesOf(document.id())).containsExactly(share);
    assertThat(persistence.shares().findShare(ShareId.random())).isEmpty();
  }

  @Test
  void deleteShare_isUndoneWhenItsTransactionFails() {
    Share share = new Share(ShareId.random(), document.id(), Grantee.person(colleague.id()),
        owner.id(), later(1), null);
    persistence.shares().saveShare(share);
    IllegalStateException failure = new IllegalStateException("disk full");

    assertThatThrownBy(() -> persistence.transactions().run(() -> {
      persistence.shares().deleteShare(share.id());
      throw failure;
    })).isSameAs(failure);

    assertThat(persistence.shares().findShare(share.id())).contains(share);
  }

  @Test
  void shares_ofAFolderAndReshares_roundTripEveryPart() {
    Folder folder = folder(space.id(), null, "Projets", owner.id());
    persistence.spaces().saveFolder(folder);
    Group group = Group.create(classe.establishment(), classe.year(), "ECO");
    Share toGroup = new Share(ShareId.random(), SharedItem.folder(folder.id()),
        Grantee.groupSpace(group.id()), Permission.CONTRIBUTE, owner.id(), later(1), later(9),
        null);
    Share reshare = new Share(ShareId.random(), SharedItem.folder(folder.id()),
        Grantee.person(owner.id()), Permission.READ, colleague.id(), later(2), null,
        toGroup.id());
    persistence.shares().saveShare(toGroup);
    persistence.shares().saveShare(reshare);

    assertThat(persistence.shares().sharesOf(SharedItem.folder(folder.id())))
        .containsExactly(toGroup, reshare);
    assertThat(persistence.shares().resharesOf(toGroup.id())).containsExactly(reshare);
    assertThat(persistence.shares().resharesOf(reshare.id())).isEmpty();
    assertThat(persistence.shares().sharesOf(document.id())).isEmpty();
    assertThat(persistence.shares().sharesTo(Grantee.groupSpace(group.id())))
        .containsExactly(toGroup);
  }

  @Test
  void deleteFolder_deletesItsShares() {
    Folder folder = folder(space.id(), null, "Projets", owner.id());
    persistence.spaces().saveFolder(folder);
    Share share = new Share(ShareId.random(), SharedItem.folder(folder.id()),
        Grantee.person(colleague.id()), Permission.READ, owner.id(), later(1), null, null);
    persistence.shares().saveShare(share);

    persistence.spaces().deleteFolder(folder.id());

    assertThat(persistence.shares().findShare(share.id())).isEmpty();
  }

  @Test
  void readAccess_tellsOwnerMembershipAndUnknowns() {
    assertThat(persistence.readAccess(owner.id(), document.id(), later(5)))
        .isEqualTo(new ReadAccess(Profile.EDUCATIONAL_STAFF, SpaceKind.PERSONAL, false, true,
            false));
    assertThat(persistence.readAccess(colleague.id(), document.id(), later(5)))
        .isEqualTo(new ReadAccess(Profile.EDUCATIONAL_STAFF, SpaceKind.PERSONAL, false, false,
            false));
    assertThat(persistence.readAccess(new fr.folios.core.directory.PersonId("nobody"),
        document.id(), later(5)).reader()).isNull();
    assertThat(persistence.readAccess(owner.id(), fr.folios.core.space.DocumentId.random(),
        later(5)).documentFound()).isFalse();
  }

  @Test
  void readAccess_followsSharesOnFoldersAboveAndTheTrash() {
    Folder top = folder(space.id(), null, "Projets", owner.id());
    Folder deep = folder(space.id(), top.id(), "Sortie", owner.id());
    persistence.spaces().saveFolder(top);
    persistence.spaces().saveFolder(deep);
    Document inside = document(space.id(), deep.id(), "Plan.txt", blob('f'), owner.id());
    persistence.spaces().saveDocument(inside);
    persistence.shares().saveShare(new Share(ShareId.random(), SharedItem.folder(top.id()),
        Grantee.person(colleague.id()), Permission.READ, owner.id(), later(1), later(60),
        null));

    assertThat(persistence.readAccess(colleague.id(), inside.id(), later(5)).granted()).isTrue();
    assertThat(persistence.readAccess(colleague.id(), inside.id(), later(60)).granted())
        .isFalse();
    assertThat(persistence.readAccess(colleague.id(), document.id(), later(5)).granted())
        .isFalse();

    persistence.spaces().saveFolder(top.withTrashedAt(later(2)));

    assertThat(persistence.readAccess(colleague.id(), inside.id(), later(5)).inTrash())
        .isTrue();
  }

  @Test
  void readAccess_followsClassesGroupsInvitationsAndReshareChains() {
    Person pupil = savedPerson(Profile.STUDENT, "Martin");
    Person partner = savedPerson(Profile.EXTERNAL_PARTNER, "Bernard");
    persistence.directory().saveClass(classe.with(Set.of(pupil.id()), Set.of(colleague.id()),
        Set.of()));
    Group group = Group.create(classe.establishment(), classe.year(), "ECO")
        .with(Set.of(), Set.of(partner.id()));
    persistence.directory().saveGroup(group);
    Share toClass = new Share(ShareId.random(), document.id(), Grantee.classSpace(classe.id()),
        owner.id(), later(1), null);
    Share reshare = new Share(ShareId.random(), SharedItem.document(document.id()),
        Grantee.person(partner.id()), Permission.READ, colleague.id(), later(2), null,
        toClass.id());
    Share toGroup = new Share(ShareId.random(), document.id(), Grantee.groupSpace(group.id()),
        owner.id(), later(3), null);
    persistence.shares().saveShare(toClass);
    persistence.shares().saveShare(reshare);

    assertThat(persistence.readAccess(pupil.id(), document.id(), later(5)).granted()).isTrue();
    assertThat(persistence.readAccess(partner.id(), document.id(), later(5)).granted())
        .isTrue();

    persistence.shares().deleteShare(reshare.id());
    persistence.shares().saveShare(toGroup);

    assertThat(persistence.readAccess(partner.id(), document.id(), later(5)).granted())
        .as("a partner listed as staff, without an invitation").isFalse();

    persistence.directory().saveInvitation(new GroupInvitation(group.id(), partner.id(),
        later(10), owner.id(), later(0)));

    assertThat(persistence.readAccess(partner.id(), document.id(), later(5)).granted())
        .isTrue();
    assertThat(persistence.readAccess(partner.id(), document.id(), later(10)).granted())
        .isFalse();
  }

  @Test
  void readAccess_dropsAReshareWhoseResharerLeftTheClassItCameThrough() {
    Person outsider = savedPerson(Profile.STUDENT, "Petit");
    persistence.directory().saveClass(classe.with(Set.of(), Set.of(colleague.id()),
        Set.of()));
    Share toClass = new Share(ShareId.random(), document.id(), Grantee.classSpace(classe.id()),
        owner.id(), later(1), null);
    Share reshare = new Share(ShareId.random(), SharedItem.document(document.id()),
        Grantee.person(outsider.id()), Permission.READ, colleague.id(), later(2), null,
        toClass.id());
    persistence.shares().saveShare(toClass);
    persistence.shares().saveShare(reshare);
    assertThat(persistence.readAccess(outsider.id(), document.id(), later(5)).granted())
        .isTrue();

    persistence.directory().saveClass(classe);

    assertThat(persistence.readAccess(outsider.id(), document.id(), later(5)).granted())
        .isFalse();
  }
}
