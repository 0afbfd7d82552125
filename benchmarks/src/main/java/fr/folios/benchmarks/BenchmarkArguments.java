package fr.folios.benchmarks;

import fr.folios.examples.CommandLine;
import fr.folios.examples.aaf.AafGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link AafImportBenchmark#main}.
 *
 * @param scaleName {@code small} or {@code academie}
 * @param scale the export's size
 * @param seed the generator's seed
 * @param workDir where the export and the results are written
 * @param jdbcUrl a PostgreSQL database to use, or null to start a server of our own
 * @param user the database user, when a URL is given
 * @param password the user's password, empty if none
 */
record BenchmarkArguments(String scaleName, AafGenerator.Scale scale, long seed, Path workDir,
    @Nullable String jdbcUrl, String user, String password) {

  private static final List<String> OPTIONS = List.of("--scale", "--seed", "--work-dir",
      "--jdbc-url", "--user", "--password");

  /**
   * Reads options given as {@code --name value} pairs.
   *
   * @throws IllegalArgumentException if an option is unknown, lacks its value or is invalid
   */
  static BenchmarkArguments parse(String... args) {
    Map<String, String> options = CommandLine.options(OPTIONS, args);
    String scaleName = options.getOrDefault("--scale", "small");
    String jdbcUrl = options.get("--jdbc-url");
    if (jdbcUrl == null && (options.containsKey("--user") || options.containsKey("--password"))) {
      throw new IllegalArgumentException("--user and --password go with --jdbc-url: give the"
          + " database's URL too, or none of the three to start a PostgreSQL of our own");
    }
    return new BenchmarkArguments(scaleName, scale(scaleName), seed(options),
        Path.of(options.getOrDefault("--work-dir", "target/aaf-benchmark")), jdbcUrl,
        options.getOrDefault("--user", "postgres"), options.getOrDefault("--password", ""));
  }


  private static AafGenerator.Scale scale(String name) {
    return switch (name) {
      case "small" -> AafGenerator.Scale.SMALL;
      case "academie" -> AafGenerator.Scale.ACADEMIE;
      default -> throw new IllegalArgumentException("scale '" + name + "' is unknown: give"
          + " small (3 establishments, 553 records) or academie (300 establishments,"
          + " 675,300 records)");
    };
  }

  private static long seed(Map<String, String> options) {
    String seed = options.getOrDefault("--seed", "1");
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("seed '" + seed + "' is not a whole number: give"
          + " one such as --seed 1", e);
    }
  }
}
