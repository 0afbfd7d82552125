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

  /**
   * Reads a whole number between 1 and {@link Integer#MAX_VALUE}.
   *
   * @param options the values read by {@link #options}
   * @param name the option's name
   * @param fallback the value when the option is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a whole number, or out of range
   */
  public static int positive(Map<String, String> options, String name, int fallback) {
    long value = number(options, name, fallback);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(name + " is " + value + "; it must be between 1 and "
          + Integer.MAX_VALUE + ": give a positive whole number");
    }
    return (int) value;
  }

  /**
   * Reads a whole number.
   *
   * @param options the values read by {@link #options}
   * @param name the option's name
   * @param fallback the value when the option is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a whole number
   */
  public static long number(Map<String, String> options, String name, long fallback) {
    String text = options.get(name);
    if (text == null) {
      return fallback;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " '" + text + "' is not a whole number: give"
          + " one such as " + name + " " + fallback, e);
    }
  }
}
