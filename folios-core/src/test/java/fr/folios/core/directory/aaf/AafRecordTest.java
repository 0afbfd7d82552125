package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AafRecordTest {

  private static AafRecord pupil(Map<String, List<String>> attributes) {
    return new AafRecord("Eleve", AafOperation.ADD, "2605692", attributes, Map.of(),
        "FULL_X_Eleve_0001.xml", 1, 5);
  }

  @Test
  void values_keepsFileOrderAndDropsBlankValues() {
    AafRecord record = pupil(Map.of("ENTPersonAutresPrenoms", List.of("Zoé", "", " ", "Anaïs")));

    assertThat(record.values("ENTPersonAutresPrenoms")).containsExactly("Zoé", "Anaïs");
  }

  @Test
  void values_isEmptyForAnAbsentAttributeOrOneWithOnlyEmptyValues() {
    AafRecord record = pupil(Map.of("ENTElevePersRelEleve1", List.of("")));

    assertThat(record.values("ENTElevePersRelEleve1")).isEmpty();
    assertThat(record.attributes()).containsKey("ENTElevePersRelEleve1");
    assertThat(record.values("mail")).isEmpty();
  }

  @Test
  void first_givesTheFirstValueOrEmpty() {
    AafRecord record = pupil(Map.of("sn", List.of("MOREL", "PETIT")));

    assertThat(record.first("sn")).contains("MOREL");
    assertThat(record.first("givenName")).isEmpty();
  }

  @Test
  void composites_splitsOnDollarKeepingEmptyParts() {
    AafRecord record = pupil(Map.of(
        "ENTElevePersRelEleve", List.of("2867253$2$1$1$0$0", "52006$", "$$")));

    assertThat(record.composites("ENTElevePersRelEleve")).containsExactly(
        List.of("2867253", "2", "1", "1", "0", "0"), List.of("52006", ""), List.of("", "", ""));
  }

  @Test
  void composites_givesOnePartForAValueWithoutDollar() {
    AafRecord record = pupil(Map.of("ENTEleveClasses", List.of("RUS1TERM")));

    assertThat(record.composites("ENTEleveClasses")).containsExactly(List.of("RUS1TERM"));
  }

  @Test
  void attributes_keepInsertionOrderAndCannotBeChanged() {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    attributes.put("sn", new ArrayList<>(List.of("MOREL")));
    attributes.put("givenName", List.of("Léa"));
    attributes.put("ENTEleveClasses", List.of("52006$3A"));
    AafRecord record = pupil(attributes);
    attributes.get("sn").add("PETIT");

    assertThat(record.attributes().keySet()).containsExactly("sn", "givenName", "ENTEleveClasses");
    assertThat(record.values("sn")).containsExactly("MOREL");
    assertThatThrownBy(() -> record.attributes().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void category_isKnownOrNullWhileTheCodeIsKept() {
    AafRecord subject = new AafRecord("MatEducNat", AafOperation.ADD, "061300", Map.of(),
        Map.of(), "f.xml", 1, 1);
    AafRecord unknown = new AafRecord("PersCollectivite", AafOperation.ADD, "1", Map.of(),
        Map.of(), "f.xml", 1, 1);
    AafRecord none = new AafRecord(null, AafOperation.DELETE, "1", Map.of(), Map.of(), "f.xml",
        1, 1);

    assertThat(subject.category()).isEqualTo(AafCategory.MATIERE_EDUC_NAT);
    assertThat(unknown.category()).isNull();
    assertThat(unknown.categoryCode()).isEqualTo("PersCollectivite");
    assertThat(none.category()).isNull();
  }

  @Test
  void operationOf_givesTheModificationOrReplace() {
    AafRecord record = new AafRecord("Eleve", AafOperation.MODIFY, "1",
        Map.of("ENTEleveGroupes", List.of("52006$206"), "sn", List.of("MOREL")),
        Map.of("ENTEleveGroupes", AafAttributeOperation.ADD), "f.xml", 2, 9);

    assertThat(record.operationOf("ENTEleveGroupes")).isEqualTo(AafAttributeOperation.ADD);
    assertThat(record.operationOf("sn")).isEqualTo(AafAttributeOperation.REPLACE);
  }

  @Test
  void constructor_refusesAnOperationForAnAbsentAttribute() {
    assertThatThrownBy(() -> new AafRecord("Eleve", AafOperation.MODIFY, "1", Map.of(),
        Map.of("sn", AafAttributeOperation.DELETE), "f.xml", 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sn'");
  }

  @Test
  void constructor_refusesABlankIdentifierOrAPositionBelowOne() {
    assertThatThrownBy(() -> new AafRecord("Eleve", AafOperation.ADD, " ", Map.of(), Map.of(),
        "f.xml", 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AafRecord("Eleve", AafOperation.ADD, "1", Map.of(), Map.of(),
        "f.xml", 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
