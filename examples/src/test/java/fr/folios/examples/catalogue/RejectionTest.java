package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RejectionTest {

  @Test
  void toString_namesTheRecordThenTheReason() {
    assertThat(new Rejection("line 80", "AF.141852 lists no teaching"))
        .hasToString("line 80: AF.141852 lists no teaching");
  }

  @Test
  void new_refusesAMissingReason() {
    assertThatThrownBy(() -> new Rejection("line 80", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }
}
