package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.catalogue.Review;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivitiesTest {

  private final School school = new School();
  private final Activities activities = school.folios.activities();
  private final Catalogue catalogue = school.folios.catalogue();
  private final ResourceScope rennes = ResourceScope.academy(school.college.academy());

  @Test
  void createDraft_isSeenByItsAuthorOnly() {
    CatalogueResource draft = draft();

    assertThat(draft.status()).isEqualTo(ResourceStatus.DRAFT);
    assertThat(draft.scope()).isEqualTo(ResourceScope.establishment(school.college.id()));
    assertThat(draft.authors()).containsExactly(school.teacher.id());
    assertThat(draft.created()).isEqualTo(School.NOW);
    assertThat(catalogue.resource(as(school.teacher), draft.id())).contains(draft);
    assertThat(catalogue.resource(as(school.colleague), draft.id())).isEmpty();
    assertThat(catalogue.resource(as(school.pupil), draft.id())).isEmpty();
  }

  @Test
  void createDraft_byAPupilOrForAnotherEstablishmentIsRefused() {
    assertThatThrownBy(() -> activities.createDraft(as(school.pupil), school.college.id(),
        "Titre", "", "", Map.of())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("only educational staff write activities");
    assertThatThrownBy(() -> activities.createDraft(as(school.teacher), school.elsewhere.id(),
        "Titre", "", "", Map.of())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("write the activity for one of your own");
  }

  @Test
  void invite_letsAColleagueEditAndEveryChangeIsAttributed() {
    CatalogueResource draft = draft();
    activities.invite(as(school.teacher), draft.id(), school.colleague.id());
    school.clock.advance(Duration.ofMinutes(5));

    CatalogueResource edited = activities.edit(as(school.colleague), draft.id(),
        "Enquête métier", draft.summary(), "Interroger deux professionnels",
        Map.of(Facet.LEVEL, Set.of("3e")));

    assertThat(edited.authors()).containsExactly(school.teacher.id(), school.colleague.id());
    assertThat(activities.changes(as(school.colleague), draft.id()))
        .extracting(ResourceChange::author, ResourceChange::fields)
        .containsExactly(
            tuple(school.teacher.id(), Set.of("created")),
            tuple(school.teacher.id(), Set.of("authors")),
            tuple(school.colleague.id(),
                Set.of("body", "facets", "title")));
    assertThat(activities.changes(as(school.colleague), draft.id()).get(2).at())
        .isEqualTo(School.NOW.plusSeconds(300));
  }

  @Test
  void invite_refusesAPupilOrATeacherOfAnotherEstablishment() {
    CatalogueResource draft = draft();

    assertThatThrownBy(() -> activities.invite(as(school.teacher), draft.id(),
        school.pupil.id())).isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("invite educational staff of one of your establishments");
    assertThatThrownBy(() -> activities.invite(as(school.teacher), draft.id(),
        school.stranger.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> activities.edit(as(school.colleague), draft.id(), "x", "", "",
        Map.of())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void publish_toTheEstablishmentShowsItToItsPupilsOnly() {
    CatalogueResource draft = draft();

    CatalogueResource published = activities.publish(as(school.teacher), draft.id());

    assertThat(published.status()).isEqualTo(ResourceStatus.PUBLISHED);
    assertThat(published.published()).isEqualTo(LocalDate.of(2025, 9, 15));
    assertThat(catalogue.resource(as(school.pupil), draft.id())).contains(published);
    assertThat(catalogue.resource(as(school.stranger), draft.id())).isEmpty();
    assertThatThrownBy(() -> activities.edit(as(school.teacher), draft.id(), "x", "", "",
        Map.of())).isInstanceOf(ConflictException.class).hasMessageContaining("not a draft");
  }

  @Test
  void requestReview_isApprovedByAReviewerOfTheScopeWhoIsNotAnAuthor() {
    CatalogueResource draft = draft();
    activities.appointReviewer(rennes, school.stranger.id());
    activities.appointReviewer(rennes, school.teacher.id());

    Review review = activities.requestReview(as(school.teacher), draft.id(), rennes);

    assertThat(review.decision()).isEqualTo(Review.Decision.PENDING);
    assertThat(catalogue.resource(as(school.colleague), draft.id())).isEmpty();
    assertThatThrownBy(() -> activities.approve(as(school.teacher), draft.id()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not one of its authors");
    assertThatThrownBy(() -> activities.approve(as(school.colleague), draft.id()))
        .isInstanceOf(AccessDeniedException.class);
    CatalogueResource approved = activities.approve(as(school.stranger), draft.id());
    assertThat(approved.scope()).isEqualTo(rennes);
    assertThat(approved.status()).isEqualTo(ResourceStatus.PUBLISHED);
    assertThat(catalogue.resource(as(school.colleague), draft.id())).contains(approved);
  }

  @Test
  void refuse_saysWhyAndLeavesADraft() {
    CatalogueResource draft = draft();
    activities.appointReviewer(ResourceScope.national(), school.stranger.id());
    activities.requestReview(as(school.teacher), draft.id(), ResourceScope.national());

    assertThatThrownBy(() -> activities.refuse(as(school.stranger), draft.id(), " "))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 2000");
    Review refused = activities.refuse(as(school.stranger), draft.id(),
        "Citez vos sources.");

    assertThat(refused.decision()).isEqualTo(Review.Decision.REFUSED);
    assertThat(refused.reason()).isEqualTo("Citez vos sources.");
    assertThat(refused.reviewer()).isEqualTo(school.stranger.id());
    assertThat(catalogue.resource(draft.id()).orElseThrow().status())
        .isEqualTo(ResourceStatus.DRAFT);
    assertThatThrownBy(() -> activities.approve(as(school.stranger), draft.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void requestReview_forAnEstablishmentScopeSaysToPublish() {
    CatalogueResource draft = draft();

    assertThatThrownBy(() -> activities.requestReview(as(school.teacher), draft.id(),
        draft.scope())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("needs no review");
  }

  @Test
  void withdraw_hidesItFromReadersButNotFromItsAuthors() {
    CatalogueResource draft = draft();
    activities.publish(as(school.teacher), draft.id());

    assertThatThrownBy(() -> activities.withdraw(as(school.colleague), draft.id()))
        .isInstanceOf(AccessDeniedException.class);
    CatalogueResource withdrawn = activities.withdraw(as(school.teacher), draft.id());

    assertThat(withdrawn.status()).isEqualTo(ResourceStatus.WITHDRAWN);
    assertThat(catalogue.resource(as(school.pupil), draft.id())).isEmpty();
    assertThat(catalogue.resource(as(school.teacher), draft.id())).contains(withdrawn);
  }

  @Test
  void handToClass_copiesAPublishedActivityIntoTheClassSpace() {
    CatalogueResource draft = draft();
    assertThatThrownBy(() -> activities.handToClass(as(school.teacher), draft.id(),
        school.classe.id())).isInstanceOf(ConflictException.class)
        .hasMessageContaining("publish it before");
    activities.publish(as(school.teacher), draft.id());

    Document copy = activities.handToClass(as(school.colleague), draft.id(),
        school.classe.id());

    assertThat(copy.origin()).isEqualTo("catalogue:" + draft.id());
    assertThat(school.folios.spaces().canRead(as(school.pupil), copy.id())).isTrue();
    assertThatThrownBy(() -> activities.handToClass(as(school.pupil), draft.id(),
        school.classe.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void copyFromCatalogue_refusesADraftToWhoeverDoesNotAuthorIt() {
    CatalogueResource draft = draft();
    Space space = school.folios.spaces().personalSpace(as(school.colleague));

    assertThatThrownBy(() -> school.folios.spaces().copyFromCatalogue(as(school.colleague),
        draft.id(), space.id(), null)).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("not published for you");
  }

  @Test
  void appointReviewer_refusesAPupilOrAnEstablishmentScope() {
    assertThatThrownBy(() -> activities.appointReviewer(rennes, school.pupil.id()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> activities.appointReviewer(ResourceScope.establishment(
        school.college.id()), school.stranger.id())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> activities.changes(as(school.pupil), new ResourceId("none")))
        .isInstanceOf(NotFoundException.class);
  }

  private CatalogueResource draft() {
    return activities.createDraft(as(school.teacher), school.college.id(),
        "Découvrir un métier", "Enquête auprès d'un professionnel", "", Map.of());
  }
}
