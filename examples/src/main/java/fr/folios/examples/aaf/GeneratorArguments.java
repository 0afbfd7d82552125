package fr.folios.examples.aaf;

import fr.folios.examples.CommandLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The command line of {@link AafGenerator#main}: where, which seed, which scale. */
record GeneratorArguments(Path out, long seed, AafGenerator.Scale scale) {

  private static final List<String> OPTIONS = List.of("--out", "--seed", "--scale",
      "--establishments", "--pupils", "--staff", "--relatives-per-pupil", "--classes",
      "--records-per-file");

  /**
   * Reads options given as {@code --name value} pairs.
   *
   * @throws IllegalArgumentException if an option is unknown, lacks its value or is out of range
   */
  static GeneratorArguments parse(String... args) {
    Map<String, String> options = CommandLine.options(OPTIONS, args);
    String out = options.get("--out");
    if (out == null) {
      throw new IllegalArgumentException("--out is missing: give the directory to write into,"
          + " e.g. --out /tmp/aaf");
    }
    long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
    return new GeneratorArguments(Path.of(out), seed, scale(options));
  }


  private static AafGenerator.Scale scale(Map<String, String> options) {
    String name = options.getOrDefault("--scale", "small");
    AafGenerator.Scale base = switch (name) {
      case "small" -> AafGenerator.Scale.SMALL;
      case "academie" -> AafGenerator.Scale.ACADEMIE;
      default -> throw new IllegalArgumentException("scale '" + name + "' is unknown: give"
          + " small or academie, or explicit counts");
    };
    return new AafGenerator.Scale(
        count(options, "--establishments", base.establishments()),
        count(options, "--pupils", base.pupils()),
        count(options, "--staff", base.staff()),
        Double.parseDouble(options.getOrDefault("--relatives-per-pupil",
            String.valueOf(base.relativesPerPupil()))),
        count(options, "--classes", base.classesPerEstablishment()),
        count(options, "--records-per-file", base.recordsPerFile()));
  }

  private static int count(Map<String, String> options, String name, int otherwise) {
    String value = options.get(name);
    return value == null ? otherwise : Integer.parseInt(value.replace("_", ""));
  }
}
