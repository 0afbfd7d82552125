package fr.folios.examples.catalogue;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Reads MathALÉA's JSON files: nested objects whose leaves are exercises. */
final class JsonTree {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonTree() {
  }

  /**
   * Reads a whole JSON file whose root must be an object.
   *
   * @throws fr.folios.core.InvalidInputException if the file is missing, not UTF-8, not JSON, or
   *     its root is not an object
   */
  static JsonNode read(Path path) {
    String text = SourceFiles.readUtf8(path);
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw SourceFiles.malformed(path, "line " + line(e.getLocation()), "it is not valid "
          + "JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw SourceFiles.malformed(path, "line 1", "the root is not a JSON object");
    }
    return root;
  }

  /**
   * Visits every exercise of a tree: an object with a {@code uuid} field. Every other value on
   * the way must be an object.
   *
   * @param visitor receives the keys leading to the exercise, its own key last, and the node
   * @throws fr.folios.core.InvalidInputException if a branch holds something else than objects
   */
  static void forEachExercise(
      Path path, JsonNode root, BiConsumer<List<String>, JsonNode> visitor) {
    walk(path, root, new ArrayList<>(), visitor);
  }

  /** Names an exercise by the keys leading to it, for messages and summaries. */
  static String where(List<String> keys) {
    return "entry '" + String.join(" > ", keys) + "'";
  }

  /**
   * Returns a text field, stripped, or empty if it is absent or null.
   *
   * @throws fr.folios.core.InvalidInputException if the field holds something else than text
   */
  static String text(Path path, String record, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw SourceFiles.malformed(path, record, "field '" + field + "' holds "
          + value.getNodeType().name().toLowerCase(Locale.ROOT) + " where text was "
          + "expected");
    }
    return value.asText().strip();
  }

  /**
   * Returns the non-blank texts of an array field, stripped; empty if the field is absent.
   *
   * @throws fr.folios.core.InvalidInputException if the field is not an array of texts
   */
  static List<String> texts(Path path, String record, JsonNode node, String field) {
    JsonNode value = node.get(field);
    List<String> texts = new ArrayList<>();
    if (value == null || value.isNull()) {
      return texts;
    }
    if (!value.isArray()) {
      throw SourceFiles.malformed(path, record, "field '" + field + "' is not an array");
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw SourceFiles.malformed(path, record, "field '" + field + "' holds a non-text "
            + "item");
      }
      if (!item.asText().isBlank()) {
        texts.add(item.asText().strip());
      }
    }
    return texts;
  }

  private static void walk(Path path, JsonNode node, List<String> keys,
      BiConsumer<List<String>, JsonNode> visitor) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      keys.add(field.getKey());
      visit(path, field.getValue(), keys, visitor);
      keys.remove(keys.size() - 1);
    }
  }

  private static void visit(Path path, JsonNode value, List<String> keys,
      BiConsumer<List<String>, JsonNode> visitor) {
    if (!value.isObject()) {
      throw SourceFiles.malformed(path, where(keys), "it holds "
          + value.getNodeType().name().toLowerCase(Locale.ROOT)
          + " where a group of exercises or an exercise with a uuid was expected");
    }
    if (value.has("uuid")) {
      visitor.accept(List.copyOf(keys), value);
    } else {
      walk(path, value, keys, visitor);
    }
  }

  private static String line(@Nullable JsonLocation location) {
    return location == null ? "?" : String.valueOf(location.getLineNr());
  }
}
