package fr.folios.benchmarks;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import fr.folios.core.Folios;
import fr.folios.core.directory.Actor;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Uai;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.SpaceId;
import fr.folios.core.space.SpaceKind;
import fr.folios.core.space.SpaceLimits;
import fr.folios.jpa.JpaPersistence;
import fr.folios.storage.FileSystemBlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The upload measurement, in rounds: each round generates files of random bytes in the work
 * directory (new bytes each round, so nothing is deduplicated) and forces them to disk, then
 * copies them raw (then forces each copy), copies them raw while hashing them with SHA-256
 * (then forces each copy), reads and hashes them without writing, and uploads them through
 * Folios into a new store, all in the same file system, each side after one warm-up file (and
 * Folios after {@value #WARM_UP_UPLOADS} small uploads besides). One untimed round of every
 * side comes first.
 */
final class UploadRun {

  private static final int MB = 1024 * 1024;

  /** How many uploads of 1 MB warm Folios' code up before each round is timed. */
  static final int WARM_UP_UPLOADS = 300;

  /** How many untimed rounds of every side run before the timed ones. */
  static final int WARM_UP_ROUNDS = 1;

  private final SpacesArguments arguments;
  private final Path root;

  private UploadRun(SpacesArguments arguments) {
    this.arguments = arguments;
    this.root = arguments.workDir().resolve("upload").toAbsolutePath();
  }

  /**
   * The wall times of the three sides, one of each per round.
   *
   * @param files how many files each side wrote a round, the warm-up's excepted
   * @param bytes how many bytes each side wrote a round, the warm-up's excepted
   * @param raw the raw copies' wall times
   * @param rawHashed the raw copies' wall times when they also hash the bytes
   * @param hashOnly the wall times of reading and hashing the files, writing nothing
   * @param hashInMemory the time SHA-256 alone takes over the files' bytes, read into memory
   *     beforehand (untimed): the least time any store that hashes every byte on one thread
   *     needs, whatever else it overlaps with the hashing
   * @param folios the Folios uploads' wall times
   */
  record Figures(int files, long bytes, List<Duration> raw, List<Duration> rawHashed,
      List<Duration> hashOnly, List<Duration> hashInMemory, List<Duration> folios) {

    /** {@return the throughputs of each round, in MB (MiB) per second, in round order} */
    List<Double> megabytesPerSecond(List<Duration> walls) {
      return walls.stream().map(wall -> bytes / (double) MB / (wall.toNanos() / 1e9)).toList();
    }

    /** {@return Folios' throughput over a baseline's, round by round} */
    List<Double> ratios(List<Duration> baseline) {
      return ratios(baseline, folios);
    }

    /** {@return the throughput of one side over a baseline's, round by round} */
    static List<Double> ratios(List<Duration> baseline, List<Duration> side) {
      List<Double> ratios = new ArrayList<>();
      for (int round = 0; round < side.size(); round++) {
        ratios.add(baseline.get(round).toNanos() / (double) side.get(round).toNanos());
      }
      return ratios;
    }

    /** {@return the median of Folios' throughput over the raw copies', round by round} */
    double ratio() {
      return median(ratios(raw));
    }

    /** {@return the median of some values (the mean of the middle two if they are even)} */
    static double median(List<Double> values) {
      List<Double> sorted = values.stream().sorted().toList();
      int middle = sorted.size() / 2;
      return sorted.size() % 2 == 1 ? sorted.get(middle)
          : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@return the median wall time} */
    static Duration medianWall(Collection<Duration> walls) {
      return Duration.ofNanos(Math.round(median(walls.stream()
          .map(wall -> (double) wall.toNanos()).toList())));
    }
  }

  /**
   * Runs the rounds, then deletes what they wrote.
   *
   * @param arguments the sizes, the rounds and the work directory
   * @return the figures
   * @throws IOException if a file cannot be written, read or deleted
   */
  static Figures measure(SpacesArguments arguments) throws IOException {
    return new UploadRun(arguments).run();
  }

  /**
   * Runs one untimed round of every side first, as a warm-up of the JVM and of the disk, then
   * the timed rounds.
   */
  private Figures run() throws IOException {
    List<Duration> raw = new ArrayList<>();
    List<Duration> rawHashed = new ArrayList<>();
    List<Duration> hashOnly = new ArrayList<>();
    List<Duration> hashInMemory = new ArrayList<>();
    List<Duration> folios = new ArrayList<>();
    for (int round = -WARM_UP_ROUNDS; round < arguments.uploadRounds(); round++) {
      deleteTree(root);
      List<Path> files = generate(arguments.seed() + round);
      Duration rawWall = copies(files, "raw-copies", UploadRun::rawCopy);
      Duration rawHashedWall = copies(files, "hashed-copies", UploadRun::hashedCopy);
      Duration hashOnlyWall = copies(files, "nothing", (file, directory) -> hash(file));
      Duration hashInMemoryWall = hashInMemory(files);
      Duration foliosWall = folios(files);
      if (round >= 0) {
        raw.add(rawWall);
        rawHashed.add(rawHashedWall);
        hashOnly.add(hashOnlyWall);
        hashInMemory.add(hashInMemoryWall);
        folios.add(foliosWall);
      }
    }
    deleteTree(root);
    long bytes = (long) arguments.files() * arguments.fileMegabytes() * MB;
    return new Figures(arguments.files(), bytes, raw, rawHashed, hashOnly, hashInMemory,
        folios);
  }

  /**
   * Times SHA-256 alone over each measured file, its bytes read into memory first (untimed),
   * one file in memory at a time, after hashing the warm-up file.
   */
  private static Duration hashInMemory(List<Path> files) throws IOException {
    digest(Files.readAllBytes(files.get(0)));
    long total = 0;
    for (Path file : files.subList(1, files.size())) {
      byte[] bytes = Files.readAllBytes(file);
      long start = System.nanoTime();
      digest(bytes);
      total += System.nanoTime() - start;
    }
    return Duration.ofNanos(total);
  }

  private static void digest(byte[] bytes) {
    MessageDigest digest = sha256();
    for (int at = 0; at < bytes.length; at += 256 * 1024) {
      digest.update(bytes, at, Math.min(256 * 1024, bytes.length - at));
    }
    digest.digest();
  }

  /** Copies the warm-up file, then times the copies of the measured ones. */
  private Duration copies(List<Path> files, String directory, Copy copy) throws IOException {
    Path copies = Files.createDirectories(root.resolve(directory));
    copy.copy(files.get(0), copies);
    long start = System.nanoTime();
    for (Path file : files.subList(1, files.size())) {
      copy.copy(file, copies);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** One way of copying a file into a directory. */
  private interface Copy {
    void copy(Path file, Path directory) throws IOException;
  }

  /**
   * Writes the warm-up file then the measured ones, each of different random bytes, and forces
   * them, so that no side pays for writing them back.
   */
  private List<Path> generate(long seed) throws IOException {
    Path directory = Files.createDirectories(root.resolve("files"));
    Random random = new Random(seed);
    byte[] chunk = new byte[MB];
    List<Path> files = new ArrayList<>();
    for (int i = 0; i <= arguments.files(); i++) {
      Path file = directory.resolve(String.format("file-%02d.bin", i));
      try (FileChannel out = FileChannel.open(file, CREATE_NEW, WRITE)) {
        for (int m = 0; m < arguments.fileMegabytes(); m++) {
          random.nextBytes(chunk);
          out.write(ByteBuffer.wrap(chunk));
        }
        out.force(true);
      }
      files.add(file);
    }
    return files;
  }

  private static void rawCopy(Path file, Path directory) throws IOException {
    Path copy = directory.resolve(file.getFileName());
    Files.copy(file, copy);
    force(copy);
  }

  /** Copies through a SHA-256 digest in line, as a plain program would, then forces. */
  private static void hashedCopy(Path file, Path directory) throws IOException {
    Path copy = directory.resolve(file.getFileName());
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      Files.copy(in, copy);
    }
    force(copy);
    digest.digest();
  }

  /** Reads a file through a buffer the size of the blob store's and hashes it. */
  private static void hash(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[256 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    digest.digest();
  }

  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, WRITE)) {
      channel.force(true);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM lacks SHA-256, which every JVM must provide", e);
    }
  }

  /**
   * Uploads the warm-up files, then times the uploads of the measured ones, into a new store.
   * The warm-up runs Folios' own code (the checks, the database, the copy) often enough for the
   * JIT compiler to compile it, as in a server that has been taking uploads for a while; the
   * raw copies run in the kernel and have nothing to compile.
   */
  private Duration folios(List<Path> files) throws IOException {
    JpaPersistence store = JpaPersistence.h2(root.resolve("database"));
    Actor actor = owner(store);
    long fileBytes = (long) arguments.fileMegabytes() * MB;
    SpaceLimits limits = new SpaceLimits(fileBytes * (files.size() + 1)
        + (long) WARM_UP_UPLOADS * MB, files.size() + 1 + WARM_UP_UPLOADS, 10, fileBytes);
    try (Folios folios = Folios.builder().persistence(store)
        .blobs(FileSystemBlobStore.open(root.resolve("blobs")))
        .limits(SpaceKind.PERSONAL, limits).build()) {
      SpaceId space = folios.spaces().personalSpace(actor).id();
      warmUp(folios, actor, space);
      upload(folios, actor, space, files.get(0));
      long start = System.nanoTime();
      for (Path file : files.subList(1, files.size())) {
        upload(folios, actor, space, file);
      }
      return Duration.ofNanos(System.nanoTime() - start);
    }
  }

  /** Uploads small files of new random bytes into a folder of their own. */
  private static void warmUp(Folios folios, Actor actor, SpaceId space) {
    FolderId folder = folios.spaces().createFolder(actor, space, null, "rodage").id();
    Random random = new Random(WARM_UP_UPLOADS);
    byte[] bytes = new byte[MB];
    for (int i = 0; i < WARM_UP_UPLOADS; i++) {
      random.nextBytes(bytes);
      folios.spaces().upload(actor, space, folder, "rodage-" + i + ".bin",
          new ByteArrayInputStream(bytes));
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
