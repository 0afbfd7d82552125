package fr.folios.examples.catalogue;

import fr.folios.core.InvalidInputException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads every catalogue source carried in {@code examples/data}: ONISEP and MathALÉA.
 *
 * <p>Stateless and safe to call from several threads.
 */
public final class CatalogueSources {

  /** The system property that names the data folder, overriding the default. */
  public static final String DATA_PROPERTY = "folios.examples.data";

  private CatalogueSources() {
  }

  /**
   * Finds the data folder: the one named by the system property {@value #DATA_PROPERTY} if set,
   * else {@code data} if it exists (the working directory is the examples module), else
   * {@code examples/data} (the working directory is the repository).
   *
   * @return the folder, which may not exist if none of these does
   */
  public static Path dataDirectory() {
    String configured = System.getProperty(DATA_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path local = Path.of("data");
    return Files.isDirectory(local) ? local : Path.of("examples", "data");
  }

  /**
   * Reads the ONISEP files of {@code catalogue/onisep} and the MathALÉA files of
   * {@code catalogue/mathalea}.
   *
   * @param dataDir the data folder, e.g. {@link #dataDirectory()}
   * @return every resource, ONISEP's first, and what each file gave
   * @throws InvalidInputException naming the file, the record and the reason, if a file is
   *     missing or malformed, or if two sources give the same resource id
   * @throws UncheckedIOException if a file cannot be read
   * @see OnisepCatalogue#read(Path)
   * @see MathaleaCatalogue#read(Path)
   */
  public static CatalogueImport readAll(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path catalogue = dataDir.resolve("catalogue");

    return OnisepCatalogue.read(catalogue.resolve("onisep"))
        .plus(MathaleaCatalogue.read(catalogue.resolve("mathalea")));
  }
}
