package fr.folios.core.directory.aaf;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The category of an AAF file or record: who or what its records describe.
 *
 * <p>Each category comes as its own series of files, e.g.
 * {@code FULL_ENTTSSERVICES_Complet_20130117_Eleve_0001.xml}, and each record repeats it in its
 * operational attributes ({@code categoriePersonne}, {@code categorieStructure}…).
 */
public enum AafCategory {
  /** Pupils (élèves), from SIECLE. */
  ELEVE("Eleve"),
  /** Staff of the Éducation nationale: teachers, CPE, direction, PsyEN…, from STS-web. */
  PERS_EDUC_NAT("PersEducNat"),
  /** Relatives of pupils: parents and other legal guardians. */
  PERS_REL_ELEVE("PersRelEleve"),
  /** Establishments (structures). */
  ETAB_EDUC_NAT("EtabEducNat"),
  /** Subjects from the BCN; records name it {@code MatEducNat}, files {@code MatiereEducNat}. */
  MATIERE_EDUC_NAT("MatiereEducNat", "MatEducNat"),
  /** MEF codes (module élémentaire de formation): the training a class follows. */
  MEF_EDUC_NAT("MefEducNat");

  private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[_.\\-\\s]+");

  private final String code;
  private final String alias;

  AafCategory(String code) {
    this(code, code);
  }

  AafCategory(String code, String alias) {
    this.code = code;
    this.alias = alias;
  }

  /** {@return the code the feed uses for this category, e.g. {@code PersEducNat}} */
  public String code() {
    return code;
  }

  /**
   * Finds the category a code names, ignoring case and surrounding spaces.
   *
   * @param code a code such as {@code Eleve}, or {@code MatEducNat} (the subjects' records use
   *     this shorter form)
   * @return the category, or empty if the code names none
   */
  public static Optional<AafCategory> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip();
    for (AafCategory category : values()) {
      if (category.code.equalsIgnoreCase(wanted) || category.alias.equalsIgnoreCase(wanted)) {
        return Optional.of(category);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the category a file name carries between its separators, as in
   * {@code FULL_ENTTSSERVICES_Complet_20130117_Eleve_0001.xml},
   * {@code clean-FULL_…_PersRelEleve_0033.xml} or {@code DELTA_…_Eleve_0000.xml}.
   *
   * @param fileName a file name, possibly with its directories
   * @return the first category named in the file name, or empty if it names none
   */
  public static Optional<AafCategory> fromFileName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String baseName = fileName.substring(Math.max(
        fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    for (String word : FILE_NAME_SEPARATORS.split(baseName)) {
      Optional<AafCategory> category = fromCode(word);
      if (category.isPresent()) {
        return category;
      }
    }
    return Optional.empty();
  }
}
