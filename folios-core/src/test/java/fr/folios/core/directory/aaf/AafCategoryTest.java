package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AafCategoryTest {

  @Test
  void code_isWhatTheFeedWrites() {
    assertThat(AafCategory.values()).extracting(AafCategory::code).containsExactly(
        "Eleve", "PersEducNat", "PersRelEleve", "EtabEducNat", "MatiereEducNat", "MefEducNat");
  }

  @Test
  void fromCode_findsEachCategoryByItsOwnCode() {
    for (AafCategory category : AafCategory.values()) {
      assertThat(AafCategory.fromCode(category.code())).contains(category);
    }
  }

  @Test
  void fromCode_acceptsTheSubjectsShortCodeAndIgnoresCaseAndSpaces() {
    assertThat(AafCategory.fromCode("MatEducNat")).contains(AafCategory.MATIERE_EDUC_NAT);
    assertThat(AafCategory.fromCode(" persEDUCnat ")).contains(AafCategory.PERS_EDUC_NAT);
  }

  @Test
  void fromCode_isEmptyForAnUnknownCode() {
    assertThat(AafCategory.fromCode("PersCollectivite")).isEmpty();
    assertThat(AafCategory.fromCode("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "FULL_ENTTSSERVICES_Complet_20130117_Eleve_0001.xml, ELEVE",
      "clean-FULL_ENTTSSERVICES_Complet_20130117_PersRelEleve_0033.xml, PERS_REL_ELEVE",
      "DELTA_ENTTSSERVICES_20130118_PersEducNat_0000.xml, PERS_EDUC_NAT",
      "/data/aaf/FULL_ENTTSSERVICES_Complet_20130117_EtabEducNat_0000.xml, ETAB_EDUC_NAT",
      "C:\\aaf\\FULL_X_Complet_20130117_MatiereEducNat_0000.xml, MATIERE_EDUC_NAT",
      "ENT_MefEducNat.xml, MEF_EDUC_NAT"
  })
  void fromFileName_findsTheCategoryBetweenSeparators(String fileName, AafCategory expected) {
    assertThat(AafCategory.fromFileName(fileName)).contains(expected);
  }

  @Test
  void fromFileName_doesNotMatchACategoryInsideAnotherWord() {
    assertThat(AafCategory.fromFileName("FULL_Complet_20130117_ElevesDivers_0000.xml")).isEmpty();
    assertThat(AafCategory.fromFileName("Eleve/report.xml")).isEmpty();
  }
}
