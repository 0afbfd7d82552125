package fr.folios.benchmarks;

import fr.folios.examples.aaf.AafGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A synthetic AAF export in the work directory, generated once per scale and seed and reused
 * by later runs: a marker file, written last, tells that the generation went to its end.
 *
 * @param files its XML files, by name
 * @param records its records, all categories
 * @param bytes the files' total size
 * @param generation how long generating took; zero if the export was reused
 */
record Export(List<Path> files, long records, long bytes, Duration generation) {

  private static final String MARKER = "export.complete";

  /** Copies the list of files. */
  Export {
    files = List.copyOf(files);
  }

  /**
   * Returns the export of a scale and seed, generating it unless a complete one is there.
   *
   * @throws IOException if the export cannot be written or read back
   */
  static Export prepare(BenchmarkArguments arguments, PrintStream out) throws IOException {
    Path directory = arguments.workDir().resolve(String.format(Locale.ROOT, "aaf-%s-seed-%d",
        arguments.scaleName(), arguments.seed()));
    Path marker = directory.resolve(MARKER);
    if (Files.isRegularFile(marker)) {
      out.println("export: reusing " + directory);
      return new Export(xmlFiles(directory), Long.parseLong(Files.readString(marker).strip()),
          size(xmlFiles(directory)), Duration.ZERO);
    }
    return generate(arguments, directory, marker, out);
  }

  private static Export generate(BenchmarkArguments arguments, Path directory, Path marker,
      PrintStream out) throws IOException {
    out.println("export: generating the " + arguments.scaleName() + " scale, seed "
        + arguments.seed() + ", into " + directory);
    Files.createDirectories(directory);
    for (Path stale : xmlFiles(directory)) {
      Files.delete(stale);
    }

    long start = System.nanoTime();
    AafGenerator.Summary summary = new AafGenerator(arguments.seed(), arguments.scale())
        .writeTo(directory);
    Duration generation = Duration.ofNanos(System.nanoTime() - start);

    Files.writeString(marker, summary.records() + "\n", StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "export: %d files, %d records, %d bytes in %.1f s%n",
        summary.files().size(), summary.records(), summary.bytes(),
        generation.toMillis() / 1000.0);
    return new Export(xmlFiles(directory), summary.records(), summary.bytes(), generation);
  }

  private static List<Path> xmlFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static long size(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return bytes;
  }
}
