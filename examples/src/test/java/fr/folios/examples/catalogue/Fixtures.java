package fr.folios.examples.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the tests find their data: the real copies and the small files of test resources. */
final class Fixtures {

  private Fixtures() {
  }

  /** The real data folder: the system property {@code folios.examples.data}, else data. */
  static Path dataDir() {
    return Path.of(System.getProperty(CatalogueSources.DATA_PROPERTY, "data"));
  }

  /** The real ONISEP folder. */
  static Path onisepDir() {
    return dataDir().resolve("catalogue").resolve("onisep");
  }

  /** The real MathALÉA folder. */
  static Path mathaleaDir() {
    return dataDir().resolve("catalogue").resolve("mathalea");
  }

  /** A test resource under {@code catalogue/}, as a path. */
  static Path resource(String name) {
    URL url = Fixtures.class.getResource("/catalogue/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource catalogue/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Copies every file of a small, valid folder into {@code target}, then puts a broken variant
   * in place of one of them.
   *
   * @return the target folder
   */
  static Path withBroken(String smallFolder, Path target, String broken, String asFile) {
    try (Stream<Path> files = Files.list(resource(smallFolder))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
      Files.copy(resource(broken), target.resolve(asFile), StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
