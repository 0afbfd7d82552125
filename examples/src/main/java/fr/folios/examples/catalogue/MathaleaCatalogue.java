package fr.folios.examples.catalogue;

import fr.folios.core.InvalidInputException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Builds catalogue resources from MathALÉA's exercise lists (Coopmaths, licence AGPL-3.0).
 *
 * <p>What each file gives:
 * <ul>
 *   <li>{@code referentiel2022.json}: one resource per generated exercise, id
 *       {@code mathalea:<uuid>}; titled by the exercise, summarised by its level, theme and
 *       sub-theme (titles from {@code levelsThemesList.json}); dated by the later of its
 *       publication and modification dates. Levels map 6e, 5e, 4e, 3e as such, 2e →
 *       {@code 2nde}, 1e and techno1 → {@code 1re}, Ex (mathématiques expertes) →
 *       {@code terminale}; CM1/CM2, HP (hors programme) and PE (professeurs des écoles) get no
 *       level, no fixed identifier fitting them. Exercises of the "CAN" branch (course aux
 *       nombres) take the level of their sub-branch.</li>
 *   <li>{@code referentielStatic.json}: one resource per exam exercise, id
 *       {@code mathalea:<uuid>}, merging the entries that list it once per theme and once per
 *       year; its body holds its topic tags and themes, so that a search for "Pythagore" or
 *       "Probabilités" finds it. DNB → {@code 3e}, baccalauréat → {@code terminale}, E3C →
 *       {@code 1re}, CRPE → no level. Dated the first day of the exam's month (1 January when
 *       the month is not given).</li>
 * </ul>
 * Every resource carries discipline {@code mathematiques}, document type
 * {@code activite-classe}, zone {@code national}, and the source {@value #SOURCE}. No competence
 * is set: the files do not name one. No url is set: the files' paths point to source files
 * inside the MathALÉA repository, not to pages a reader could open.
 *
 * <p>Exercises with no title, an unknown level or exam type, or an id already given are counted
 * as rejected with their reason.
 *
 * <p>Stateless and safe to call from several threads.
 */
public final class MathaleaCatalogue {

  /** The source and licence every MathALÉA resource carries. */
  public static final String SOURCE = "MathALÉA (Coopmaths), AGPL-3.0";

  /** The files that give resources, in reading order; the theme titles file is read too. */
  public static final List<String> FILES = List.of(ExerciseTree.FILE, ExamExercises.FILE);

  private MathaleaCatalogue() {
  }

  /**
   * Reads the MathALÉA files of a folder.
   *
   * @param mathaleaDir the folder holding {@code referentiel2022.json},
   *     {@code referentielStatic.json} and {@code levelsThemesList.json}, e.g.
   *     {@code examples/data/catalogue/mathalea}
   * @return the resources and what each resource file gave
   * @throws InvalidInputException naming the file, the entry and the reason, if a file is
   *     missing, is not UTF-8 JSON, holds something else than objects where exercises are
   *     expected, has a field of the wrong type, a malformed date, or a uuid reused for another
   *     exam
   * @throws UncheckedIOException if a file cannot be read
   */
  public static CatalogueImport read(Path mathaleaDir) {
    Objects.requireNonNull(mathaleaDir, "mathaleaDir");
    ThemeTitles titles = ThemeTitles.read(mathaleaDir);

    return ExerciseTree.read(mathaleaDir, titles).plus(ExamExercises.read(mathaleaDir));
  }
}
