package fr.folios.benchmarks;

import fr.folios.core.ProgressListener;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.CatalogueSort;
import fr.folios.core.catalogue.Facet;
import fr.folios.search.LuceneCatalogueIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures issue 5's speed figures in one run, each against raw Lucene in the same process:
 * indexing throughput of the real catalogue records varied to 100,000 resources, and the p50
 * and p99 latency of a one-word search with two facet filters, drill-sideways counts of every
 * facet, the first ten hits and their highlights. The raw side ({@link RawCatalogue}) has the
 * same analysis, fields, facet configuration and query shape; its searches read the very index
 * Folios wrote, so that both sides search the same segments. It prints a Markdown table and
 * writes it to {@code catalogue.md} and {@code catalogue.csv} in the work directory.
 */
public final class CatalogueBenchmark {

  private static final double GOAL = 1.2;

  /* Each side indexes this many times, alternately, and its fastest round counts. */
  private static final int INDEXING_ROUNDS = 2;

  private CatalogueBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --resources N} (default 100,000), {@code --searches N} timed on each
   *     side (2,000), {@code --warmup N} searches before timing (500), {@code --seed N} (1),
   *     {@code --data DIR} (the examples' data), {@code --work-dir DIR}
   *     (target/catalogue-benchmark)
   * @throws IOException if an index cannot be written or read
   * @throws IllegalArgumentException if an argument is unknown or invalid
   */
  public static void main(String[] args) throws IOException {
    run(CatalogueArguments.parse(args), System.out);
  }

  /**
   * Builds the corpus, measures both sides, prints the results and writes them.
   *
   * @return the Markdown written
   */
  static String run(CatalogueArguments arguments, PrintStream out) throws IOException {
    CatalogueCorpus corpus = CatalogueCorpus.of(arguments.dataDir(), arguments.resources(),
        arguments.warmup() + arguments.searches(), arguments.seed());
    out.println("catalogue of " + corpus.resources().size() + " resources varied from "
        + corpus.realRecords() + " real records");
    Path work = arguments.workDir();
    clean(work);

    out.println("warming up indexing on both sides...");
    warmUpIndexing(corpus.resources());
    RawCatalogue raw = new RawCatalogue();
    Path foliosDir = work.resolve("folios");
    long rawIndexing = Long.MAX_VALUE;
    long foliosIndexing = Long.MAX_VALUE;
    for (int round = 1; round <= INDEXING_ROUNDS; round++) {
      out.println("indexing through raw Lucene, round " + round + "...");
      rawIndexing = Math.min(rawIndexing, rawIndexing(raw, work.resolve("raw"), corpus));
      out.println("indexing through Folios, round " + round + "...");
      foliosIndexing = Math.min(foliosIndexing, foliosIndexing(foliosDir, corpus));
    }
    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.open(foliosDir);
        Directory written = FSDirectory.open(foliosDir)) {
      out.println("searching on both sides...");
      Searches searches = Searches.measure(index, raw, written, corpus, arguments.warmup());
      return report(arguments, corpus, rawIndexing, foliosIndexing, searches, out);
    }
  }

  private static long rawIndexing(RawCatalogue raw, Path dir, CatalogueCorpus corpus)
      throws IOException {
    clean(dir);
    try (Directory rawDir = FSDirectory.open(dir)) {
      RawCatalogue.Written[] written = new RawCatalogue.Written[1];
      long nanos = time(() -> written[0] = raw.index(rawDir, corpus.resources()));
      written[0].close();
      return nanos;
    }
  }

  /* Opens an emptied folder, as a fresh installation does, so that both sides start alike. */
  private static long foliosIndexing(Path dir, CatalogueCorpus corpus) throws IOException {
    clean(dir);
    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.open(dir)) {
      return time(() -> index.rebuild(corpus.resources(), ProgressListener.NONE));
    }
  }

  private static void warmUpIndexing(List<CatalogueResource> resources) throws IOException {
    List<CatalogueResource> some = resources.subList(0, Math.min(resources.size(), 5_000));
    try (Directory memory = new ByteBuffersDirectory()) {
      new RawCatalogue().index(memory, some).close();
    }
    try (LuceneCatalogueIndex index = LuceneCatalogueIndex.inMemory()) {
      index.rebuild(some, ProgressListener.NONE);
    }
  }

  private static String report(CatalogueArguments arguments, CatalogueCorpus corpus,
      long rawIndexing, long foliosIndexing, Searches searches, PrintStream out)
      throws IOException {
    int size = corpus.resources().size();
    double rawRate = size / (rawIndexing / 1e9);
    double foliosRate = size / (foliosIndexing / 1e9);
    String markdown = markdown(arguments, corpus, rawRate, foliosRate, searches);
    Files.writeString(arguments.workDir().resolve("catalogue.md"), markdown,
        StandardCharsets.UTF_8);
    Files.writeString(arguments.workDir().resolve("catalogue.csv"),
        csv(rawIndexing, foliosIndexing, size, searches), StandardCharsets.UTF_8);
    out.println();
    out.println(markdown);
    out.println("written to " + arguments.workDir().resolve("catalogue.md") + " and "
        + arguments.workDir().resolve("catalogue.csv"));
    return markdown;
  }

  private static String markdown(CatalogueArguments arguments, CatalogueCorpus corpus,
      double rawRate, double foliosRate, Searches searches) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Catalogue of %,d resources (%,d real records varied),"
        + " %,d timed searches a side after %,d warm-up, seed %d, Java %s, %d processors%n%n",
        corpus.resources().size(), corpus.realRecords(), arguments.searches(),
        arguments.warmup(), arguments.seed(), Runtime.version(),
        Runtime.getRuntime().availableProcessors()));
    md.append("| measure | Folios | raw Lucene | Folios / raw | goal | met |\n");
    md.append("|---|---:|---:|---:|---|---|\n");
    row(md, "indexing, resources/s", foliosRate, rawRate, rawRate / foliosRate, "%,.0f");
    row(md, "search p50, ms", millis(searches.folios().p50Nanos()),
        millis(searches.raw().p50Nanos()), ratio(searches.folios().p50Nanos(),
            searches.raw().p50Nanos()), "%.3f");
    row(md, "search p99, ms", millis(searches.folios().p99Nanos()),
        millis(searches.raw().p99Nanos()), ratio(searches.folios().p99Nanos(),
            searches.raw().p99Nanos()), "%.3f");
    md.append(String.format(Locale.ROOT, "| search max, ms | %.3f | %.3f | %.2fx | none |"
        + " |%n", millis(searches.folios().maxNanos()), millis(searches.raw().maxNanos()),
        ratio(searches.folios().maxNanos(), searches.raw().maxNanos())));
    md.append(String.format(Locale.ROOT, "%nSearches whose total or hits differ between the"
        + " sides: %d; mean hits matched per search: %.1f.%n", searches.differences(),
        searches.meanTotal()));
    md.append("Indexing: the fastest of " + INDEXING_ROUNDS + " alternate rounds a side, from"
        + " an empty folder to a committed index open for search; the ratio is raw throughput"
        + " over Folios throughput (the time ratio).\n");
    return md.toString();
  }

  private static void row(StringBuilder md, String name, double folios, double raw,
      double ratio, String format) {
    boolean met = ratio <= GOAL;
    md.append(String.format(Locale.ROOT, "| %s | " + format + " | " + format
        + " | %.2fx | within %.1fx of raw | %s |%n", name, folios, raw, ratio, GOAL,
        met ? "yes" : "no"));
  }

  private static String csv(long rawIndexing, long foliosIndexing, int size,
      Searches searches) {
    StringBuilder csv = new StringBuilder("name,samples,p50_nanos,p99_nanos,max_nanos,"
        + "indexing_nanos,resources\n");
    csv.append("indexing-raw,1,,,," + rawIndexing + "," + size + "\n");
    csv.append("indexing-folios,1,,,," + foliosIndexing + "," + size + "\n");
    for (String side : List.of("raw", "folios")) {
      Latencies latencies = side.equals("raw") ? searches.raw() : searches.folios();
      csv.append("search-" + side + "," + latencies.samples() + "," + latencies.p50Nanos()
          + "," + latencies.p99Nanos() + "," + latencies.maxNanos() + ",," + size + "\n");
    }
    return csv.toString();
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static double ratio(long folios, long raw) {
    return (double) folios / raw;
  }

  private static long time(IoAction action) throws IOException {
    long start = System.nanoTime();
    action.run();
    return System.nanoTime() - start;
  }

  private static void clean(Path work) throws IOException {
    if (Files.exists(work)) {
      try (Stream<Path> paths = Files.walk(work)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Files.createDirectories(work);
  }

  /** Work that may fail with an I/O error. */
  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  /**
   * The searches' times on both sides, and how far their answers agree.
   *
   * @param folios the Folios side's times
   * @param raw the raw side's times
   * @param differences how many searches gave another total or other hits on each side
   * @param meanTotal the mean number of resources a search matched
   */
  record Searches(Latencies folios, Latencies raw, int differences, double meanTotal) {

    /*
     * Runs each search on both sides, alternating which goes first, so that both see the same
     * caches and collections; the warm-up searches are run the same way and not timed.
     */
    static Searches measure(LuceneCatalogueIndex index, RawCatalogue raw, Directory written,
        CatalogueCorpus corpus, int warmup) throws IOException {
      RawCatalogue.Searching searching = raw.open(written);
      List<CatalogueCorpus.Search> all = corpus.searches();
      int timed = all.size() - warmup;
      long[] folios = new long[timed];
      long[] bare = new long[timed];
      int differences = 0;
      long totals = 0;
      try (IndexReader reader = searching.searcher().getIndexReader()) {
        for (int i = 0; i < all.size(); i++) {
          CatalogueCorpus.Search search = all.get(i);
          CatalogueQuery query = new CatalogueQuery(search.text(), search.filterSets(),
              EnumSet.allOf(Facet.class), 0, 10, CatalogueSort.RELEVANCE);
          long[] times = new long[2];
          CatalogueResults[] results = new CatalogueResults[1];
          RawCatalogue.Page[] pages = new RawCatalogue.Page[1];
          IoAction foliosSide = () -> results[0] = index.search(query);
          IoAction rawSide = () -> pages[0] = raw.search(searching, search.text(),
              search.filters());
          if (i % 2 == 0) {
            times[0] = time(foliosSide);
            times[1] = time(rawSide);
          } else {
            times[1] = time(rawSide);
            times[0] = time(foliosSide);
          }
          if (i >= warmup) {
            folios[i - warmup] = times[0];
            bare[i - warmup] = times[1];
            totals += results[0].total();
            differences += agree(results[0], pages[0]) ? 0 : 1;
          }
        }
      }
      return new Searches(Latencies.of(folios), Latencies.of(bare), differences,
          (double) totals / timed);
    }

    private static boolean agree(CatalogueResults folios, RawCatalogue.Page raw) {
      List<String> ids = folios.hits().stream().map(hit -> hit.id().value()).toList();
      return folios.total() == raw.total() && ids.equals(raw.hits());
    }
  }
}
