package fr.folios.jpa;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.catalogue.ResourceScope;
import fr.folios.core.catalogue.ResourceStatus;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Stores a {@link CatalogueResource}, with its facet values in their order. */
@Entity(name = "CatalogueResource")
@Table(name = "catalogue_resource")
class ResourceEntity implements Row<CatalogueResource> {

  @Id
  @Column(name = "id", length = ResourceId.MAX_LENGTH)
  private String id = "";

  @Column(name = "title", length = 1000, nullable = false)
  private String title = "";

  @Column(name = "summary", length = 1_000_000, nullable = false)
  private String summary = "";

  @Column(name = "body", length = 1_000_000, nullable = false)
  private String body = "";

  @Column(name = "published")
  private @Nullable LocalDate published;

  @Column(name = "source", length = 500, nullable = false)
  private String source = "";

  @Column(name = "url", length = 2000)
  private @Nullable String url;

  @ElementCollection
  @CollectionTable(name = "catalogue_resource_facet",
      joinColumns = @JoinColumn(name = "resource_id"))
  @OrderColumn(name = "position")
  private List<FacetValue> facets = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "catalogue_resource_author",
      joinColumns = @JoinColumn(name = "resource_id"))
  @OrderColumn(name = "position")
  @Column(name = "person_id", length = 64, nullable = false)
  private List<String> authors = new ArrayList<>();

  @Column(name = "scope", length = 300, nullable = false)
  private String scope = ResourceScope.national().key();

  @Column(name = "status", length = 16, nullable = false)
  private String status = ResourceStatus.PUBLISHED.name();

  @Column(name = "created_at")
  private @Nullable Instant created;

  @Column(name = "updated_at")
  private @Nullable Instant updated;

  ResourceEntity() {
  }

  @Override
  public void assign(CatalogueResource resource) {
    id = resource.id().value();
    title = resource.title();
    summary = resource.summary();
    body = resource.body();
    published = resource.published();
    source = resource.source();
    url = resource.url();
    List<FacetValue> values = new ArrayList<>();
    resource.facets().forEach((facet, concepts) -> concepts.forEach(
        concept -> values.add(new FacetValue(facet.name(), concept))));
    if (!facets.equals(values)) {
      facets.clear();
      facets.addAll(values);
    }
    assignStewardship(resource);
  }

  private void assignStewardship(CatalogueResource resource) {
    List<String> ids = resource.authors().stream().map(PersonId::value).toList();
    if (!authors.equals(ids)) {
      authors.clear();
      authors.addAll(ids);
    }
    scope = resource.scope().key();
    status = resource.status().name();
    created = resource.created();
    updated = resource.updated();
  }

  @Override
  public CatalogueResource toRecord() {
    Map<Facet, Set<String>> values = new LinkedHashMap<>();
    for (FacetValue value : facets) {
      values.computeIfAbsent(Facet.valueOf(value.facet()), facet -> new LinkedHashSet<>())
          .add(value.concept());
    }
    Set<PersonId> authorIds = new LinkedHashSet<>();
    authors.forEach(author -> authorIds.add(new PersonId(author)));
    return new CatalogueResource(new ResourceId(id), title, summary, body, values, published,
        source, url, authorIds, ResourceScope.parse(scope), ResourceStatus.valueOf(status),
        created, updated);
  }
}
