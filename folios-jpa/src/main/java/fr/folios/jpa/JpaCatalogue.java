package fr.folios.jpa;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Concept;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.Review;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.PersonId;
import fr.folios.core.spi.CatalogueRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores the catalogue in the tables of the V1 and V8 migrations. Safe for concurrent use.
 */
final class JpaCatalogue implements CatalogueRepository {

  /** How many resources are written between two flushes of a large import. */
  private static final int CHUNK = 500;

  private final JpaTransactions transactions;

  JpaCatalogue(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveResources(Collection<CatalogueResource> resources) {
    List<CatalogueResource> all = List.copyOf(resources);
    transactions.call(entities -> {
      for (int from = 0; from < all.size(); from += CHUNK) {
        saveChunk(entities, all.subList(from, Math.min(all.size(), from + CHUNK)));
      }
      return null;
    });
  }

  @Override
  public Optional<CatalogueResource> findResource(ResourceId id) {
    return transactions.call(entities -> Queries.find(entities, ResourceEntity.class,
        id.value()));
  }

  @Override
  public List<CatalogueResource> resources() {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select r from CatalogueResource r", ResourceEntity.class),
        Comparator.comparing(r -> r.id().value())));
  }

  @Override
  public long countResources() {
    return transactions.call(entities -> entities
        .createQuery("select count(r) from CatalogueResource r", Long.class)
        .getSingleResult());
  }

  @Override
  public void saveVocabulary(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    transactions.call(entities -> {
      VocabularyEntity stored = entities.find(VocabularyEntity.class, vocabulary.id());
      if (stored == null) {
        entities.persist(new VocabularyEntity(vocabulary.id(), vocabulary.title()));
      } else {
        stored.retitle(vocabulary.title());
      }

      saveConcepts(entities, vocabulary);
      return null;
    });
  }

  @Override
  public Optional<Vocabulary> findVocabulary(String id) {
    return transactions.call(entities -> Optional
        .ofNullable(entities.find(VocabularyEntity.class, id))
        .map(stored -> Vocabulary.of(stored.id(), stored.title(),
            concepts(entities, stored.id()).stream().map(ConceptEntity::toConcept).toList())));
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return transactions.call(entities -> {
      Map<String, List<Concept>> concepts = new HashMap<>();
      entities.createQuery("select c from Concept c order by c.key.vocabulary, c.position",
          ConceptEntity.class).getResultList()
          .forEach(row -> concepts.computeIfAbsent(row.vocabularyId(), v -> new ArrayList<>())
              .add(row.toConcept()));

      List<Vocabulary> all = new ArrayList<>();
      entities.createQuery("select v from Vocabulary v", VocabularyEntity.class).getResultList()
          .forEach(v -> all.add(Vocabulary.of(v.id(), v.title(),
              concepts.getOrDefault(v.id(), List.of()))));
      all.sort(Comparator.comparing(Vocabulary::id));
      return all;
    });
  }

  private static void saveChunk(EntityManager entities, List<CatalogueResource> chunk) {
    entities.createQuery("select r from CatalogueResource r where r.id in :ids",
        ResourceEntity.class)
        .setParameter("ids", chunk.stream().map(r -> r.id().value()).toList())
        .getResultList();

    for (CatalogueResource resource : chunk) {
      Row.save(entities, ResourceEntity.class, resource.id().value(), resource,
          ResourceEntity::new);
    }

    entities.flush();
    entities.clear();
  }

  private static void saveConcepts(EntityManager entities, Vocabulary vocabulary) {
    Map<String, ConceptEntity> previous = new LinkedHashMap<>();
    concepts(entities, vocabulary.id()).forEach(row -> previous.put(row.conceptId(), row));

    int position = 0;
    for (Concept concept : vocabulary.concepts()) {
      ConceptEntity row = previous.remove(concept.id());
      if (row == null) {
        row = new ConceptEntity(vocabulary.id(), concept.id());
        row.assign(concept, position);
        entities.persist(row);
      } else {
        row.assign(concept, position);
      }
      position++;
    }

    previous.values().forEach(entities::remove);
  }

  private static List<ConceptEntity> concepts(EntityManager entities, String vocabulary) {
    return entities.createQuery("select c from Concept c where c.key.vocabulary = :vocabulary"
        + " order by c.position", ConceptEntity.class)
        .setParameter("vocabulary", vocabulary)
        .getResultList();
  }
  @Override
  public void saveChange(ResourceChange change) {
    Objects.requireNonNull(change, "change");
    transactions.call(entities -> {
      entities.persist(new ResourceChangeEntity(change));
      return null;
    });
  }

  @Override
  public List<ResourceChange> changes(ResourceId resource) {
    return transactions.call(entities -> entities.createQuery("select c from ResourceChange c"
            + " where c.resource = :resource order by c.at, c.id", ResourceChangeEntity.class)
        .setParameter("resource", resource.value()).getResultList().stream()
        .map(ResourceChangeEntity::toRecord).toList());
  }

  @Override
  public void saveReview(Review review) {
    Objects.requireNonNull(review, "review");
    transactions.call(entities -> {
      ReviewEntity stored = entities.find(ReviewEntity.class, review.resource().value());
      if (stored == null) {
        stored = new ReviewEntity();
        stored.assign(review);
        entities.persist(stored);
      } else {
        stored.assign(review);
      }
      return null;
    });
  }

  @Override
  public Optional<Review> findReview(ResourceId resource) {
    return transactions.call(entities -> Optional
        .ofNullable(entities.find(ReviewEntity.class, resource.value()))
        .map(ReviewEntity::toRecord));
  }

  @Override
  public void saveReviewer(ResourceScope scope, PersonId person) {
    transactions.call(entities -> {
      if (entities.find(ReviewerEntity.class,
          ReviewerEntity.key(scope.key(), person.value())) == null) {
        entities.persist(new ReviewerEntity(scope.key(), person.value()));
      }
      return null;
    });
  }

  @Override
  public boolean isReviewer(ResourceScope scope, PersonId person) {
    return transactions.call(entities -> entities.find(ReviewerEntity.class,
        ReviewerEntity.key(scope.key(), person.value())) != null);
  }
}
