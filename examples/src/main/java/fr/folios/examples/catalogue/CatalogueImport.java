package fr.folios.examples.catalogue;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Catalogue resources read from source files, with what each file gave.
 *
 * <p>Immutable. Resource identifiers are unique within one import.
 *
 * @param resources the resources, in the order of their files and records
 * @param summary the per-file counts, rejected records included
 */
public record CatalogueImport(List<CatalogueResource> resources, ImportSummary summary) {

  /**
   * Checks and copies the parts.
   *
   * @throws InvalidInputException if two resources share an identifier
   */
  public CatalogueImport {
    Objects.requireNonNull(summary, "summary");
    resources = List.copyOf(resources);
    requireUniqueIds(resources);
  }

  /**
   * Returns an import holding this one's resources and files followed by the other's.
   *
   * @param other the import to append
   * @return the combined import
   * @throws InvalidInputException if a resource identifier appears in both
   * @throws IllegalArgumentException if both summaries name the same file
   */
  public CatalogueImport plus(CatalogueImport other) {
    List<CatalogueResource> both = new ArrayList<>(resources);
    both.addAll(other.resources);
    return new CatalogueImport(both, summary.plus(other.summary));
  }

  private static void requireUniqueIds(List<CatalogueResource> resources) {
    Set<ResourceId> seen = new HashSet<>();
    for (CatalogueResource resource : resources) {
      if (!seen.add(resource.id())) {
        throw new InvalidInputException("resource id '" + resource.id() + "' is given to two "
            + "resources: each source must give distinct identifiers");
      }
    }
  }
}
