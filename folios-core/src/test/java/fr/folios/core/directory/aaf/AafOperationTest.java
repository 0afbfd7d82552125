package fr.folios.core.directory.aaf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AafOperationTest {

  @Test
  void fromElementName_mapsEachRequestElement() {
    assertThat(AafOperation.fromElementName("addRequest")).contains(AafOperation.ADD);
    assertThat(AafOperation.fromElementName("modifyRequest")).contains(AafOperation.MODIFY);
    assertThat(AafOperation.fromElementName("deleteRequest")).contains(AafOperation.DELETE);
  }

  @Test
  void fromElementName_isCaseSensitiveLikeXml() {
    assertThat(AafOperation.fromElementName("AddRequest")).isEmpty();
    assertThat(AafOperation.fromElementName("renameRequest")).isEmpty();
  }

  @Test
  void elementName_roundTrips() {
    for (AafOperation operation : AafOperation.values()) {
      assertThat(AafOperation.fromElementName(operation.elementName())).contains(operation);
    }
  }
}
