package fr.folios.benchmarks;

import fr.folios.examples.CommandLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link SpacesBenchmark#main}.
 *
 * @param files how many files are uploaded
 * @param fileMegabytes the size of each, in MB (MiB)
 * @param documents how many documents the reader of the canRead measurement may read; as
 *     many more they may not
 * @param listed how many documents the listed folder holds
 * @param samples how many calls are timed in memory; a tenth of them on PostgreSQL
 * @param uploadRounds how many rounds the upload measurement runs, each side once a round
 * @param seed the seed of the random bytes and choices
 * @param workDir where the files, the stores and the results are written
 */
record SpacesArguments(int files, int fileMegabytes, int documents, int listed, int samples,
    int uploadRounds, long seed, Path workDir) {

  private static final List<String> OPTIONS = List.of("--files", "--file-mb", "--documents",
      "--listed", "--samples", "--upload-rounds", "--seed", "--work-dir");

  /**
   * Reads options given as {@code --name value} pairs; the defaults are issue 4's sizes.
   *
   * @param args the options
   * @return the arguments
   * @throws IllegalArgumentException if an option is unknown, lacks its value, or is not a
   *     whole number at least 1 (any number for the seed)
   */
  static SpacesArguments parse(String... args) {
    Map<String, String> options = CommandLine.options(OPTIONS, args);
    return new SpacesArguments(CommandLine.positive(options, "--files", 10),
        CommandLine.positive(options, "--file-mb", 30),
        CommandLine.positive(options, "--documents", 10_000),
        CommandLine.positive(options, "--listed", 300),
        CommandLine.positive(options, "--samples", 20_000),
        CommandLine.positive(options, "--upload-rounds", 3),
        CommandLine.number(options, "--seed", 1),
        Path.of(options.getOrDefault("--work-dir", "target/spaces-benchmark")));
  }
}
