package fr.folios.examples.catalogue;

import fr.folios.core.InvalidInputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Builds catalogue resources from ONISEP's open data (Idéo, licence ODbL): initial trainings,
 * careers, 1re specialities and 2nde options.
 *
 * <p>What each file gives:
 * <ul>
 *   <li>{@code ideo-formations_initiales_en_france.csv}: one resource per training, id
 *       {@code onisep:FOR.<n>}; theme {@code parcours-formation}; a level when the training type
 *       names one (CAP → {@code cap-1, cap-2}; BTS → {@code bts-1, bts-2}; CPGE →
 *       {@code cpge-1, cpge-2}; baccalauréats → {@code lycee}; classes of 2de → {@code 2nde};
 *       classes of 1re → {@code 1re}; "classes de collège" → {@code college}); no date.</li>
 *   <li>{@code ideo-metiers_onisep.csv}: one resource per career, id {@code onisep:MET.<n>},
 *       merging the rows that list it once per publication; theme
 *       {@code monde-economique-professionnel}; dated 1 January of its latest publication
 *       year.</li>
 *   <li>the 1re specialities and 2nde options files: one resource per row (per lycée and
 *       training action), id {@code onisep:AF.<n>}; level {@code 1re} or {@code 2nde};
 *       establishment type {@code legt}; theme {@code construire-orientation}, plus
 *       {@code enseignement-exploration} for the 2nde options; dated by the action's last
 *       change.</li>
 * </ul>
 * Every resource carries parcours {@code avenir} and document type
 * {@code document-information}. Its zone is {@code national}, except on the lycée rows, which
 * carry their académie's slug (e.g. {@code orleans-tours}); rows of the overseas collectivities
 * (New Caledonia, French Polynesia, Wallis-and-Futuna, Saint-Pierre-and-Miquelon), which no
 * académie serves, carry no zone. Its source is ONISEP's attribution line for the file, which
 * ends "sous licence ODbL", and its url is ONISEP's page.
 *
 * <p>Rows without an ONISEP id or a name, lycée rows that list no teaching or name an unknown
 * académie, and rows repeating an id already given are counted as rejected with their reason.
 *
 * <p>Stateless and safe to call from several threads.
 */
public final class OnisepCatalogue {

  /** The files read, in reading order. */
  public static final List<String> FILES = List.of(Trainings.FILE, Careers.FILE,
      LyceeTeachings.SPECIALITIES_1RE.file(), LyceeTeachings.OPTIONS_2NDE.file());

  private OnisepCatalogue() {
  }

  /**
   * Reads the four ONISEP files of a folder.
   *
   * @param onisepDir the folder holding the files named in {@link #FILES}, with their original
   *     names, e.g. {@code examples/data/catalogue/onisep}
   * @return the resources and what each file gave
   * @throws InvalidInputException naming the file, the line and the reason, if a file is
   *     missing, is not UTF-8, is not well-formed CSV, lacks a column, or holds a malformed date
   *     or year
   * @throws UncheckedIOException if a file cannot be read
   */
  public static CatalogueImport read(Path onisepDir) {
    Objects.requireNonNull(onisepDir, "onisepDir");

    return Trainings.read(onisepDir)
        .plus(Careers.read(onisepDir))
        .plus(LyceeTeachings.SPECIALITIES_1RE.read(onisepDir))
        .plus(LyceeTeachings.OPTIONS_2NDE.read(onisepDir));
  }
}
