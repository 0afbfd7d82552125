package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
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
import fr.folios.core.space.Document;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.Space;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ShareRepository} and {@link NewsRepository} must do. */
public abstract class ShareRepositoryContract extends PersistenceContract {

  private Person owner;
  private Person colleague;
  private Document document;
  private SchoolClass classe;

  @BeforeEach
  void createDocument() {
    owner = savedPerson(Profile.EDUCATIONAL_STAFF, "Morel");
    colleague = savedPerson(Profile.EDUCATIONAL_STAFF, "Durand");
    Space space = personalSpace(owner.id());
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
}
