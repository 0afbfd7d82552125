package fr.folios.benchmarks;

import fr.folios.examples.CommandLine;
import fr.folios.examples.catalogue.CatalogueSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link CatalogueBenchmark#main}.
 *
 * @param resources how many resources the catalogue holds
 * @param searches how many searches are timed on each side
 * @param warmup how many searches run on each side before timing
 * @param seed the seed of the searches' draw
 * @param dataDir the examples' data folder, which holds {@code catalogue}
 * @param workDir where the indexes and the results are written
 */
record CatalogueArguments(int resources, int searches, int warmup, long seed, Path dataDir,
    Path workDir) {

  private static final List<String> OPTIONS = List.of("--resources", "--searches", "--warmup",
      "--seed", "--data", "--work-dir");

  /**
   * Reads options given as {@code --name value} pairs; the defaults are issue 5's sizes.
   *
   * @param args the options
   * @return the arguments
   * @throws IllegalArgumentException if an option is unknown, lacks its value, or is not a
   *     whole number at least 1 (any number for the seed)
   */
  static CatalogueArguments parse(String... args) {
    Map<String, String> options = CommandLine.options(OPTIONS, args);
    return new CatalogueArguments(CommandLine.positive(options, "--resources", 100_000),
        CommandLine.positive(options, "--searches", 2_000),
        CommandLine.positive(options, "--warmup", 500),
        CommandLine.number(options, "--seed", 1), dataDir(options.get("--data")),
        Path.of(options.getOrDefault("--work-dir", "target/catalogue-benchmark")));
  }

  /* From the benchmarks module, the examples' data sits next door. */
  private static Path dataDir(String given) {
    if (given != null) {
      return Path.of(given);
    }
    Path sibling = Path.of("..", "examples", "data");
    return Files.isDirectory(sibling) ? sibling : CatalogueSources.dataDirectory();
  }
}
