package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ONISEP's careers: the file lists a career once per ONISEP publication that covers it; the rows
 * of one MET number merge into one resource.
 */
final class Careers {

  static final String FILE = "ideo-metiers_onisep.csv";

  static final String SOURCE = "Idéo-Métiers, Onisep, export 2022 (via Jak13th/projet_f_test), "
      + "sous licence ODbL";

  private static final String NAME = "libellé métier";
  private static final String LINK = "lien site onisep.fr";
  private static final String PUBLICATION = "nom publication";
  private static final String COLLECTION = "collection";
  private static final String YEAR = "année";
  private static final String FAMILY = "GFE";
  private static final String ROME_CODE = "code ROME";
  private static final String ROME_LABEL = "libellé ROME";
  private static final String DOMAINS = "domaine/sous-domaine";

  private static final List<String> COLUMNS = List.of(NAME, LINK, PUBLICATION, COLLECTION,
      YEAR, FAMILY, ROME_CODE, ROME_LABEL, DOMAINS);

  private static final Pattern ID = Pattern.compile("/(MET\\.\\d+)$");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  private Careers() {
  }

  /** Reads the file in the folder; see {@link OnisepCatalogue#read(Path)} for the rules. */
  static CatalogueImport read(Path folder) {
    Path file = folder.resolve(FILE);
    Tally tally = new Tally(FILE);
    Map<String, List<CsvTable.Row>> rowsById = new LinkedHashMap<>();
    for (CsvTable.Row row : CsvTable.read(file, COLUMNS).rows()) {
      tally.read(1);
      group(tally, rowsById, row);
    }
    rowsById.forEach((id, rows) -> add(tally, file, id, rows));
    return tally.result();
  }

  private static void group(Tally tally, Map<String, List<CsvTable.Row>> rowsById,
      CsvTable.Row row) {
    Matcher id = ID.matcher(row.get(LINK));
    if (!id.find()) {
      tally.reject(row.where(), "its link '" + row.get(LINK) + "' holds no MET.<number> id");
      return;
    }
    if (row.get(NAME).isEmpty()) {
      tally.reject(row.where(), "career " + id.group(1) + " has no name on this row");
      return;
    }
    rowsById.computeIfAbsent(id.group(1), unused -> new ArrayList<>()).add(row);
  }

  private static void add(Tally tally, Path file, String id, List<CsvTable.Row> rows) {
    CsvTable.Row first = rows.get(0);
    CatalogueResource resource = new CatalogueResource(new ResourceId("onisep:" + id),
        first.get(NAME), summary(first), body(rows), facets().toMap(),
        latestPublication(file, rows), SOURCE, first.get(LINK));
    tally.accept(first.where(), resource);
  }

  private static String summary(CsvTable.Row row) {
    StringBuilder summary = new StringBuilder("Métier");
    if (!row.get(ROME_CODE).isEmpty()) {
      summary.append(", fiche ROME ").append(row.get(ROME_CODE));
      summary.append(" (").append(row.get(ROME_LABEL)).append(')');
    }
    summary.append('.');

    List<String> domains = OnisepDomains.split(row.get(DOMAINS));
    if (!domains.isEmpty()) {
      summary.append(" Domaines : ").append(String.join(" ; ", domains)).append('.');
    }
    return summary.toString();
  }

  private static String body(List<CsvTable.Row> rows) {
    CsvTable.Row first = rows.get(0);
    List<String> lines = new ArrayList<>();
    lines.add(first.get(NAME));
    lines.add(first.get(ROME_LABEL));
    lines.add(first.get(FAMILY));
    lines.addAll(OnisepDomains.split(first.get(DOMAINS)));
    for (CsvTable.Row row : rows) {
      lines.add(publication(row));
    }
    return Texts.lines(lines);
  }

  private static String publication(CsvTable.Row row) {
    if (row.get(PUBLICATION).isEmpty()) {
      return "";
    }
    return row.get(PUBLICATION) + " (" + row.get(COLLECTION) + ", " + row.get(YEAR) + ")";
  }

  private static FacetValues facets() {
    return new FacetValues()
        .with(Facet.PATHWAY, "avenir")
        .with(Facet.ZONE, Zones.NATIONAL)
        .with(Facet.DOCUMENT_TYPE, "document-information")
        .with(Facet.THEME, "monde-economique-professionnel");
  }

  /** Returns 1 January of the latest publication year, or null if no row names a year. */
  private static @Nullable LocalDate latestPublication(Path file, List<CsvTable.Row> rows) {
    int latest = 0;
    for (CsvTable.Row row : rows) {
      String year = row.get(YEAR);
      if (year.isEmpty()) {
        continue;
      }
      if (!FOUR_DIGITS.matcher(year).matches()) {
        throw SourceFiles.malformed(file, row.where(), "year '" + year + "' is not a "
            + "four-digit year");
      }
      latest = Math.max(latest, Integer.parseInt(year));
    }
    return latest == 0 ? null : LocalDate.of(latest, 1, 1);
  }
}
