package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AafAttributeOperationTest {

  @Test
  void fromCode_mapsEachOperationIgnoringCase() {
    assertThat(AafAttributeOperation.fromCode("replace")).contains(AafAttributeOperation.REPLACE);
    assertThat(AafAttributeOperation.fromCode(" ADD ")).contains(AafAttributeOperation.ADD);
    assertThat(AafAttributeOperation.fromCode("Delete")).contains(AafAttributeOperation.DELETE);
  }

  @Test
  void fromCode_isEmptyForAnUnknownOperation() {
    assertThat(AafAttributeOperation.fromCode("rename")).isEmpty();
  }

  @Test
  void code_roundTrips() {
    for (AafAttributeOperation operation : AafAttributeOperation.values()) {
      assertThat(AafAttributeOperation.fromCode(operation.code())).contains(operation);
    }
  }
}
