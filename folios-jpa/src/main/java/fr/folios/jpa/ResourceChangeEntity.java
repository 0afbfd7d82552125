package fr.folios.jpa;

import fr.folios.core.catalogue.ResourceChange;
import fr.folios.core.catalogue.ResourceId;
import fr.folios.core.directory.PersonId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import org.jspecify.annotations.Nullable;

/** Stores one {@link ResourceChange}; the fields are kept comma-separated. */
@Entity(name = "ResourceChange")
@Table(name = "catalogue_resource_change")
class ResourceChangeEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private @Nullable Long id;

  @Column(name = "resource_id", length = ResourceId.MAX_LENGTH, nullable = false)
  private String resource = "";

  @Column(name = "person_id", length = 64, nullable = false)
  private String author = "";

  @Column(name = "changed_at", nullable = false)
  private Instant at = Instant.EPOCH;

  @Column(name = "fields", length = 500, nullable = false)
  private String fields = "";

  ResourceChangeEntity() {
  }

  ResourceChangeEntity(ResourceChange change) {
    resource = change.resource().value();
    author = change.author().value();
    at = change.at();
    fields = String.join(",", change.fields());
  }

  ResourceChange toRecord() {
    return new ResourceChange(new ResourceId(resource), new PersonId(author), at,
        new LinkedHashSet<>(Arrays.asList(fields.split(","))));
  }
}
