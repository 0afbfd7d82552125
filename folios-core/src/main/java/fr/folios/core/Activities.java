package fr.folios.core;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.catalogue.Review;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.internal.Access;
import fr.folios.core.space.Document;
import fr.folios.core.spi.CatalogueIndex;
import fr.folios.core.spi.Persistence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Co-authored learning activities (co-construction): teachers write a draft together, every
 * change is attributed, and publishing beyond their establishment follows a review.
 *
 * <p>The rules of this version, from the profiles of DOMAIN.md:
 * <ul>
 *   <li>only educational staff write activities: a teacher creates a draft for one of their
 *       establishments;</li>
 *   <li>an author invites as co-author a member of the educational staff attached to one of
 *       the inviter's establishments (whom {@code Rights} lets them see); pupils, parents,
 *       partners and administrators are never authors;</li>
 *   <li>authors edit a draft; each creation, edit, invitation, publication and withdrawal is
 *       kept in the change log with who, when and which fields;</li>
 *   <li>an author publishes to the draft's establishment at once; publishing to an académie or
 *       nationally is asked as a review, which a reviewer appointed by the host for that
 *       scope (e.g. an académie's pedagogical advisers) approves or refuses with a reason; a
 *       reviewer never reviews an activity they author;</li>
 *   <li>an author, or a reviewer of its scope, withdraws a published activity;</li>
 *   <li>a published activity is handed to a class by a teacher who may write the class's
 *       space, or copied into a personal space ({@link Spaces#copyFromCatalogue}).</li>
 * </ul>
 *
 * <p>Every change is saved and indexed before the method returns. Safe for concurrent use;
 * two authors editing the same draft at once each see their own change saved, the later one
 * last.
 */
public final class Activities {

  /** The longest reason a refused review may give, in characters. */
  public static final int MAX_REASON_LENGTH = 2_000;

  private static final String SOURCE = "Folios";

  private final Persistence store;
  private final @Nullable CatalogueIndex index;
  private final Access access;
  private final Spaces spaces;
  private final Clock clock;

  Activities(Persistence store, @Nullable CatalogueIndex index, Access access, Spaces spaces,
      Clock clock) {
    this.store = store;
    this.index = index;
    this.access = access;
    this.spaces = spaces;
    this.clock = clock;
  }

  /**
   * Creates a draft activity, authored by the actor, meant for one of their establishments.
   *
   * @param actor the teacher
   * @param establishment the establishment it is written for
   * @param title its title, not blank
   * @param summary its summary, possibly empty
   * @param body its text, possibly empty
   * @param facets its facet values
   * @return the draft
   * @throws AccessDeniedException if the actor is unknown, not educational staff, or not
   *     attached to the establishment
   * @throws IllegalArgumentException if the title is blank
   * @throws InvalidInputException if a facet value is malformed
   */
  public CatalogueResource createDraft(Actor actor, EstablishmentId establishment, String title,
      String summary, String body, Map<Facet, Set<String>> facets) {
    Person teacher = staff(actor, "write an activity");
    if (!teacher.attachedTo(establishment)) {
      throw new AccessDeniedException(teacher.displayName() + " is not attached to"
          + " establishment " + establishment + ": write the activity for one of your own");
    }
    Instant now = clock.instant();
    CatalogueResource draft = new CatalogueResource(new ResourceId("folios:" + UUID.randomUUID()),
        title, summary, body, facets, null, SOURCE, null, Set.of(teacher.id()),
        ResourceScope.establishment(establishment), ResourceStatus.DRAFT, now, now);
    return save(draft, teacher, Set.of("created"));
  }

  /**
   * Invites a co-author into a draft. Inviting an author again changes nothing.
   *
   * @param actor an author
   * @param id the draft
   * @param coAuthor the invited teacher
   * @return the draft with its new author
   * @throws NotFoundException if the draft or the invited person does not exist
   * @throws AccessDeniedException if the actor is not an author, or the invited person is not
   *     educational staff of one of the actor's establishments
   * @throws ConflictException if the activity is no longer a draft
   */
  public CatalogueResource invite(Actor actor, ResourceId id, PersonId coAuthor) {
    Person author = staff(actor, "invite a co-author");
    CatalogueResource draft = draftOf(author, id);
    if (draft.authors().contains(coAuthor)) {
      return draft;
    }
    Person invited = store.directory().findPerson(coAuthor).orElseThrow(() ->
        new NotFoundException("person " + coAuthor + " does not exist: import them first"));
    if (invited.profile() != Profile.EDUCATIONAL_STAFF || Collections.disjoint(
        invited.establishments(), author.establishments())) {
      throw new AccessDeniedException(invited.displayName() + " may not co-author '"
          + draft.title() + "': invite educational staff of one of your establishments");
    }
    Set<PersonId> authors = new LinkedHashSet<>(draft.authors());
    authors.add(coAuthor);
    return save(with(draft, authors, draft.scope(), draft.status(), draft.published()), author,
        Set.of("authors"));
  }

  /**
   * Edits a draft, recording which fields changed. An edit that changes nothing is not
   * recorded.
   *
   * @param actor an author
   * @param id the draft
   * @param title the new title, not blank
   * @param summary the new summary
   * @param body the new text
   * @param facets the new facet values
   * @return the edited draft
   * @throws NotFoundException if the draft does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is not an author
   * @throws ConflictException if the activity is no longer a draft
   */
  public CatalogueResource edit(Actor actor, ResourceId id, String title, String summary,
      String body, Map<Facet, Set<String>> facets) {
    Person author = staff(actor, "edit an activity");
    CatalogueResource draft = draftOf(author, id);
    CatalogueResource edited = new CatalogueResource(id, title, summary, body, facets,
        draft.published(), draft.source(), draft.url(), draft.authors(), draft.scope(),
        draft.status(), draft.created(), clock.instant());
    Set<String> fields = changedFields(draft, edited);
    return fields.isEmpty() ? draft : save(edited, author, fields);
  }

  /**
   * Publishes a draft to its establishment, at once.
   *
   * @param actor an author
   * @param id the draft
   * @return the published activity
   * @throws NotFoundException if the draft does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is not an author
   * @throws ConflictException if the activity is no longer a draft
   */
  public CatalogueResource publish(Actor actor, ResourceId id) {
    Person author = staff(actor, "publish an activity");
    CatalogueResource draft = draftOf(author, id);
    return save(with(draft, draft.authors(), draft.scope(), ResourceStatus.PUBLISHED,
        today()), author, Set.of("status"));
  }

  /**
   * Asks for a draft to be published to an académie or nationally; a reviewer of that scope
   * decides.
   *
   * @param actor an author
   * @param id the draft
   * @param scope an académie's or the national scope
   * @return the pending review
   * @throws NotFoundException if the draft does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is not an author
   * @throws ConflictException if the activity is no longer a draft
   * @throws InvalidInputException if the scope is an establishment's: publish it instead
   */
  public Review requestReview(Actor actor, ResourceId id, ResourceScope scope) {
    Person author = staff(actor, "ask for a review");
    CatalogueResource draft = draftOf(author, id);
    if (scope.level() == ResourceScope.Level.ESTABLISHMENT) {
      throw new InvalidInputException("scope " + scope.key() + " needs no review: publish '"
          + draft.title() + "' to its establishment instead");
    }
    Review review = Review.pending(id, scope, author.id(), clock.instant());
    store.transactions().run(() -> store.catalogue().saveReview(review));
    return review;
  }

  /**
   * Approves a pending review: the activity is published to the scope asked for.
   *
   * @param actor a reviewer appointed for the review's scope
   * @param id the activity
   * @return the published activity
   * @throws NotFoundException if no review is pending for it
   * @throws AccessDeniedException if the actor does not review that scope, or authors it
   */
  public CatalogueResource approve(Actor actor, ResourceId id) {
    Person reviewer = access.person(actor);
    Review review = pendingReview(reviewer, id);
    CatalogueResource draft = resource(id);
    store.transactions().run(() -> store.catalogue().saveReview(
        review.decided(Review.Decision.APPROVED, reviewer.id(), clock.instant(), "")));
    return save(with(draft, draft.authors(), review.scope(), ResourceStatus.PUBLISHED,
        today()), reviewer, Set.of("scope", "status"));
  }

  /**
   * Refuses a pending review, saying why; the activity stays a draft its authors may improve.
   *
   * @param actor a reviewer appointed for the review's scope
   * @param id the activity
   * @param reason why, 1 to {@value #MAX_REASON_LENGTH} characters
   * @return the refused review
   * @throws NotFoundException if no review is pending for it
   * @throws AccessDeniedException if the actor does not review that scope, or authors it
   * @throws InvalidInputException if the reason is blank or too long
   */
  public Review refuse(Actor actor, ResourceId id, String reason) {
    Objects.requireNonNull(reason, "reason");
    Person reviewer = access.person(actor);
    if (reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("a refusal's reason has " + reason.strip().length()
          + " characters; give 1 to " + MAX_REASON_LENGTH + " so that the authors know what"
          + " to change");
    }
    Review refused = pendingReview(reviewer, id).decided(Review.Decision.REFUSED,
        reviewer.id(), clock.instant(), reason.strip());
    store.transactions().run(() -> store.catalogue().saveReview(refused));
    return refused;
  }

  /**
   * Withdraws a published activity from the catalogue; copies already made stay.
   *
   * @param actor an author, or a reviewer of the activity's scope
   * @param id the activity
   * @return the withdrawn activity
   * @throws NotFoundException if it does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is neither an author nor its scope's reviewer
   * @throws ConflictException if it is not published
   */
  public CatalogueResource withdraw(Actor actor, ResourceId id) {
    Person person = access.person(actor);
    CatalogueResource published = visible(person, id);
    if (!published.authors().contains(person.id())
        && !store.catalogue().isReviewer(published.scope(), person.id())) {
      throw new AccessDeniedException(person.displayName() + " may not withdraw '"
          + published.title() + "': ask one of its authors");
    }
    if (published.status() != ResourceStatus.PUBLISHED) {
      throw new ConflictException("'" + published.title() + "' is " + published.status()
          + ", not published: there is nothing to withdraw");
    }
    return save(with(published, published.authors(), published.scope(),
        ResourceStatus.WITHDRAWN, published.published()), person, Set.of("status"));
  }

  /**
   * Hands a published activity to a class: copies it into the class's space.
   *
   * @param actor a teacher who may write the class's space
   * @param id the activity
   * @param classId the class
   * @return the copy in the class's space
   * @throws NotFoundException if the activity or the class does not exist, or the actor may
   *     not see the activity
   * @throws AccessDeniedException if the actor may not write the class's space
   * @throws ConflictException if the activity is not published, the space already holds a
   *     document of its name, or the class is archived
   * @throws QuotaExceededException if the class's space would pass a limit
   */
  public Document handToClass(Actor actor, ResourceId id, ClassId classId) {
    CatalogueResource activity = visible(access.person(actor), id);
    if (activity.status() != ResourceStatus.PUBLISHED) {
      throw new ConflictException("'" + activity.title() + "' is " + activity.status()
          + ": publish it before handing it to a class");
    }
    return spaces.copyFromCatalogue(actor, id, spaces.classSpace(actor, classId).id(), null);
  }

  /**
   * Returns an activity's change log.
   *
   * @param actor an author, or a reviewer of the activity's scope
   * @param id the activity
   * @return who changed which fields and when, oldest first
   * @throws NotFoundException if it does not exist or the actor may not see it
   * @throws AccessDeniedException if the actor is neither an author nor a reviewer
   */
  public List<ResourceChange> changes(Actor actor, ResourceId id) {
    Person person = access.person(actor);
    CatalogueResource activity = resource(id);
    if (!activity.authors().contains(person.id())
        && !store.catalogue().isReviewer(activity.scope(), person.id())) {
      throw new AccessDeniedException(person.displayName() + " may not read the changes of '"
          + activity.title() + "': only its authors and reviewers do");
    }
    return store.catalogue().changes(id);
  }

  /**
   * Appoints a reviewer of the publications asked for an académie or nationally: an operation
   * of the host platform.
   *
   * @param scope an académie's or the national scope
   * @param reviewer a member of the educational staff
   * @throws NotFoundException if the person does not exist
   * @throws InvalidInputException if the scope is an establishment's, or the person is not
   *     educational staff
   */
  public void appointReviewer(ResourceScope scope, PersonId reviewer) {
    Person person = store.directory().findPerson(reviewer).orElseThrow(() ->
        new NotFoundException("person " + reviewer + " does not exist: import them first"));
    if (scope.level() == ResourceScope.Level.ESTABLISHMENT
        || person.profile() != Profile.EDUCATIONAL_STAFF) {
      throw new InvalidInputException("cannot appoint " + person.displayName() + " ("
          + person.profile() + ") to review " + scope.key() + ": reviewers are educational"
          + " staff, for an académie or the national scope");
    }
    store.transactions().run(() -> store.catalogue().saveReviewer(scope, reviewer));
  }

  private Person staff(Actor actor, String what) {
    Person person = access.person(actor);
    if (person.profile() != Profile.EDUCATIONAL_STAFF) {
      throw new AccessDeniedException(person.displayName() + " (" + person.profile()
          + ") may not " + what + ": only educational staff write activities");
    }
    return person;
  }

  private CatalogueResource draftOf(Person author, ResourceId id) {
    CatalogueResource resource = visible(author, id);
    if (!resource.authors().contains(author.id())) {
      throw new AccessDeniedException(author.displayName() + " is not an author of '"
          + resource.title() + "': ask an author to invite you");
    }
    if (resource.status() != ResourceStatus.DRAFT) {
      throw new ConflictException("'" + resource.title() + "' is " + resource.status()
          + ", not a draft: only drafts are written");
    }
    return resource;
  }

  private CatalogueResource visible(Person person, ResourceId id) {
    return store.catalogue().findResource(id)
        .filter(CatalogueAudiences.of(store.directory(), person)::sees)
        .orElseThrow(() -> notFound(id));
  }

  private CatalogueResource resource(ResourceId id) {
    return store.catalogue().findResource(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(ResourceId id) {
    return new NotFoundException("activity '" + id + "' does not exist or is not yours to"
        + " see: search the catalogue for its identifier");
  }

  private Review pendingReview(Person reviewer, ResourceId id) {
    Review review = store.catalogue().findReview(id)
        .filter(r -> r.decision() == Review.Decision.PENDING).orElseThrow(() ->
            new NotFoundException("no review of activity '" + id + "' is pending"));
    boolean reviews = store.catalogue().isReviewer(review.scope(), reviewer.id())
        || store.catalogue().isReviewer(ResourceScope.national(), reviewer.id());
    if (!reviews || resource(id).authors().contains(reviewer.id())) {
      throw new AccessDeniedException(reviewer.displayName() + " may not review activity '"
          + id + "' for " + review.scope().key() + ": a reviewer appointed for that scope who"
          + " is not one of its authors decides");
    }
    return review;
  }

  private CatalogueResource with(CatalogueResource resource, Set<PersonId> authors,
      ResourceScope scope, ResourceStatus status, @Nullable LocalDate published) {
    return new CatalogueResource(resource.id(), resource.title(), resource.summary(),
        resource.body(), resource.facets(), published, resource.source(), resource.url(),
        authors, scope, status, resource.created(), clock.instant());
  }

  private CatalogueResource save(CatalogueResource resource, Person by, Set<String> fields) {
    store.transactions().run(() -> {
      store.catalogue().saveResources(List.of(resource));
      store.catalogue().saveChange(new ResourceChange(resource.id(), by.id(),
          Objects.requireNonNull(resource.updated()), fields));
    });
    if (index != null) {
      index.index(List.of(resource));
    }
    return resource;
  }

  private static Set<String> changedFields(CatalogueResource before, CatalogueResource after) {
    Set<String> fields = new TreeSet<>();
    if (!before.title().equals(after.title())) {
      fields.add("title");
    }
    if (!before.summary().equals(after.summary())) {
      fields.add("summary");
    }
    if (!before.body().equals(after.body())) {
      fields.add("body");
    }
    if (!before.facets().equals(after.facets())) {
      fields.add("facets");
    }
    return fields;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
