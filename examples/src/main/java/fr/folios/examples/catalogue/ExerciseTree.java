package fr.folios.examples.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * MathALÉA's generated exercises ({@code referentiel2022.json}): a tree of level, theme and
 * exercise, with a level "CAN" (course aux nombres) holding its own levels and themes.
 */
final class ExerciseTree {

  static final String FILE = "referentiel2022.json";

  private static final String MENTAL_MATHS = "CAN";

  private ExerciseTree() {
  }

  /** Reads the file in the folder; see {@link MathaleaCatalogue#read(Path)} for the rules. */
  static CatalogueImport read(Path folder, ThemeTitles titles) {
    Path path = folder.resolve(FILE);
    Tally tally = new Tally(FILE);
    JsonTree.forEachExercise(path, JsonTree.read(path), (keys, node) -> {
      tally.read(1);
      add(tally, path, titles, keys, node);
    });
    return tally.result();
  }

  private static void add(Tally tally, Path path, ThemeTitles titles, List<String> keys,
      JsonNode node) {
    String record = JsonTree.where(keys);
    boolean mentalMaths = keys.get(0).equals(MENTAL_MATHS);
    int themeDepth = mentalMaths ? 3 : 2;
    if (keys.size() != themeDepth + 1) {
      tally.reject(record, "an exercise sits under a level and a theme, not at depth "
          + keys.size());
      return;
    }
    Optional<Level> level = Level.of(keys.get(themeDepth - 2));
    if (level.isEmpty()) {
      tally.reject(record, "level '" + keys.get(themeDepth - 2) + "' is unknown");
      return;
    }
    Exercise exercise = Exercise.of(path, record, node, keys, mentalMaths, level.get(), titles);
    if (exercise.title().isEmpty()) {
      tally.reject(record, "exercise " + exercise.uuid() + " has no title");
      return;
    }
    tally.accept(record, exercise.resource());
  }

  /** A level of the tree: its label and the LEVEL concept it maps to, if any. */
  private record Level(String label, @Nullable String concept) {

    static Optional<Level> of(String key) {
      Level level = switch (key) {
        case "6e", "5e", "4e", "3e" -> new Level(key, key);
        case "2e" -> new Level("Seconde", "2nde");
        case "1e" -> new Level("Première", "1re");
        case "techno1" -> new Level("Première technologique", "1re");
        case "Ex" -> new Level("Terminale, mathématiques expertes", "terminale");
        case "CM1/CM2" -> new Level("CM1-CM2", null);
        case "HP" -> new Level("Hors programme", null);
        case "PE" -> new Level("Professeurs des écoles", null);
        default -> null;
      };
      return Optional.ofNullable(level);
    }
  }

  /** One exercise with what its tree and the theme titles say about it. */
  private record Exercise(String uuid, String code, String title, Level level,
      boolean mentalMaths, @Nullable String theme, @Nullable String subTheme, List<String> tags,
      boolean interactive, @Nullable LocalDate date) {

    static Exercise of(Path path, String record, JsonNode node, List<String> keys,
        boolean mentalMaths, Level level, ThemeTitles titles) {
      String uuid = JsonTree.text(path, record, node, "uuid");
      if (uuid.isEmpty()) {
        throw SourceFiles.malformed(path, record, "its uuid is empty");
      }
      String code = JsonTree.text(path, record, node, "id");
      String exerciseCode = code.isEmpty() ? keys.get(keys.size() - 1) : code;
      String themeCode = keys.get(keys.size() - 2);
      return new Exercise(uuid, exerciseCode, JsonTree.text(path, record, node, "titre"),
          level, mentalMaths, titles.title(themeCode).orElse(null),
          titles.subTheme(themeCode, exerciseCode).orElse(null),
          JsonTree.texts(path, record, node, "tags"), interactive(node),
          latest(path, record, node));
    }

    CatalogueResource resource() {
      return new CatalogueResource(new ResourceId("mathalea:" + uuid), title, summary(),
          body(), facets().toMap(), date, MathaleaCatalogue.SOURCE, null);
    }

    private String summary() {
      List<String> topics = new ArrayList<>();
      addIfPresent(topics, theme);
      addIfPresent(topics, subTheme);
      String kind = mentalMaths ? "Course aux nombres" : "Mathématiques";
      String head = kind + ", " + level.label();

      return topics.isEmpty() ? head + "." : head + " : " + String.join(", ", topics) + ".";
    }

    private String body() {
      List<String> lines = new ArrayList<>(List.of(title, code, "Mathématiques", level.label()));
      addIfPresent(lines, theme);
      addIfPresent(lines, subTheme);
      lines.addAll(tags);
      if (mentalMaths) {
        lines.add("Course aux nombres, calcul mental");
      }
      if (interactive) {
        lines.add("Exercice interactif");
      }
      return Texts.lines(lines);
    }

    private FacetValues facets() {
      FacetValues facets = new FacetValues()
          .with(Facet.DISCIPLINE, "mathematiques")
          .with(Facet.ZONE, Zones.NATIONAL)
          .with(Facet.DOCUMENT_TYPE, "activite-classe");
      return level.concept() == null ? facets : facets.with(Facet.LEVEL, level.concept());
    }

    private static void addIfPresent(List<String> parts, @Nullable String part) {
      if (part != null) {
        parts.add(part);
      }
    }

    private static boolean interactive(JsonNode node) {
      return node.path("features").path("interactif").path("isActive").asBoolean(false);
    }

    /** Returns the later of the publication and modification dates, or null if neither. */
    private static @Nullable LocalDate latest(Path path, String record, JsonNode node) {
      LocalDate latest = null;
      for (String field : List.of("datePublication", "dateModification")) {
        String text = JsonTree.text(path, record, node, field);
        if (!text.isEmpty()) {
          LocalDate date = SourceFiles.dayMonthYear(text, path, record);
          latest = latest == null || date.isAfter(latest) ? date : latest;
        }
      }
      return latest;
    }
  }
}
