package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import java.util.Optional;

/** The real catalogue, read once per test run and shared by the test classes. */
final class RealData {

  private static CatalogueImport onisep;
  private static CatalogueImport mathalea;
  private static CatalogueImport all;

  private RealData() {
  }

  static synchronized CatalogueImport onisep() {
    if (onisep == null) {
      onisep = OnisepCatalogue.read(Fixtures.onisepDir());
    }
    return onisep;
  }

  static synchronized CatalogueImport mathalea() {
    if (mathalea == null) {
      mathalea = MathaleaCatalogue.read(Fixtures.mathaleaDir());
    }
    return mathalea;
  }

  static synchronized CatalogueImport all() {
    if (all == null) {
      all = CatalogueSources.readAll(Fixtures.dataDir());
    }
    return all;
  }

  /** Finds a resource of an import by id. */
  static Optional<CatalogueResource> find(CatalogueImport read, String id) {
    return read.resources().stream().filter(r -> r.id().value().equals(id)).findFirst();
  }
}
