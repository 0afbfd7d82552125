package fr.folios.core.directory.aaf;

import fr.folios.core.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one record gathered while its request is read, within a budget of characters
 * so that a hostile record cannot exhaust memory.
 */
final class RecordDraft {

  private final AafOperation operation;
  private final int position;
  private final int lineNumber;
  private final Function<String, InvalidInputException> refusal;
  private final Map<String, List<String>> attributes = new LinkedHashMap<>();
  private final Map<String, AafAttributeOperation> operations = new LinkedHashMap<>();
  private @Nullable String categoryCode;
  private @Nullable String identifier;
  private long characters;

  RecordDraft(AafOperation operation, int position, int lineNumber,
      Function<String, InvalidInputException> refusal) {
    this.operation = operation;
    this.position = position;
    this.lineNumber = lineNumber;
    this.refusal = refusal;
  }

  int position() {
    return position;
  }

  /** Keeps the first non-blank category code. */
  void category(String code) {
    if (categoryCode == null && !code.isBlank()) {
      categoryCode = code.strip();
    }
  }

  void identifier(String id) {
    if (identifier == null && !id.isEmpty()) {
      identifier = id;
    }
  }

  /** Makes room for an attribute given in {@code <attributes>}, even if it gets no value. */
  void declare(String name) {
    attributes.computeIfAbsent(name, key -> new ArrayList<>());
  }

  /** Makes room for an attribute given in {@code <modifications>}, with its operation. */
  void declare(String name, AafAttributeOperation operation) {
    AafAttributeOperation earlier = operations.putIfAbsent(name, operation);
    if (earlier != null && earlier != operation) {
      throw refusal.apply("record " + position + " modifies '" + name + "' twice, with "
          + earlier.code() + " then " + operation.code() + ": give one operation per attribute");
    }
    declare(name);
  }

  void value(String name, String value) {
    if (!value.isBlank()) {
      attributes.get(name).add(value);
    }
  }

  /** Counts characters against the record's budget. */
  void charge(int count) {
    characters += count;
    if (characters > AafReader.MAX_RECORD_CHARACTERS) {
      throw refusal.apply("record " + position + " (line " + lineNumber + ") holds more than "
          + AafReader.MAX_RECORD_CHARACTERS + " characters of names and values; the limit is "
          + AafReader.MAX_RECORD_CHARACTERS + " per record: check the export, a real record is"
          + " a few kilobytes");
    }
  }

  AafRecord toRecord(String fileName) {
    if (identifier == null) {
      throw refusal.apply("record " + position + " (line " + lineNumber + ") has no"
          + " <identifier><id>: every AAF request names the entry it is about");
    }
    return new AafRecord(categoryCode, operation, identifier, attributes, operations, fileName,
        position, lineNumber);
  }
}
