package fr.folios.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScanVerdictTest {

  @Test
  void factories_giveTheOutcomeAndTheDetail() {
    assertThat(ScanVerdict.clean()).isEqualTo(new ScanVerdict(ScanVerdict.Outcome.CLEAN, ""));
    assertThat(ScanVerdict.infected("Eicar-Test-Signature").outcome())
        .isEqualTo(ScanVerdict.Outcome.INFECTED);
    assertThat(ScanVerdict.unavailable("timed out").detail()).isEqualTo("timed out");
  }

  @Test
  void constructor_refusesNulls() {
    assertThatThrownBy(() -> new ScanVerdict(null, "x")).hasMessage("outcome");
    assertThatThrownBy(() -> ScanVerdict.infected(null)).hasMessage("detail");
  }
}
