package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.CatalogueResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueSourcesTest {

  @Test
  void readAll_readsEveryResourceOfTheRealData() {
    int expected = 6_086 + 792 + 2_445 + 2_675 + 1_227 + 1_028;

    assertThat(RealData.all().resources()).hasSize(expected);
    assertThat(RealData.all().summary().resources()).isEqualTo(14_253);
    assertThat(RealData.all().summary().rejected()).isEqualTo(14);
  }

  @Test
  void readAll_summarisesOnisepFilesThenMathaleaFiles() {
    List<String> files = new ArrayList<>(OnisepCatalogue.FILES);
    files.addAll(MathaleaCatalogue.FILES);

    assertThat(RealData.all().summary().files().keySet()).containsExactlyElementsOf(files);
  }

  @Test
  void readAll_usesOnlyFixedFacetIds() {
    assertThat(RealData.all().resources()).flatExtracting(FixedFacetIds::unknownValues).isEmpty();
  }

  @Test
  void readAll_givesDistinctIdsTitlesAndSources() {
    List<CatalogueResource> resources = RealData.all().resources();

    assertThat(resources).extracting(CatalogueResource::id).doesNotHaveDuplicates();
    assertThat(resources).allSatisfy(resource -> {
      assertThat(resource.title()).isNotBlank();
      assertThat(resource.summary()).isNotBlank();
      assertThat(resource.source()).isNotBlank();
    });
  }

  @Test
  void readAll_printsAReportLinePerFileAndRejection() {
    List<String> lines = RealData.all().summary().lines();

    assertThat(lines).hasSize(6 + 14 + 1)
        .contains("ideo-metiers_onisep.csv: 1099 records, 792 resources, 0 rejected",
            "referentielStatic.json: 3700 records, 1028 resources, 0 rejected")
        .last().isEqualTo("total: 14253 resources, 14 rejected");
  }

  @Test
  void readAll_refusesAFolderWithoutTheCatalogue(@TempDir Path empty) {
    assertThatThrownBy(() -> CatalogueSources.readAll(empty))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("ideo-formations_initiales_en_france.csv")
        .hasMessageContaining("does not exist");
  }

  @Test
  void dataDirectory_isTheFolderTheSystemPropertyNames() {
    String before = System.getProperty(CatalogueSources.DATA_PROPERTY);
    try {
      System.setProperty(CatalogueSources.DATA_PROPERTY, "/somewhere/else");

      assertThat(CatalogueSources.dataDirectory()).isEqualTo(Path.of("/somewhere/else"));
    } finally {
      restore(before);
    }
  }

  @Test
  void dataDirectory_isTheModuleDataFolderByDefault() {
    String before = System.getProperty(CatalogueSources.DATA_PROPERTY);
    try {
      System.clearProperty(CatalogueSources.DATA_PROPERTY);

      assertThat(CatalogueSources.dataDirectory().resolve("NOTICE.md")).exists();
    } finally {
      restore(before);
    }
  }

  private static void restore(String before) {
    if (before == null) {
      System.clearProperty(CatalogueSources.DATA_PROPERTY);
    } else {
      System.setProperty(CatalogueSources.DATA_PROPERTY, before);
    }
  }
}
