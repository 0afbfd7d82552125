package fr.folios.core.directory.aaf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request of an AAF file: an entry to add, modify or delete, with its attributes.
 *
 * <p>Every attribute is multi-valued. Values are kept as written, in order; a value that is
 * empty or only spaces ({@code <value/>}) is dropped, but its attribute stays, with fewer or no
 * values: in a modification, an attribute with no value clears it. Immutable and safe to share
 * between threads.
 *
 * @param categoryCode the category the record names in its operational attributes, as written
 *     (e.g. {@code Eleve}, {@code MatEducNat}), or {@code null} if it names none
 * @param operation what the record asks for
 * @param identifier the entry's identifier ({@code identifier/id}), e.g. {@code 2605692}
 * @param attributes the attributes by name, in file order; values in file order
 * @param attributeOperations for a {@code modifyRequest} written with {@code <modifications>},
 *     the operation of each attribute; empty otherwise
 * @param fileName the name of the file the record comes from
 * @param position the record's rank in its file, from 1
 * @param lineNumber the line of the file where the record starts, from 1
 */
public record AafRecord(
    @Nullable String categoryCode,
    AafOperation operation,
    String identifier,
    Map<String, List<String>> attributes,
    Map<String, AafAttributeOperation> attributeOperations,
    String fileName,
    int position,
    int lineNumber) {

  /**
   * Checks the parts, drops blank values and takes immutable copies that keep the order.
   *
   * @throws IllegalArgumentException if the identifier is blank, the position or line number is
   *     below 1, or an operation names an attribute the record does not carry
   */
  public AafRecord {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(fileName, "fileName");
    if (identifier.isBlank()) {
      throw new IllegalArgumentException("an AAF record's identifier must not be blank");
    }
    if (position < 1 || lineNumber < 1) {
      throw new IllegalArgumentException("position " + position + " and line " + lineNumber
          + " must both be 1 or more");
    }
    attributes = copyDroppingBlankValues(attributes);
    attributeOperations = copyOperations(attributeOperations, attributes);
  }

  /**
   * Returns the category the record names.
   *
   * @return the category, or {@code null} if the record names none or one this SDK does not know
   *     (then {@link #categoryCode()} still holds what was written)
   */
  public @Nullable AafCategory category() {
    return categoryCode == null ? null : AafCategory.fromCode(categoryCode).orElse(null);
  }

  /**
   * Returns the values of an attribute.
   *
   * @param name the attribute's name, e.g. {@code ENTEleveClasses}
   * @return its values in file order; empty if the record lacks the attribute or it has no value
   */
  public List<String> values(String name) {
    Objects.requireNonNull(name, "name");
    return attributes.getOrDefault(name, List.of());
  }

  /**
   * Returns the first value of an attribute.
   *
   * @param name the attribute's name, e.g. {@code sn}
   * @return the first value, or empty if there is none
   */
  public Optional<String> first(String name) {
    return values(name).stream().findFirst();
  }

  /**
   * Returns the values of a composite attribute, each split on {@code $}, keeping empty parts:
   * {@code 2867253$2$1$1$0$0} gives six parts and {@code 52006$} gives two.
   *
   * @param name the attribute's name, e.g. {@code ENTElevePersRelEleve}
   * @return one list of parts per value, in file order
   */
  public List<List<String>> composites(String name) {
    return values(name).stream().map(value -> List.of(value.split("\\$", -1))).toList();
  }

  /**
   * Returns what the record does to an attribute.
   *
   * @param name the attribute's name
   * @return the operation written in {@code <modifications>}, or {@link
   *     AafAttributeOperation#REPLACE} for an attribute given in {@code <attributes>}
   */
  public AafAttributeOperation operationOf(String name) {
    Objects.requireNonNull(name, "name");
    return attributeOperations.getOrDefault(name, AafAttributeOperation.REPLACE);
  }

  @Override
  public String toString() {
    return "AafRecord[" + operation + " " + categoryCode + " " + identifier + ", "
        + attributes.size() + " attributes, " + fileName + " #" + position + " line "
        + lineNumber + "]";
  }

  private static Map<String, List<String>> copyDroppingBlankValues(
      Map<String, List<String>> attributes) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(
        Objects.requireNonNull(name, "attribute name"), nonBlank(values)));
    return Collections.unmodifiableMap(copy);
  }

  private static List<String> nonBlank(List<String> values) {
    List<String> kept = new ArrayList<>(values.size());
    for (String value : values) {
      if (!value.isBlank()) {
        kept.add(value);
      }
    }
    return List.copyOf(kept);
  }

  private static Map<String, AafAttributeOperation> copyOperations(
      Map<String, AafAttributeOperation> operations, Map<String, List<String>> attributes) {
    for (String name : operations.keySet()) {
      if (!attributes.containsKey(name)) {
        throw new IllegalArgumentException("an operation is given for attribute '" + name
            + "', which the record does not carry: add the attribute, even with no value");
      }
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(operations));
  }
}
