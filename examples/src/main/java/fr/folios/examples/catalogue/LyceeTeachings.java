package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ONISEP's lists of what each lycée teaches: the 1re specialities and the 2nde options. One
 * resource per row, that is per lycée and training action ({@code AF.<number>}), zoned to the
 * lycée's académie.
 *
 * <p>One resource per row, rather than one per teaching and académie, keeps each resource
 * traceable to one ONISEP record with its own link and date, and lets a search for a teaching
 * and a filter on an académie find the lycées that offer it.
 */
enum LyceeTeachings {

  /** Enseignements de spécialité de 1re générale. */
  SPECIALITIES_1RE(
      "ideo-enseignements_de_specialite_de_premiere_generale.csv",
      "Enseignements de spécialité de classe de 1ère générale",
      "Idéo-Enseignements de spécialité de première générale, Onisep, export 2026 "
          + "(via wramarques/onisep_lycee), sous licence ODbL",
      "Spécialités de 1re générale",
      "1re",
      List.of("construire-orientation")),

  /** Enseignements optionnels de 2nde générale et technologique. */
  OPTIONS_2NDE(
      "ideo-enseignements_optionnels_de_seconde_generale_et_technologique.csv",
      "Enseignements optionnels et langues de classe de 2nde GT",
      "Idéo-Enseignements optionnels de seconde générale et technologique, Onisep, export 2026 "
          + "(via wramarques/onisep_lycee), sous licence ODbL",
      "Enseignements optionnels de 2nde GT",
      "2nde",
      // The 2019 reform replaced the 2nde "enseignements d'exploration" with these options.
      List.of("construire-orientation", "enseignement-exploration"));

  private static final String ACTION = "Identifiant action de formation";
  private static final String LINK = "Identifiant et fiche onisep lieu de cours";
  private static final String UAI = "UAI lieu de cours";
  private static final String PLACE = "Libellé lieu de cours";
  private static final String ADDRESS = "Adresse lieu de cours";
  private static final String POSTCODE = "Code postal lieu de cours";
  private static final String TOWN = "Commune lieu de cours";
  private static final String DEPARTMENT = "Département lieu de cours";
  private static final String REGION = "Région lieu de cours";
  private static final String ACADEMY = "Académie lieu de cours";
  private static final String CREATED = "AF date création";
  private static final String MODIFIED = "AF date de modification";

  private static final Pattern ID = Pattern.compile("AF\\.\\d+");

  private final String file;
  private final String teachingsColumn;
  private final String source;
  private final String titlePrefix;
  private final String level;
  private final List<String> themes;

  LyceeTeachings(String file, String teachingsColumn, String source, String titlePrefix,
      String level, List<String> themes) {
    this.file = file;
    this.teachingsColumn = teachingsColumn;
    this.source = source;
    this.titlePrefix = titlePrefix;
    this.level = level;
    this.themes = themes;
  }

  /** Returns the file's name. */
  String file() {
    return file;
  }

  /** Returns the ODbL attribution line that each resource carries as its source. */
  String source() {
    return source;
  }

  /** Reads the file in the folder; see {@link OnisepCatalogue#read(Path)} for the rules. */
  CatalogueImport read(Path folder) {
    Path path = folder.resolve(file);
    Tally tally = new Tally(file);
    for (CsvTable.Row row : CsvTable.read(path, columns()).rows()) {
      tally.read(1);
      add(tally, path, row);
    }
    return tally.result();
  }

  private List<String> columns() {
    return List.of(ACTION, teachingsColumn, LINK, UAI, PLACE, ADDRESS, POSTCODE, TOWN,
        DEPARTMENT, REGION, ACADEMY, CREATED, MODIFIED);
  }

  private void add(Tally tally, Path path, CsvTable.Row row) {
    String id = row.get(ACTION);
    Optional<Set<String>> zones = Zones.ofAcademy(row.get(ACADEMY));
    if (!ID.matcher(id).matches()) {
      tally.reject(row.where(), "its action id '" + id + "' is not AF.<number>");
    } else if (teachings(row).isEmpty()) {
      tally.reject(row.where(), id + " at " + row.get(PLACE) + " lists no teaching");
    } else if (zones.isEmpty()) {
      tally.reject(row.where(), id + " names académie '" + row.get(ACADEMY)
          + "', which is not one of the thirty");
    } else {
      tally.accept(row.where(), resource(path, row, zones.get()));
    }
  }

  private CatalogueResource resource(Path path, CsvTable.Row row, Set<String> zones) {
    String title = titlePrefix + " — " + row.get(PLACE) + " (" + row.get(TOWN) + ")";

    return new CatalogueResource(new ResourceId("onisep:" + row.get(ACTION)), title,
        summary(row), body(row), facets(zones).toMap(), updated(path, row), source,
        row.get(LINK).isEmpty() ? null : row.get(LINK));
  }

  private List<String> teachings(CsvTable.Row row) {
    List<String> teachings = new ArrayList<>();
    for (String teaching : row.get(teachingsColumn).split(" / ")) {
      if (!teaching.isBlank()) {
        teachings.add(teaching.strip());
      }
    }
    return teachings;
  }

  private String summary(CsvTable.Row row) {
    String where = row.get(ACADEMY).isEmpty() ? "" : " Académie : " + row.get(ACADEMY) + ".";

    return Texts.capitalized(String.join(", ", teachings(row))) + "." + where;
  }

  private String body(CsvTable.Row row) {
    List<String> lines = new ArrayList<>(teachings(row));
    lines.add(row.get(PLACE));
    lines.add(row.get(ADDRESS));
    lines.add(row.get(POSTCODE) + " " + row.get(TOWN));
    lines.add(row.get(DEPARTMENT));
    lines.add(row.get(REGION));
    lines.add(row.get(ACADEMY));
    lines.add(row.get(UAI));
    return Texts.lines(lines);
  }

  private FacetValues facets(Set<String> zones) {
    return new FacetValues()
        .with(Facet.PATHWAY, "avenir")
        .with(Facet.LEVEL, level)
        .with(Facet.ESTABLISHMENT_TYPE, "legt")
        .with(Facet.ZONE, zones)
        .with(Facet.DOCUMENT_TYPE, "document-information")
        .with(Facet.THEME, themes);
  }

  /** Returns the action's last modification date, else its creation date, else null. */
  private static @Nullable LocalDate updated(Path path, CsvTable.Row row) {
    String date = row.get(MODIFIED).isEmpty() ? row.get(CREATED) : row.get(MODIFIED);

    return date.isEmpty() ? null : SourceFiles.dayMonthYear(date, path, row.where());
  }
}
