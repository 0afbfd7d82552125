package fr.folios.core.memory;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.Review;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.PersonId;
import fr.folios.core.spi.CatalogueRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryCatalogue implements CatalogueRepository {

  private final Table<ResourceId, CatalogueResource> resources;
  private final Table<String, Vocabulary> vocabularies;
  private final Table<ResourceId, List<ResourceChange>> changes;
  private final Table<ResourceId, Review> reviews;
  private final Table<String, Boolean> reviewers;

  InMemoryCatalogue(Journal journal) {
    resources = new Table<>(journal);
    vocabularies = new Table<>(journal);
    changes = new Table<>(journal);
    reviews = new Table<>(journal);
    reviewers = new Table<>(journal);
  }

  @Override
  public void saveResources(Collection<CatalogueResource> batch) {
    batch.forEach(resource -> resources.put(resource.id(), resource));
  }

  @Override
  public Optional<CatalogueResource> findResource(ResourceId id) {
    return resources.get(id);
  }

  @Override
  public List<CatalogueResource> resources() {
    List<CatalogueResource> all = resources.where(r -> true);
    all.sort(Comparator.comparing(r -> r.id().value()));
    return all;
  }

  @Override
  public long countResources() {
    return resources.size();
  }

  @Override
  public void saveVocabulary(Vocabulary vocabulary) {
    vocabularies.put(vocabulary.id(), vocabulary);
  }

  @Override
  public Optional<Vocabulary> findVocabulary(String id) {
    return vocabularies.get(id);
  }

  @Override
  public List<Vocabulary> vocabularies() {
    List<Vocabulary> all = vocabularies.where(v -> true);
    all.sort(Comparator.comparing(Vocabulary::id));
    return all;
  }

  @Override
  public void saveChange(ResourceChange change) {
    List<ResourceChange> log = new ArrayList<>(changes(change.resource()));
    log.add(change);
    changes.put(change.resource(), List.copyOf(log));
  }

  @Override
  public List<ResourceChange> changes(ResourceId resource) {
    List<ResourceChange> log = new ArrayList<>(changes.get(resource).orElse(List.of()));
    log.sort(Comparator.comparing(ResourceChange::at));
    return log;
  }

  @Override
  public void saveReview(Review review) {
    reviews.put(review.resource(), review);
  }

  @Override
  public Optional<Review> findReview(ResourceId resource) {
    return reviews.get(resource);
  }

  @Override
  public void saveReviewer(ResourceScope scope, PersonId person) {
    reviewers.put(scope.key() + " " + person.value(), true);
  }

  @Override
  public boolean isReviewer(ResourceScope scope, PersonId person) {
    return reviewers.get(scope.key() + " " + person.value()).isPresent();
  }
}
