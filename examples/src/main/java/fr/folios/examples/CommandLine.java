package fr.folios.examples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code --name value} options of the example and benchmark programs. */
public final class CommandLine {

  private CommandLine() {
  }

  /**
   * Reads options given as {@code --name value} pairs; a later pair replaces an earlier one of
   * the same name.
   *
   * @param known the options the program takes
   * @param args the command line
   * @return the values, by option name, in the order given
   * @throws IllegalArgumentException if an option is unknown or lacks its value, naming it and
   *     the known options
   */
  public static Map<String, String> options(List<String> known, String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("argument '" + args[i] + "' is unknown or has no"
            + " value; the options are " + known + ", each followed by its value");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }
}
