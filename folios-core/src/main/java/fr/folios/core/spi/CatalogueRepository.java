package fr.folios.core.spi;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.Vocabulary;
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
}
