package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.ResourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueImportTest {

  @Test
  void plus_appendsResourcesAndFiles() {
    CatalogueImport both = single("a.csv", "onisep:FOR.1").plus(single("b.json", "mathalea:x"));

    assertThat(both.resources()).extracting(r -> r.id().value())
        .containsExactly("onisep:FOR.1", "mathalea:x");
    assertThat(both.summary().files().keySet()).containsExactly("a.csv", "b.json");
  }

  @Test
  void plus_refusesAnIdBothImportsGive() {
    CatalogueImport first = single("a.csv", "onisep:FOR.1");

    assertThatThrownBy(() -> first.plus(single("b.csv", "onisep:FOR.1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("resource id 'onisep:FOR.1' is given to two resources: each source must "
            + "give distinct identifiers");
  }

  @Test
  void new_copiesTheResources() {
    List<CatalogueResource> resources = new ArrayList<>(List.of(resource("onisep:FOR.1")));
    CatalogueImport read = new CatalogueImport(resources,
        ImportSummary.of("a.csv", new FileCount(1, 1, List.of())));

    resources.clear();

    assertThat(read.resources()).hasSize(1);
  }

  private static CatalogueImport single(String file, String id) {
    return new CatalogueImport(List.of(resource(id)),
        ImportSummary.of(file, new FileCount(1, 1, List.of())));
  }

  private static CatalogueResource resource(String id) {
    return new CatalogueResource(new ResourceId(id), "Titre", "", "", Map.of(), null,
        "test", null);
  }
}
