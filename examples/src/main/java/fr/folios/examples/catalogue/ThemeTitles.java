package fr.folios.examples.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * MathALÉA's theme titles ({@code levelsThemesList.json}): a theme code such as {@code 3G2}
 * mapped to its title, and optionally sub-theme codes such as {@code 3G20} to theirs.
 *
 * <p>Immutable once read.
 */
final class ThemeTitles {

  static final String FILE = "levelsThemesList.json";

  private final Map<String, String> titles;
  private final Map<String, Map<String, String>> subThemes;

  private ThemeTitles(Map<String, String> titles, Map<String, Map<String, String>> subThemes) {
    this.titles = Collections.unmodifiableMap(titles);
    this.subThemes = Collections.unmodifiableMap(subThemes);
  }

  /**
   * Reads the file in the folder.
   *
   * @throws fr.folios.core.InvalidInputException if it is missing or a theme is not an object
   *     with a text {@code titre}
   */
  static ThemeTitles read(Path folder) {
    Path path = folder.resolve(FILE);
    Map<String, String> titles = new HashMap<>();
    Map<String, Map<String, String>> subThemes = new HashMap<>();
    for (Map.Entry<String, JsonNode> theme : JsonTree.read(path).properties()) {
      String record = "theme '" + theme.getKey() + "'";
      if (!theme.getValue().isObject()) {
        throw SourceFiles.malformed(path, record, "it is not an object with a 'titre'");
      }
      titles.put(theme.getKey(), JsonTree.text(path, record, theme.getValue(), "titre"));
      subThemes.put(theme.getKey(), subThemes(path, record, theme.getValue()));
    }
    return new ThemeTitles(titles, subThemes);
  }

  /** Returns how many themes the file names. */
  int size() {
    return titles.size();
  }

  /** Returns a theme's title, if the file names it and gives it one. */
  Optional<String> title(String themeCode) {
    return Optional.ofNullable(titles.get(themeCode)).filter(title -> !title.isEmpty());
  }

  /**
   * Returns the title of the sub-theme an exercise belongs to: the one whose code is the
   * longest prefix of the exercise's code, e.g. {@code 3G20} for {@code 3G20-1}.
   */
  Optional<String> subTheme(String themeCode, String exerciseCode) {
    String best = "";
    String title = null;
    for (Map.Entry<String, String> sub : subThemes.getOrDefault(themeCode, Map.of()).entrySet()) {
      if (exerciseCode.startsWith(sub.getKey()) && sub.getKey().length() > best.length()) {
        best = sub.getKey();
        title = sub.getValue();
      }
    }
    return Optional.ofNullable(title).filter(found -> !found.isEmpty());
  }

  private static Map<String, String> subThemes(Path path, String record, JsonNode theme) {
    JsonNode subs = theme.get("sousThemes");
    if (subs == null || subs.isNull()) {
      return Map.of();
    }
    if (!subs.isObject()) {
      throw SourceFiles.malformed(path, record, "'sousThemes' is not an object");
    }
    Map<String, String> titles = new HashMap<>();
    for (Map.Entry<String, JsonNode> sub : subs.properties()) {
      titles.put(sub.getKey(), JsonTree.text(path, record, subs, sub.getKey()));
    }
    return titles;
  }
}
