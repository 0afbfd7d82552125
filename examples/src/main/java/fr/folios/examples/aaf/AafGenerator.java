package fr.folios.examples.aaf;

import static fr.folios.examples.aaf.FrenchNames.pick;

import fr.folios.core.directory.Academy;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a synthetic full AAF export (the académie directory feed) in the real file format:
 * {@code EtabEducNat}, {@code PersEducNat}, {@code Eleve} and {@code PersRelEleve} files split
 * in numbered chunks, UTF-8 with an XML declaration, {@code $}-composite values as the feed
 * has them. It is the input of the benchmark that measures a full import at académie scale.
 *
 * <p>The export is consistent: every UAI has its right check letter, every class and group a
 * pupil or teacher names is declared by its establishment, every class has a main teacher
 * ({@code ENTAuxEnsClassesPrincipal}), each establishment with two staff or more has a guidance
 * psychologist (function {@code ORI}), and every relative a pupil names as legally responsible
 * has a {@code PersRelEleve} record and the other way round. All of it is derived from indexes
 * and a seed, so the same seed and scale give byte-identical files, and the generator streams:
 * it keeps one record at a time, whatever the scale.
 *
 * <p>Instances are immutable; {@link #writeTo} may run from several threads into different
 * directories.
 */
public final class AafGenerator {

  /** The export's date, in its file names: fixed so that files do not depend on the clock. */
  private static final String EXPORT_DATE = "20260901";
  private static final int STRUCTURE_KEYS = 100_000;
  private static final int STAFF_KEYS = 1_000_000;
  private static final int PUPIL_KEYS = 10_000_000;
  private static final int RELATIVE_KEYS = 20_000_000;
  private static final long NAME = 1;
  private static final long FAMILY = 2;
  private static final long BIRTH = 3;
  private static final long KIND = 4;
  private static final long GROUP = 5;
  private static final long DISCIPLINE = 6;
  private static final long TOWN = 7;
  private static final long ACADEMY = 8;
  private static final List<String> TYPES = List.of("CLG", "CLG", "CLG", "CLG", "CLG", "CLG",
      "CLG", "CLG", "CLG", "CLG", "CLG", "LYC", "LYC", "LYC", "LYC", "LP", "LP", "LP", "LPO",
      "EREA");

  private final long seed;
  private final Scale scale;
  private final Academy academy;

  /**
   * The size of an export.
   *
   * @param establishments how many establishments, from 1 to 9,999
   * @param pupils how many pupils, from 0 to 9,000,000
   * @param staff how many staff, at least one per establishment (each class needs a main
   *     teacher), at most 9,000,000
   * @param relativesPerPupil how many legal relatives per pupil on average, from 0 to 4; the
   *     export holds {@code round(pupils × relativesPerPupil)} of them
   * @param classesPerEstablishment how many classes each establishment has, from 1 to 999
   * @param recordsPerFile how many records a file holds at most before the next chunk starts
   */
  public record Scale(int establishments, int pupils, int staff, double relativesPerPupil,
      int classesPerEstablishment, int recordsPerFile) {

    /** A few establishments, for tests and a first look: 3, 200 pupils, 30 staff. */
    public static final Scale SMALL = new Scale(3, 200, 30, 1.6, 4, 100);

    /** One académie: 300 establishments, 250,000 pupils, 25,000 staff, 400,000 relatives. */
    public static final Scale ACADEMIE = new Scale(300, 250_000, 25_000, 1.6, 30, 50_000);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is out of its range, naming it and the range
     */
    public Scale {
      check("establishments", establishments, 1, 9_999);
      check("pupils", pupils, 0, 9_000_000);
      check("staff", staff, establishments, 9_000_000);
      check("classesPerEstablishment", classesPerEstablishment, 1, 999);
      check("recordsPerFile", recordsPerFile, 1, Integer.MAX_VALUE);
      if (!(relativesPerPupil >= 0 && relativesPerPupil <= 4)) {
        throw new IllegalArgumentException("relativesPerPupil is " + relativesPerPupil
            + "; it must be between 0 and 4: give an average such as 1.6");
      }
    }

    /** {@return how many relatives the export holds: pupils × relativesPerPupil, rounded} */
    public long relatives() {
      return Math.round(pupils * relativesPerPupil);
    }

    /** {@return how many working groups each establishment has: a third of its classes} */
    public int groupsPerEstablishment() {
      return Math.max(1, classesPerEstablishment / 3);
    }

    private static void check(String name, long value, long min, long max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(name + " is " + value + "; it must be between "
            + min + " and " + max + ": choose a count in that range");
      }
    }
  }

  /**
   * What an export holds.
   *
   * @param files the files written, by category then chunk number
   * @param establishments records of {@code EtabEducNat}
   * @param staff records of {@code PersEducNat}
   * @param pupils records of {@code Eleve}
   * @param relatives records of {@code PersRelEleve}
   * @param bytes the files' total size
   */
  public record Summary(List<Path> files, long establishments, long staff, long pupils,
      long relatives, long bytes) {

    /** Copies the list of files. */
    public Summary {
      files = List.copyOf(files);
    }

    /** {@return the records of all categories} */
    public long records() {
      return establishments + staff + pupils + relatives;
    }
  }

  /**
   * Creates a generator.
   *
   * @param seed decides names, types, dates and the académie: the same seed gives the same files
   * @param scale the size of the export
   */
  public AafGenerator(long seed, Scale scale) {
    this.seed = seed;
    this.scale = Objects.requireNonNull(scale, "scale");
    this.academy = pick(Academy.ALL, hash(ACADEMY, 0));
  }

  /** {@return the académie the export's establishments belong to, decided by the seed} */
  public Academy academy() {
    return academy;
  }

  /**
   * Writes the export into a directory, replacing files of the same names.
   *
   * @param directory where to write; created if missing
   * @return the files written and the records per category
   * @throws IOException if a file cannot be written; the files before it stay
   */
  public Summary writeTo(Path directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    try {
      long establishments = write(directory, "EtabEducNat", "categorieStructure", files,
          this::establishments);
      long staff = write(directory, "PersEducNat", "categoriePersonne", files, this::staff);
      long pupils = write(directory, "Eleve", "categoriePersonne", files, this::pupils);
      long relatives = write(directory, "PersRelEleve", "categoriePersonne", files,
          this::relatives);
      return new Summary(files, establishments, staff, pupils, relatives, size(files));
    } catch (XMLStreamException e) {
      throw new IOException("could not write the export into " + directory + ": " + e, e);
    }
  }

  /**
   * Writes an export and prints its summary.
   *
   * @param args {@code --out DIR} (required), {@code --seed N} (default 1), {@code --scale
   *     small|academie} (default small), then optional counts that override the scale's:
   *     {@code --establishments}, {@code --pupils}, {@code --staff},
   *     {@code --relatives-per-pupil}, {@code --classes}, {@code --records-per-file}
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if an argument is unknown, missing its value or out of range
   */
  public static void main(String[] args) throws IOException {
    GeneratorArguments arguments = GeneratorArguments.parse(args);
    long start = System.nanoTime();
    Summary summary = new AafGenerator(arguments.seed(), arguments.scale())
        .writeTo(arguments.out());
    print(summary, (System.nanoTime() - start) / 1_000_000, System.out);
  }

  static void print(Summary summary, long millis, PrintStream out) {
    out.printf(Locale.ROOT, "%d files, %d bytes, in %d ms%n", summary.files().size(),
        summary.bytes(), millis);
    out.printf(Locale.ROOT, "EtabEducNat %d, PersEducNat %d, Eleve %d, PersRelEleve %d%n",
        summary.establishments(), summary.staff(), summary.pupils(), summary.relatives());
    for (Path file : summary.files()) {
      out.println(file);
    }
  }

  /** Writes the records of one category. */
  @FunctionalInterface
  private interface Records {
    void writeAll(ChunkedFeed feed) throws IOException, XMLStreamException;
  }

  private long write(Path directory, String category, String categoryAttribute,
      List<Path> files, Records records) throws IOException, XMLStreamException {
    try (ChunkedFeed feed = new ChunkedFeed(directory, EXPORT_DATE, category,
        categoryAttribute, scale.recordsPerFile(), files)) {
      records.writeAll(feed);
      return feed.records();
    }
  }

  private static long size(List<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return bytes;
  }

  // Establishments.

  private void establishments(ChunkedFeed feed) throws IOException, XMLStreamException {
    for (int e = 0; e < scale.establishments(); e++) {
      String key = structureKey(e);
      String uai = uai(e);
      String type = type(e);
      feed.begin(key);
      feed.attribute("ENTStructureJointure", key);
      feed.attribute("ENTStructureUAI", uai);
      feed.attribute("ENTEtablissementUAI", uai);
      feed.attribute("ENTStructureNomCourant", establishmentName(e, type));
      feed.attribute("ENTStructureTypeStruct", type);
      feed.attribute("ENTEtablissementContrat", "PU");
      feed.attribute("ENTServAcAcademie", academy.name().toUpperCase(Locale.ROOT));
      feed.attribute("ENTStructureClasses", structureClasses(e));
      feed.attribute("ENTStructureGroupes", structureGroups());
      feed.end();
    }
  }

  private String uai(int e) {
    int department = 1 + (Academy.ALL.indexOf(academy) * 3) % 95;
    int digits = department * 10_000 + e;
    return String.format(Locale.ROOT, "%07d%c", digits,
        "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(digits % 23));
  }

  private String type(int e) {
    return pick(TYPES, hash(KIND, e));
  }

  private String establishmentName(int e, String type) {
    String prefix = switch (type) {
      case "CLG" -> "COLLEGE";
      case "LP" -> "LYCEE PROFESSIONNEL";
      case "EREA" -> "EREA";
      default -> "LYCEE";
    };
    return prefix + " " + pick(FrenchNames.WOMEN_GIVEN_NAMES, hash(NAME, e)).toUpperCase(
        Locale.ROOT) + " " + pick(FrenchNames.SURNAMES, hash(FAMILY, e)).toUpperCase(Locale.ROOT);
  }

  private List<String> structureClasses(int e) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < scale.classesPerEstablishment(); c++) {
      values.add(classCode(e, c) + "$" + level(e, c));
    }
    return values;
  }

  private List<String> structureGroups() {
    List<String> values = new ArrayList<>();
    for (int g = 0; g < scale.groupsPerEstablishment(); g++) {
      values.add(groupCode(g) + "$" + groupCode(g));
    }
    return values;
  }

  private List<String> levels(int e) {
    return switch (type(e)) {
      case "CLG" -> List.of("6E", "5E", "4E", "3E");
      case "LYC" -> List.of("2NDE", "1G", "TG");
      case "LPO" -> List.of("2NDE", "1G", "TG", "1PRO", "TPRO");
      case "LP" -> List.of("2PRO", "1PRO", "TPRO", "CAP1-", "CAP2-");
      default -> List.of("6E", "5E", "4E", "3E", "CAP1-", "CAP2-");
    };
  }

  private String level(int e, int c) {
    List<String> levels = levels(e);
    return levels.get(c % levels.size());
  }

  private String classCode(int e, int c) {
    return level(e, c) + (c / levels(e).size() + 1);
  }

  private static String groupCode(int g) {
    return FrenchNames.GROUP_OPTIONS.get(g % FrenchNames.GROUP_OPTIONS.size())
        + (g / FrenchNames.GROUP_OPTIONS.size() + 1);
  }

  // Staff: staff s works in establishment s mod E; the last of two or more there is its
  // guidance psychologist, the others teach, and teacher j is the main teacher of the classes
  // j, j + T, j + 2T… where T is the number of teachers there.

  private void staff(ChunkedFeed feed) throws IOException, XMLStreamException {
    for (int s = 0; s < scale.staff(); s++) {
      int e = s % scale.establishments();
      int local = s / scale.establishments();
      boolean psychologist = staffAt(e) >= 2 && local == staffAt(e) - 1;
      String key = String.valueOf(STAFF_KEYS + s);
      boolean woman = hash(KIND, key) % 2 == 0;
      String given = pick(woman ? FrenchNames.WOMEN_GIVEN_NAMES : FrenchNames.MEN_GIVEN_NAMES,
          hash(NAME, key));
      String surname = pick(FrenchNames.SURNAMES, hash(FAMILY, key));
      feed.begin(key);
      feed.attribute("ENTPersonJointure", key);
      feed.attribute("ENTPersonDateNaissance", birthDate(hash(BIRTH, key), 1960, 35));
      feed.attribute("ENTPersonNomPatro", surname.toUpperCase(Locale.ROOT));
      feed.attribute("sn", surname);
      feed.attribute("givenName", given);
      feed.attribute("personalTitle", woman ? "Mme" : "M.");
      feed.attribute("mail", mail(given, surname, s));
      feed.attribute("ENTPersonStructRattach", structureKey(e));
      if (psychologist) {
        psychologist(feed, e);
      } else {
        teacher(feed, e, local, hash(DISCIPLINE, key));
      }
      feed.attribute("PersEducNatPresenceDevantEleves", psychologist ? "N" : "O");
      feed.end();
    }
  }

  private void psychologist(ChunkedFeed feed, int e) throws XMLStreamException {
    feed.attribute("ENTAuxEnsClasses");
    feed.attribute("ENTAuxEnsGroupes");
    feed.attribute("ENTAuxEnsClassesPrincipal");
    feed.attribute("ENTPersonFonctions",
        structureKey(e) + "$ORI$PSYCHOLOGUE EDUCATION NATIONALE$-$SANS OBJET");
  }

  private void teacher(ChunkedFeed feed, int e, int local, long disciplineHash)
      throws XMLStreamException {
    String structure = structureKey(e);
    int classes = scale.classesPerEstablishment();
    int teachers = teachersAt(e);
    List<String> main = new ArrayList<>();
    Set<String> taught = new LinkedHashSet<>();
    for (int c = local; c < classes; c += teachers) {
      main.add(structure + "$" + classCode(e, c));
      taught.add(structure + "$" + classCode(e, c));
    }
    for (int k = 0; k < Math.min(classes, 3); k++) {
      taught.add(structure + "$" + classCode(e, (local * 3 + k) % classes));
    }
    String[] discipline = pick(FrenchNames.DISCIPLINES, disciplineHash);
    feed.attribute("ENTAuxEnsClasses", List.copyOf(taught));
    feed.attribute("ENTAuxEnsGroupes", local % 2 == 0
        ? List.of(structure + "$" + groupCode(local / 2 % scale.groupsPerEstablishment()))
        : List.of());
    feed.attribute("ENTAuxEnsClassesPrincipal", main);
    feed.attribute("ENTPersonFonctions", structure + "$ENS$ENSEIGNEMENT$" + discipline[0]
        + "$" + discipline[1]);
  }

  private int staffAt(int e) {
    int establishments = scale.establishments();
    return scale.staff() / establishments + (e < scale.staff() % establishments ? 1 : 0);
  }

  private int teachersAt(int e) {
    return staffAt(e) >= 2 ? staffAt(e) - 1 : 1;
  }

  private static String mail(String given, String surname, int s) {
    String folded = Normalizer.normalize(given + "." + surname, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
    return folded + s + "@ac-example.fr";
  }

  // Pupils: pupil p is in establishment p mod E, class (p div E) mod C; its relatives are the
  // indexes floor(p R / P) to floor((p + 1) R / P) - 1, so relative k's pupil is found back.

  private void pupils(ChunkedFeed feed) throws IOException, XMLStreamException {
    for (int p = 0; p < scale.pupils(); p++) {
      int e = p % scale.establishments();
      int local = p / scale.establishments();
      String key = String.valueOf(PUPIL_KEYS + p);
      String structure = structureKey(e);
      feed.begin(key);
      feed.attribute("ENTPersonJointure", key);
      feed.attribute("ENTPersonDateNaissance", birthDate(hash(BIRTH, key), 2008, 10));
      feed.attribute("ENTPersonNomPatro", familyName(p).toUpperCase(Locale.ROOT));
      feed.attribute("sn", familyName(p));
      feed.attribute("givenName", pick(FrenchNames.PUPIL_GIVEN_NAMES, hash(NAME, key)));
      relativesOfPupil(feed, p);
      feed.attribute("ENTPersonStructRattach", structure);
      feed.attribute("ENTEleveClasses",
          structure + "$" + classCode(e, local % scale.classesPerEstablishment()));
      feed.attribute("ENTEleveGroupes", hash(GROUP, key) % 3 == 0
          ? List.of(structure + "$" + groupCode(local % scale.groupsPerEstablishment()))
          : List.of());
      feed.end();
    }
  }

  private void relativesOfPupil(ChunkedFeed feed, int p) throws XMLStreamException {
    List<String> keys = new ArrayList<>();
    List<String> links = new ArrayList<>();
    for (long k = firstRelative(p); k < firstRelative(p + 1L); k++) {
      String relative = relativeKey(k);
      int rank = keys.size();
      keys.add(relative);
      links.add(relative + "$" + linkCode(rank) + "$" + (rank == 0 ? 1 : 0) + "$1$1$"
          + (rank == 0 ? 1 : 0));
    }
    feed.attribute("ENTEleveParents", keys);
    feed.attribute("ENTEleveAutoriteParentale", keys);
    feed.attribute("ENTElevePersRelEleve", links);
  }

  private static String linkCode(int rank) {
    return switch (rank) {
      case 0 -> "2";
      case 1 -> "1";
      default -> "10";
    };
  }

  private long firstRelative(long p) {
    return p * scale.relatives() / scale.pupils();
  }

  private long pupilOfRelative(long k) {
    long relatives = scale.relatives();
    return ((k + 1) * scale.pupils() + relatives - 1) / relatives - 1;
  }

  private String familyName(long p) {
    return pick(FrenchNames.SURNAMES, hash(FAMILY, PUPIL_KEYS + p));
  }

  // Relatives.

  private void relatives(ChunkedFeed feed) throws IOException, XMLStreamException {
    for (long k = 0; k < scale.relatives(); k++) {
      long p = pupilOfRelative(k);
      long rank = k - firstRelative(p);
      String key = relativeKey(k);
      String[] town = pick(FrenchNames.TOWNS, hash(TOWN, PUPIL_KEYS + p));
      feed.begin(key);
      feed.attribute("ENTPersonJointure", key);
      feed.attribute("ENTPersonDateNaissance");
      feed.attribute("ENTPersonNomPatro", familyName(p).toUpperCase(Locale.ROOT));
      feed.attribute("sn", familyName(p));
      feed.attribute("givenName", pick(rank == 0 ? FrenchNames.WOMEN_GIVEN_NAMES
          : FrenchNames.MEN_GIVEN_NAMES, hash(NAME, key)));
      feed.attribute("personalTitle", rank == 0 ? "Mme" : "M.");
      feed.attribute("ENTPersonAdresse", (1 + hash(TOWN, key) % 120) + " RUE DES ECOLES");
      feed.attribute("ENTPersonCodePostal", town[0]);
      feed.attribute("ENTPersonVille", town[1]);
      feed.attribute("ENTPersonPays", "FRANCE");
      feed.end();
    }
  }

  // Keys, dates and hashes.

  private static String structureKey(int e) {
    return String.valueOf(STRUCTURE_KEYS + e);
  }

  private static String relativeKey(long k) {
    return String.valueOf(RELATIVE_KEYS + k);
  }

  private static String birthDate(long hash, int firstYear, int years) {
    long h = Math.floorMod(hash, 28L * 12 * years);
    return String.format(Locale.ROOT, "%02d/%02d/%d", h % 28 + 1, h / 28 % 12 + 1,
        firstYear + h / (28 * 12));
  }

  private long hash(long salt, String key) {
    return hash(salt, Long.parseLong(key));
  }

  /** Mixes the seed, a salt and an index into 64 well-spread, non-negative bits. */
  private long hash(long salt, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + salt * 0xC2B2AE3D27D4EB4FL + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return (z ^ (z >>> 31)) >>> 1;
  }
}
