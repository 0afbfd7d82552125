package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what one source file gives while it is read: records, resources, rejections.
 *
 * <p>Not thread-safe: one reader fills it, then asks for the result.
 */
final class Tally {

  private final String file;
  private final List<CatalogueResource> resources = new ArrayList<>();
  private final Map<ResourceId, String> recordOf = new HashMap<>();
  private final List<Rejection> rejected = new ArrayList<>();
  private int records;

  Tally(String file) {
    this.file = file;
  }

  /** Counts records read, whether they become resources or not. */
  void read(int count) {
    records += count;
  }

  /** Keeps a resource, or rejects it if an earlier record already gave its identifier. */
  void accept(String record, CatalogueResource resource) {
    String earlier = recordOf.putIfAbsent(resource.id(), record);
    if (earlier != null) {
      reject(record, "its id '" + resource.id() + "' was already given by " + earlier);
      return;
    }
    resources.add(resource);
  }

  /** Counts a record that cannot become a resource. */
  void reject(String record, String reason) {
    rejected.add(new Rejection(record, reason));
  }

  /** Returns the resources and this file's counts. */
  CatalogueImport result() {
    FileCount count = new FileCount(records, resources.size(), rejected);

    return new CatalogueImport(resources, ImportSummary.of(file, count));
  }
}
