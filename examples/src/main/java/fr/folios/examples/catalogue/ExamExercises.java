package fr.folios.examples.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * MathALÉA's exam exercises ({@code referentielStatic.json}): past papers of the DNB, the
 * baccalauréat and the E3C (from APMEP) and of the CRPE (from COPIRELEM). The file lists each
 * exercise once per theme and once per year; the entries of one uuid merge into one resource.
 */
final class ExamExercises {

  static final String FILE = "referentielStatic.json";

  private static final String BY_THEME = "par thèmes";

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril",
      "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre");

  private ExamExercises() {
  }

  /** Reads the file in the folder; see {@link MathaleaCatalogue#read(Path)} for the rules. */
  static CatalogueImport read(Path folder) {
    Path path = folder.resolve(FILE);
    Tally tally = new Tally(FILE);
    Map<String, Entries> byUuid = new LinkedHashMap<>();
    JsonTree.forEachExercise(path, JsonTree.read(path), (keys, node) -> {
      tally.read(1);
      merge(path, byUuid, keys, node);
    });
    byUuid.forEach((uuid, entries) -> add(tally, path, uuid, entries));
    return tally.result();
  }

  private static void merge(Path path, Map<String, Entries> byUuid, List<String> keys,
      JsonNode node) {
    String record = JsonTree.where(keys);
    String uuid = JsonTree.text(path, record, node, "uuid");
    if (uuid.isEmpty()) {
      throw SourceFiles.malformed(path, record, "its uuid is empty");
    }
    Entries entries = byUuid.computeIfAbsent(uuid, unused -> new Entries(record, node));
    entries.requireSameExam(path, record, node);
    entries.themes.addAll(JsonTree.texts(path, record, node, "tags"));
    if (keys.size() == 3 && keys.get(0).contains(BY_THEME) && !keys.get(1).isBlank()) {
      entries.themes.add(keys.get(1).strip());
    }
  }

  private static void add(Tally tally, Path path, String uuid, Entries entries) {
    String type = JsonTree.text(path, entries.record, entries.first, "typeExercice");
    Exam exam = Exam.of(type);
    if (exam == null) {
      tally.reject(entries.record, "exercise " + uuid + " is of unknown exam type '" + type
          + "'");
      return;
    }
    tally.accept(entries.record, resource(path, uuid, exam, entries));
  }

  private static CatalogueResource resource(Path path, String uuid, Exam exam,
      Entries entries) {
    Paper paper = Paper.of(path, entries.record, entries.first);
    FacetValues facets = new FacetValues()
        .with(Facet.DISCIPLINE, "mathematiques")
        .with(Facet.ZONE, Zones.NATIONAL)
        .with(Facet.DOCUMENT_TYPE, "activite-classe");
    if (exam.level() != null) {
      facets.with(Facet.LEVEL, exam.level());
    }
    return new CatalogueResource(new ResourceId("mathalea:" + uuid), paper.title(exam),
        paper.summary(exam, entries.themes), paper.body(exam, entries.themes), facets.toMap(),
        paper.date(path, entries.record), MathaleaCatalogue.SOURCE, null);
  }

  /** The entries of one uuid: the first one seen, and the themes gathered from all. */
  private static final class Entries {

    private final String record;
    private final JsonNode first;
    private final Set<String> themes = new LinkedHashSet<>();

    Entries(String record, JsonNode first) {
      this.record = record;
      this.first = first;
    }

    /** Refuses an entry that reuses the uuid for another exam or year. */
    void requireSameExam(Path path, String where, JsonNode node) {
      for (String field : List.of("typeExercice", "annee", "lieu")) {
        String mine = JsonTree.text(path, record, first, field);
        String theirs = JsonTree.text(path, where, node, field);
        if (!mine.equals(theirs)) {
          throw SourceFiles.malformed(path, where, "it shares uuid with " + record
              + " but its '" + field + "' is '" + theirs + "' where that one says '" + mine
              + "'");
        }
      }
    }
  }

  /** The exams the file holds, and the school level each one ends. */
  private enum Exam {
    DNB("dnb", "DNB", "Diplôme national du brevet", "3e"),
    BAC("bac", "Bac", "Baccalauréat", "terminale"),
    E3C("e3c", "E3C", "Épreuves communes de contrôle continu, classe de première", "1re"),
    CRPE("crpe", "CRPE", "Concours de recrutement de professeurs des écoles", null);

    private final String type;
    private final String shortName;
    private final String longName;
    private final @Nullable String level;

    Exam(String type, String shortName, String longName, @Nullable String level) {
      this.type = type;
      this.shortName = shortName;
      this.longName = longName;
      this.level = level;
    }

    @Nullable String level() {
      return level;
    }

    static @Nullable Exam of(String type) {
      for (Exam exam : values()) {
        if (exam.type.equals(type)) {
          return exam;
        }
      }
      return null;
    }
  }

  /** Where and when a paper was set, and which exercise of it this is. */
  private record Paper(String year, String place, String month, String number) {

    static Paper of(Path path, String record, JsonNode node) {
      return new Paper(JsonTree.text(path, record, node, "annee"),
          JsonTree.text(path, record, node, "lieu"),
          JsonTree.text(path, record, node, "mois"),
          JsonTree.text(path, record, node, "numeroInitial"));
    }

    String title(Exam exam) {
      String when = month.isEmpty() ? "" : " (" + month.toLowerCase(Locale.FRENCH) + ")";
      String which = DIGITS.matcher(number).matches() ? "exercice " + number : number;

      return exam.shortName + " " + year + ", " + place + when + ", " + which;
    }

    String summary(Exam exam, Set<String> themes) {
      String when = (month.isEmpty() ? "" : month.toLowerCase(Locale.FRENCH) + " ") + year;
      String head = "Sujet d'examen : " + exam.longName + ", " + place + ", " + when + ".";

      return themes.isEmpty() ? head : head + " Thèmes : " + String.join(", ", themes) + ".";
    }

    String body(Exam exam, Set<String> themes) {
      List<String> lines = new ArrayList<>(List.of(title(exam), exam.longName, "Mathématiques",
          "Annales", place));
      lines.addAll(themes);
      return Texts.lines(lines);
    }

    /** Returns the first day of the paper's month, or 1 January when the month is unknown. */
    LocalDate date(Path path, String record) {
      if (!year.matches("\\d{4}")) {
        throw SourceFiles.malformed(path, record, "year '" + year + "' is not a four-digit "
            + "year");
      }
      int monthIndex = month.isEmpty() ? 0 : MONTHS.indexOf(month.toLowerCase(Locale.FRENCH));
      if (monthIndex < 0) {
        throw SourceFiles.malformed(path, record, "month '" + month + "' is not a French "
            + "month name such as 'Juin'");
      }
      return LocalDate.of(Integer.parseInt(year), monthIndex + 1, 1);
    }
  }
}
