package fr.folios.benchmarks;

import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.jpa.JpaPersistence;
import fr.folios.storage.FileSystemBlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The upload measurement: files of random bytes, generated in the work directory, copied raw
 * (then forced to disk) and uploaded through Folios into the same file system, after one
 * warm-up file each way.
 */
final class UploadRun {

  private static final int MB = 1024 * 1024;

  private final SpacesArguments arguments;
  private final Path root;

  private UploadRun(SpacesArguments arguments) {
    this.arguments = arguments;
    this.root = arguments.workDir().resolve("upload").toAbsolutePath();
  }

  /**
   * The figures of both sides.
   *
   * @param files how many files each side wrote, the warm-up's excepted
   * @param bytes how many bytes each side wrote, the warm-up's excepted
   * @param raw the raw copies' wall time
   * @param folios the Folios uploads' wall time
   */
  record Figures(int files, long bytes, Duration raw, Duration folios) {

    /** {@return the raw copies' throughput, in MB (MiB) per second} */
    double rawMegabytesPerSecond() {
      return bytes / (double) MB / (raw.toNanos() / 1e9);
    }

    /** {@return the Folios uploads' throughput, in MB (MiB) per second} */
    double foliosMegabytesPerSecond() {
      return bytes / (double) MB / (folios.toNanos() / 1e9);
    }

    /** {@return Folios' throughput over the raw copies'} */
    double ratio() {
      return foliosMegabytesPerSecond() / rawMegabytesPerSecond();
    }
  }

  /**
   * Generates the files, measures both sides, then deletes what they wrote.
   *
   * @param arguments the sizes and the work directory
   * @return the figures
   * @throws IOException if a file cannot be written, read or deleted
   */
  static Figures measure(SpacesArguments arguments) throws IOException {
    return new UploadRun(arguments).run();
  }

  private Figures run() throws IOException {
    deleteTree(root);
    List<Path> files = generate();
    Path copies = Files.createDirectories(root.resolve("raw-copies"));
    rawCopy(files.get(0), copies);
    long start = System.nanoTime();
    for (Path file : files.subList(1, files.size())) {
      rawCopy(file, copies);
    }
    Duration raw = Duration.ofNanos(System.nanoTime() - start);

    Duration folios = folios(files);
    long bytes = (long) arguments.files() * arguments.fileMegabytes() * MB;
    deleteTree(root);
    return new Figures(arguments.files(), bytes, raw, folios);
  }

  /** Writes the warm-up file then the measured ones, each of different random bytes. */
  private List<Path> generate() throws IOException {
    Path directory = Files.createDirectories(root.resolve("files"));
    Random random = new Random(arguments.seed());
    byte[] chunk = new byte[MB];
    List<Path> files = new ArrayList<>();
    for (int i = 0; i <= arguments.files(); i++) {
      Path file = directory.resolve(String.format("file-%02d.bin", i));
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int m = 0; m < arguments.fileMegabytes(); m++) {
          random.nextBytes(chunk);
          out.write(chunk);
        }
      }
      files.add(file);
    }
    return files;
  }

  private static void rawCopy(Path file, Path directory) throws IOException {
    Path copy = directory.resolve(file.getFileName());
    Files.copy(file, copy);
    try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private Duration folios(List<Path> files) throws IOException {
    JpaPersistence store = JpaPersistence.h2(root.resolve("database"));
    Actor actor = owner(store);
    long fileBytes = (long) arguments.fileMegabytes() * MB;
    SpaceLimits limits = new SpaceLimits(fileBytes * (files.size() + 1), files.size() + 1, 10,
        fileBytes);
    try (Folios folios = Folios.builder().persistence(store)
        .blobs(FileSystemBlobStore.open(root.resolve("blobs")))
        .limits(SpaceKind.PERSONAL, limits).build()) {
      SpaceId space = folios.spaces().personalSpace(actor).id();
      upload(folios, actor, space, files.get(0));
      long start = System.nanoTime();
      for (Path file : files.subList(1, files.size())) {
        upload(folios, actor, space, file);
      }
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }

  private static Actor owner(JpaPersistence store) {
    EstablishmentId establishment = EstablishmentId.random();
    store.directory().saveEstablishment(new Establishment(establishment,
        Uai.ofUnchecked("0750002B"), "Collège du banc d'essai", EstablishmentType.COLLEGE, null,
        null));
    Person person = new Person(PersonId.random(), null, Profile.EDUCATIONAL_STAFF, "Ines",
        "Envoi", null, Set.of(establishment), false, Set.of(), null);
    store.directory().savePerson(person);
    return Actor.of(person.id());
  }

  private static void upload(Folios folios, Actor actor, SpaceId space, Path file)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      folios.spaces().upload(actor, space, null, file.getFileName().toString(), in);
    }
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
