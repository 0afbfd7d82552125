package fr.folios.core.spi;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.Review;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.directory.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the catalogue: its resources and its vocabularies. It is the source of truth from
 * which the {@link CatalogueIndex} can be rebuilt.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface CatalogueRepository {

  /**
   * Saves resources, replacing those with the same identifiers.
   *
   * @param resources the resources
   */
  void saveResources(Collection<CatalogueResource> resources);

  /**
   * Finds a resource.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<CatalogueResource> findResource(ResourceId id);

  /** {@return every resource, ordered by identifier} */
  List<CatalogueResource> resources();

  /** {@return how many resources are stored} */
  long countResources();

  /**
   * Saves a vocabulary, replacing the one with the same identifier.
   *
   * @param vocabulary the vocabulary
   */
  void saveVocabulary(Vocabulary vocabulary);

  /**
   * Finds a vocabulary.
   *
   * @param id its identifier
   * @return it, or empty
   */
  Optional<Vocabulary> findVocabulary(String id);

  /** {@return every vocabulary, ordered by identifier} */
  List<Vocabulary> vocabularies();

  /**
   * Appends a change to a resource's change log.
   *
   * @param change the change
   */
  void saveChange(ResourceChange change);

  /**
   * Returns a resource's change log.
   *
   * @param resource the resource's identifier
   * @return its changes, oldest first, in the order they were saved at equal times
   */
  List<ResourceChange> changes(ResourceId resource);

  /**
   * Saves a resource's review, replacing its earlier one.
   *
   * @param review the review
   */
  void saveReview(Review review);

  /**
   * Finds a resource's latest review.
   *
   * @param resource the resource's identifier
   * @return it, or empty if none was asked for
   */
  Optional<Review> findReview(ResourceId resource);

  /**
   * Appoints a person to review the publications asked for one scope. Appointing twice does
   * nothing.
   *
   * @param scope an académie's or the national scope
   * @param person the reviewer
   */
  void saveReviewer(ResourceScope scope, PersonId person);

  /**
   * Tells whether a person reviews the publications asked for a scope.
   *
   * @param scope the scope
   * @param person the person
   * @return {@code true} if they were appointed for exactly that scope
   */
  boolean isReviewer(ResourceScope scope, PersonId person);
}
