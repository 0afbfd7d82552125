package fr.folios.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static final List<String> KNOWN = List.of("--out", "--seed");

  @Test
  void options_readsPairsInOrderAndKeepsTheLastOfAName() {
    assertThat(CommandLine.options(KNOWN, "--seed", "2", "--out", "/tmp/x", "--seed", "3"))
        .containsExactly(Map.entry("--seed", "3"),
            Map.entry("--out", "/tmp/x"));
    assertThat(CommandLine.options(KNOWN)).isEmpty();
  }

  @Test
  void options_refusesAnUnknownOptionOrAMissingValueNamingTheKnownOnes() {
    assertThatThrownBy(() -> CommandLine.options(KNOWN, "--size", "3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--size'").hasMessageContaining("[--out, --seed]");
    assertThatThrownBy(() -> CommandLine.options(KNOWN, "--out"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--out'");
  }
}
