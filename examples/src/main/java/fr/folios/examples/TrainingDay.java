package fr.folios.examples;

import fr.folios.core.Folios;
import fr.folios.core.catalogue.CatalogueHit;
import fr.folios.core.catalogue.CatalogueQuery;
import fr.folios.core.catalogue.CatalogueResults;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.FacetCount;
import fr.folios.core.catalogue.FoliosVocabularies;
import fr.folios.core.catalogue.Vocabulary;
import fr.folios.core.catalogue.skos.SkosReader;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.space.Document;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.space.SpaceUsage;
import fr.folios.examples.catalogue.CatalogueImport;
import fr.folios.examples.catalogue.CatalogueSources;
import fr.folios.jpa.JpaPersistence;
import fr.folios.extract.TikaTextExtractor;
import fr.folios.search.LuceneCatalogueIndex;
import fr.folios.search.LuceneDocumentIndex;
import fr.folios.storage.FileSystemBlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A FOLIOS training day, end to end on real data: import the académie directory, load the
 * vocabularies and the catalogue, then, as a main teacher, do the deck's five exercises and a
 * faceted search, and print what happened.
 *
 * <p>State is kept in a data directory (H2 database, blobs, Lucene index): {@code folios-data}
 * in the working directory unless {@code --data-dir DIR} says otherwise. A second run reuses it
 * and duplicates nothing. The input files are those carried in {@code examples/data}, or in the
 * folder named by {@code --input DIR} or the {@code folios.examples.data} system property.
 */
public final class TrainingDay {

  /** The school year of the AAF export carried in the project (17 January 2013). */
  static final SchoolYear EXPORT_YEAR = SchoolYear.of(LocalDate.of(2013, 1, 17));

  static final String FOLDER = "Parcours Avenir — découverte des métiers";
  static final String INSTRUCTIONS = "Consignes — fiche métier.txt";
  static final String NEWS_TITLE = "Parcours Avenir : découvrir un métier";

  /** What a pupil searches among their documents. */
  static final String DOCUMENT_QUERY = "qualités métier stage";

  private final PrintStream out;
  private final Path input;

  private TrainingDay(PrintStream out, Path input) {
    this.out = out;
    this.input = input;
  }

  /**
   * Runs the training day.
   *
   * @param args {@code [--data-dir DIR] [--input DIR]}
   * @throws IOException if a data file cannot be read or the data directory written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    Path dataDir = Path.of(option(args, "--data-dir", "folios-data"));
    Path input = Path.of(option(args, "--input",
        CatalogueSources.dataDirectory().toString()));
    run(dataDir, input, System.out);
  }

  /**
   * Runs the training day on a data directory and prints the report.
   *
   * @param dataDir where the database, blobs and index live; created if absent
   * @param input the folder holding {@code aaf/}, {@code vocab/} and {@code catalogue/}
   * @param out where the report goes
   * @return what the day did, for tests
   * @throws IOException if a file cannot be read or written
   */
  static Outcome run(Path dataDir, Path input, PrintStream out) throws IOException {
    Files.createDirectories(dataDir);
    FileSystemBlobStore blobs = FileSystemBlobStore.open(dataDir.resolve("blobs"));
    JpaPersistence persistence = JpaPersistence.h2(dataDir.resolve("db"));
    LuceneCatalogueIndex index;
    LuceneDocumentIndex documents;
    try {
      index = LuceneCatalogueIndex.open(dataDir.resolve("index"));
    } catch (RuntimeException e) {
      persistence.close();
      throw e;
    }
    try {
      documents = LuceneDocumentIndex.open(dataDir.resolve("documents"));
    } catch (RuntimeException e) {
      index.close();
      persistence.close();
      throw e;
    }
    try (Folios folios = Folios.builder().persistence(persistence).blobs(blobs)
        .catalogueIndex(index).documentIndex(documents)
        .textExtractor(TikaTextExtractor.create()).build()) {
      out.println("Folios training day — data directory " + dataDir.toAbsolutePath());
      return new TrainingDay(out, input).run(folios);
    }
  }

  private Outcome run(Folios folios) throws IOException {
    AafImportReport directory = importDirectory(folios);
    loadVocabularies(folios);
    loadCatalogue(folios);
    Roles roles = chooseRoles(folios);
    if (folios.documentSearch().ensureIndexed((step, done, total) -> { })) {
      out.println("  the document index did not match the database: rebuilt it");
    }
    Exercises done = new Exercises(folios, roles, out).perform();
    CatalogueResults search = search(folios, roles.teacher());
    reportUsage(folios, roles.teacher(), done.personal());
    List<Person> readers = reportReaders(folios, roles.teacher(), done.instructions());
    List<Document> found = searchDocuments(folios, roles);
    return new Outcome(directory, folios.catalogue().size(), roles, done, search, readers,
        found);
  }

  private AafImportReport importDirectory(Folios folios) throws IOException {
    heading("1. Directory import (AAF, school year " + EXPORT_YEAR + ")");
    List<Path> files;
    try (Stream<Path> listing = Files.list(input.resolve("aaf").resolve("entcore-aaf-test"))) {
      files = listing.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    AafImportReport report = folios.directory().importAaf(files, EXPORT_YEAR,
        (step, done, total) -> { });
    out.printf("  %-62s %6s %6s %6s %6s %6s %6s%n", "file", "read", "added", "updated",
        "same", "refused", "skipped");
    for (AafImportReport.FileCounts file : report.files()) {
      out.printf("  %-62s %6d %6d %6d %6d %6d %6d%n", file.fileName(), file.read(),
          file.added(), file.updated(), file.unchanged(), file.rejected(), file.skipped());
    }
    out.printf("  now known: %d pupils, %d staff, %d parents, %d establishments%n",
        folios.directory().count(Profile.STUDENT),
        folios.directory().count(Profile.EDUCATIONAL_STAFF),
        folios.directory().count(Profile.PARENT), folios.directory().establishments().size());
    Map<String, List<AafImportReport.Issue>> byKind = new TreeMap<>();
    report.anomalies().forEach(a -> byKind.computeIfAbsent(a.kind(), k -> new ArrayList<>())
        .add(a));
    out.println("  (skipped: subjects and MEF codes are read and counted; Folios does not store"
        + " them yet)");
    byKind.forEach((kind, issues) -> out.printf("  anomaly %-22s x%-4d e.g. %s%n", kind,
        issues.size(), issues.get(0).detail()));
    if (byKind.containsKey("PARENT_WITHOUT_PUPIL")) {
      out.println("  (the sample lacks Eleve_0000.xml: the children of those parents are not in"
          + " it)");
    }
    report.rejections().forEach(r -> out.println("  refused " + r));
    return report;
  }

  private void loadVocabularies(Folios folios) throws IOException {
    heading("2. Vocabularies");
    for (Vocabulary vocabulary : FoliosVocabularies.load().values()) {
      folios.catalogue().saveVocabulary(vocabulary);
    }
    out.println("  the project's own lists for the " + FoliosVocabularies.load().size()
        + " FOLIOS facets, then the ScoLOMFR files:");
    List<Path> skos;
    try (Stream<Path> listing = Files.list(input.resolve("vocab").resolve("scolomfr-v3.1"))) {
      skos = listing.filter(p -> p.toString().endsWith(".rdf")).sorted().toList();
    }
    for (Path file : skos) {
      Vocabulary vocabulary;
      try (InputStream in = Files.newInputStream(file)) {
        vocabulary = SkosReader.read(in, file.getFileName().toString());
      }
      folios.catalogue().saveVocabulary(vocabulary);
      long deprecated = vocabulary.concepts().stream().filter(c -> c.deprecated()).count();
      out.printf("  %-40s %-22s %5d concepts (%d deprecated)%n", file.getFileName(),
          vocabulary.id(), vocabulary.size(), deprecated);
    }
  }

  private void loadCatalogue(Folios folios) {
    heading("3. Catalogue");
    CatalogueImport catalogue = CatalogueSources.readAll(input);
    catalogue.summary().lines().forEach(line -> out.println("  " + line));
    out.println("  (one resource per career, and per exam exercise however often it is listed)");
    if (folios.catalogue().ensureIndexed((step, done, total) -> { })) {
      out.println("  the index did not match the database: rebuilt it from the database");
    }
    long before = folios.catalogue().size();
    folios.catalogue().publish(catalogue.resources(), (step, done, total) -> { });
    out.printf("  catalogue holds %d resources (%d new), index holds %d%n",
        folios.catalogue().size(), folios.catalogue().size() - before,
        folios.catalogue().indexedSize());
  }

  private Roles chooseRoles(Folios folios) {
    heading("4. Who acts");
    SchoolClass classe = largestTaughtClass(folios);
    List<Person> teachers = classe.teachers().stream()
        .map(id -> folios.directory().find(id).orElseThrow())
        .sorted(Comparator.comparing(Person::joinKey, Comparator.nullsLast(
            Comparator.naturalOrder()))).toList();
    Person teacher = teachers.get(0);
    Person colleague = teachers.get(1);
    Establishment establishment = folios.directory().findEstablishment(classe.establishment())
        .orElseThrow();
    out.printf("  class %s of %s (UAI %s%s): %d pupils, %d teachers%n", classe.code(),
        establishment.name(), establishment.uai(),
        establishment.uai().hasValidCheckLetter() ? "" : ", check letter wrong in the export",
        classe.students().size(), classe.teachers().size());
    if (!classe.mainTeachers().contains(teacher.id())) {
      out.println("  the export's main-teacher flags name structures absent from this sample,"
          + " so " + teacher.displayName() + " ticks the main-teacher box at first connection");
      folios.directory().completeFirstConnection(Actor.of(teacher.id()), new FirstConnection(
          teacher.email(), teacher.guidancePsychologist(), Set.of(classe.id())));
    }
    out.printf("  main teacher: %s (join key %s); colleague: %s (join key %s)%n",
        teacher.displayName(), teacher.joinKey(), colleague.displayName(), colleague.joinKey());
    SchoolClass updated = folios.directory().findClass(classe.id()).orElseThrow();
    return new Roles(teacher, colleague, updated, establishment);
  }

  private static SchoolClass largestTaughtClass(Folios folios) {
    List<SchoolClass> candidates = new ArrayList<>();
    for (Establishment establishment : folios.directory().establishments()) {
      candidates.addAll(folios.directory().classes(establishment.id(), EXPORT_YEAR));
    }
    return candidates.stream().filter(c -> c.teachers().size() >= 2)
        .max(Comparator.comparingInt((SchoolClass c) -> c.students().size())
            .thenComparing(SchoolClass::code, Comparator.reverseOrder()))
        .orElseThrow(() -> new IllegalStateException("no class with two teachers was imported:"
            + " check the AAF files under " + "aaf/entcore-aaf-test"));
  }

  private CatalogueResults search(Folios folios, Person teacher) {
    heading("6. Faceted catalogue search");
    CatalogueQuery query = CatalogueQuery.text("probabilités")
        .filter(Facet.DISCIPLINE, "mathematiques").filter(Facet.LEVEL, "3e");
    CatalogueResults results = folios.catalogue().search(Actor.of(teacher.id()), query);
    out.printf("  \"%s\" in discipline=mathematiques, niveau=3e: %d resources%n", query.text(),
        results.total());
    for (CatalogueHit hit : results.hits().subList(0, Math.min(5, results.hits().size()))) {
      out.printf("    %-28s %s%n", hit.id(), hit.title());
    }
    for (Facet facet : List.of(Facet.LEVEL, Facet.DOCUMENT_TYPE)) {
      StringBuilder counts = new StringBuilder();
      for (FacetCount count : results.counts(facet)) {
        counts.append(' ').append(count.value()).append('=').append(count.count());
      }
      out.printf("    counts by %s:%s%n", facet.frenchLabel(), counts);
    }
    out.println("    (each facet is counted as if its own filter were off: drill-sideways)");
    return results;
  }

  private void reportUsage(Folios folios, Person teacher, Space personal) {
    heading("7. Space usage against the limits");
    Space now = folios.spaces().space(Actor.of(teacher.id()), personal.id());
    SpaceUsage usage = now.usage();
    SpaceLimits limits = now.limits();
    out.printf("  %s%n", now.name());
    out.printf("    size       %,12d of %,12d bytes (%.3f %%)%n", usage.bytes(),
        limits.maxBytes(), 100.0 * usage.bytes() / limits.maxBytes());
    out.printf("    documents  %12d of %12d%n", usage.documents(), limits.maxDocuments());
    out.printf("    folders    %12d of %12d%n", usage.folders(), limits.maxFolders());
    out.printf("    per file   %12s    %,12d bytes at most%n", "", limits.maxFileBytes());
  }

  private List<Person> reportReaders(Folios folios, Person teacher, Document document) {
    heading("8. Who can read '" + document.name() + "' now");
    List<Person> readers = folios.spaces().readers(Actor.of(teacher.id()), document.id());
    for (Person reader : readers) {
      out.printf("    %-30s %s%n", reader.displayName(), reader.profile().frenchLabel());
    }
    out.printf("  %d readers%n", readers.size());
    return readers;
  }

  private List<Document> searchDocuments(Folios folios, Roles roles) {
    heading("9. Searching one's documents");
    Person pupil = roles.schoolClass().students().stream()
        .sorted(Comparator.comparing(PersonId::value))
        .map(id -> folios.directory().find(id).orElseThrow()).findFirst().orElseThrow();
    List<Document> found = folios.documentSearch().search(Actor.of(pupil.id()),
        DOCUMENT_QUERY, 10);
    out.printf("  %s, pupil of %s, searches \"%s\": %d document(s)%n", pupil.displayName(),
        roles.schoolClass().code(), DOCUMENT_QUERY, found.size());
    for (Document document : found) {
      out.printf("    %s (%s)%n", document.name(), document.mediaType());
    }
    out.printf("  the index holds %d documents; each hit is one the pupil may read%n",
        folios.documentSearch().indexedSize());
    return found;
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  /** Who acts in the exercises. */
  record Roles(Person teacher, Person colleague, SchoolClass schoolClass,
      Establishment establishment) {
  }

  /** What the day did, for tests. */
  record Outcome(AafImportReport directory, long catalogueSize, Roles roles, Exercises exercises,
      CatalogueResults search, List<Person> readers, List<Document> foundDocuments) {
  }
}
