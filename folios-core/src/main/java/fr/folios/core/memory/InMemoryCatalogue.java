package fr.folios.core.memory;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.spi.CatalogueRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryCatalogue implements CatalogueRepository {

  private final Table<ResourceId, CatalogueResource> resources;
  private final Table<String, Vocabulary> vocabularies;

  InMemoryCatalogue(Journal journal) {
    resources = new Table<>(journal);
    vocabularies = new Table<>(journal);
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
}
