package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.examples.aaf.AafGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchmarkArgumentsTest {

  @Test
  void parse_defaultsToTheSmallScaleAndAServerOfOurOwn() {
    BenchmarkArguments arguments = BenchmarkArguments.parse();

    assertThat(arguments.scale()).isEqualTo(AafGenerator.Scale.SMALL);
    assertThat(arguments.seed()).isEqualTo(1);
    assertThat(arguments.workDir()).isEqualTo(Path.of("target/aaf-benchmark"));
    assertThat(arguments.jdbcUrl()).isNull();
  }

  @Test
  void parse_readsTheAcademieScaleAndADatabase() {
    BenchmarkArguments arguments = BenchmarkArguments.parse("--scale", "academie", "--seed",
        "9", "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/folios", "--user", "bench");

    assertThat(arguments.scale()).isEqualTo(AafGenerator.Scale.ACADEMIE);
    assertThat(arguments.seed()).isEqualTo(9);
    assertThat(arguments.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/folios");
    assertThat(arguments.user()).isEqualTo("bench");
    assertThat(arguments.password()).isEmpty();
  }

  @Test
  void parse_refusesAnUnknownScaleNamingTheKnownOnes() {
    assertThatThrownBy(() -> BenchmarkArguments.parse("--scale", "france"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'france'").hasMessageContaining("small")
        .hasMessageContaining("academie");
  }

  @Test
  void parse_refusesAnOptionWithoutItsValue() {
    assertThatThrownBy(() -> BenchmarkArguments.parse("--seed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--seed'");
  }

  @Test
  void parse_refusesAUserWithoutADatabase() {
    assertThatThrownBy(() -> BenchmarkArguments.parse("--user", "bench"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--jdbc-url");
  }
}
