package fr.folios.examples.catalogue;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import fr.folios.core.catalogue.ResourceId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ONISEP's initial trainings in France: one resource per row, identified by its FOR number. */
final class Trainings {

  static final String FILE = "ideo-formations_initiales_en_france.csv";

  static final String SOURCE = "Idéo-Formations initiales en France, Onisep, export 2022 "
      + "(via GregHHH/Projet_final), sous licence ODbL";

  private static final String NAME = "libellé formation principal";
  private static final String ACRONYM = "sigle formation";
  private static final String TYPE = "libellé type formation";
  private static final String TYPE_ACRONYM = "sigle type formation";
  private static final String DURATION = "durée";
  private static final String RNCP_CODE = "code RNCP";
  private static final String RNCP_LEVEL = "libellé niveau RNCP";
  private static final String AUTHORITY = "tutelle";
  private static final String LINK = "lien site onisep.fr";
  private static final String DOMAINS = "domaine/sous-domaine";

  private static final List<String> COLUMNS = List.of(NAME, ACRONYM, TYPE, TYPE_ACRONYM,
      DURATION, RNCP_CODE, RNCP_LEVEL, AUTHORITY, LINK, DOMAINS);

  private static final Pattern ID = Pattern.compile("/(FOR\\.\\d+)$");

  /** Training types that name the school levels they are taught in, by prefix of the type. */
  private static final Map<String, List<String>> LEVELS_BY_TYPE = levelsByType();

  private static final Set<String> UNKNOWN = Set.of("", "non renseigné", "non inscrit au RNCP");

  private Trainings() {
  }

  /** Reads the file in the folder; see {@link OnisepCatalogue#read(Path)} for the rules. */
  static CatalogueImport read(Path folder) {
    Tally tally = new Tally(FILE);
    for (CsvTable.Row row : CsvTable.read(folder.resolve(FILE), COLUMNS).rows()) {
      tally.read(1);
      add(tally, row);
    }
    return tally.result();
  }

  private static void add(Tally tally, CsvTable.Row row) {
    Matcher id = ID.matcher(row.get(LINK));
    if (!id.find()) {
      tally.reject(row.where(), "its link '" + row.get(LINK) + "' holds no FOR.<number> id");
      return;
    }
    if (row.get(NAME).isEmpty()) {
      tally.reject(row.where(), "training " + id.group(1) + " has no name");
      return;
    }
    tally.accept(row.where(), resource(row, id.group(1)));
  }

  private static CatalogueResource resource(CsvTable.Row row, String id) {
    return new CatalogueResource(new ResourceId("onisep:" + id), row.get(NAME), summary(row),
        body(row), facets(row).toMap(), null, SOURCE, row.get(LINK));
  }

  private static String summary(CsvTable.Row row) {
    StringBuilder summary = new StringBuilder(Texts.capitalized(row.get(TYPE)));
    if (!row.get(DURATION).isEmpty()) {
      summary.append(" en ").append(row.get(DURATION));
    }
    if (!UNKNOWN.contains(row.get(RNCP_LEVEL))) {
      summary.append(", ").append(row.get(RNCP_LEVEL));
    }
    summary.append('.');

    List<String> domains = OnisepDomains.split(row.get(DOMAINS));
    if (!domains.isEmpty()) {
      summary.append(" Domaines : ").append(String.join(" ; ", domains)).append('.');
    }
    return summary.toString();
  }

  private static String body(CsvTable.Row row) {
    List<String> lines = new ArrayList<>();
    lines.add(row.get(NAME));
    lines.add(row.get(ACRONYM));
    lines.add(row.get(TYPE));
    lines.add(row.get(TYPE_ACRONYM));
    lines.addAll(OnisepDomains.split(row.get(DOMAINS)));
    if (!UNKNOWN.contains(row.get(AUTHORITY))) {
      lines.add(row.get(AUTHORITY));
    }
    if (!row.get(RNCP_CODE).isEmpty()) {
      lines.add("RNCP " + row.get(RNCP_CODE));
    }
    return Texts.lines(lines);
  }

  private static FacetValues facets(CsvTable.Row row) {
    return new FacetValues()
        .with(Facet.PATHWAY, "avenir")
        .with(Facet.LEVEL, levels(row.get(TYPE)))
        .with(Facet.ZONE, Zones.NATIONAL)
        .with(Facet.DOCUMENT_TYPE, "document-information")
        .with(Facet.THEME, "parcours-formation");
  }

  private static List<String> levels(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<String>> entry : LEVELS_BY_TYPE.entrySet()) {
      if (lower.startsWith(entry.getKey())) {
        return entry.getValue();
      }
    }
    return List.of();
  }

  private static Map<String, List<String>> levelsByType() {
    Map<String, List<String>> levels = new LinkedHashMap<>();
    levels.put("certificat d'aptitude professionnelle", List.of("cap-1", "cap-2"));
    levels.put("brevet de technicien supérieur", List.of("bts-1", "bts-2"));
    levels.put("classe préparatoire", List.of("cpge-1", "cpge-2"));
    levels.put("baccalauréat", List.of("lycee"));
    levels.put("classe de 2de", List.of("2nde"));
    levels.put("classe de 1re", List.of("1re"));
    // ONISEP files its four-year "Classes de collège" training under this type.
    levels.put("classe de 3e", List.of("college"));
    return levels;
  }
}
