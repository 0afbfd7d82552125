package fr.folios.core.directory.aaf;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code <modification>} of a {@code modifyRequest} does to one attribute's values.
 */
public enum AafAttributeOperation {
  /** The given values replace all previous ones; no value clears the attribute. */
  REPLACE("replace"),
  /** The given values are added to the previous ones. */
  ADD("add"),
  /** The given values are removed; no value removes them all. */
  DELETE("delete");

  private final String code;

  AafAttributeOperation(String code) {
    this.code = code;
  }

  /** {@return the value of the {@code operation} XML attribute, e.g. {@code replace}} */
  public String code() {
    return code;
  }

  /**
   * Finds the operation a code names, ignoring case and surrounding spaces.
   *
   * @param code {@code replace}, {@code add} or {@code delete}
   * @return the operation, or empty if the code names none
   */
  public static Optional<AafAttributeOperation> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    for (AafAttributeOperation operation : values()) {
      if (operation.code.equals(wanted)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
