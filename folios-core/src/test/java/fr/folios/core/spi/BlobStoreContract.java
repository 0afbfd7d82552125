package fr.folios.core.spi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link BlobStore} must show. An implementation's test extends this class
 * and says how to make a fresh, empty store.
 *
 * <p>The JUnit tests get a new store each; the jqwik property gets one store for all its tries
 * and empties it after each try. A subclass must therefore make stores without relying on JUnit
 * Jupiter injecting anything, or fall back to something jqwik can use.
 */
public abstract class BlobStoreContract {

  private static final String EMPTY_SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final String ABC_SHA256 =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static final int THREADS = 4;

  private static final int ROUNDS = 25;

  private BlobStore store;

  private BlobStore propertyStore;

  /**
   * Makes a new, empty store.
   *
   * @return a store holding no blob
   * @throws Exception if the store cannot be made
   */
  protected abstract BlobStore newStore() throws Exception;

  @BeforeEach
  void makeStore() throws Exception {
    store = newStore();
  }

  @Test
  void forEachStoredBefore_tellsOlderBlobsOnlyAndAPutOfTheSameBytesMakesThemNew()
      throws Exception {
    StoredBlob old = store.put(new ByteArrayInputStream("old".getBytes(UTF_8)), 100);
    StoredBlob reused = store.put(new ByteArrayInputStream("reused".getBytes(UTF_8)), 100);
    Thread.sleep(1_100);
    Instant cutoff = Instant.now();
    Thread.sleep(1_100);
    StoredBlob fresh = store.put(new ByteArrayInputStream("fresh".getBytes(UTF_8)), 100);
    store.put(new ByteArrayInputStream("reused".getBytes(UTF_8)), 100);

    List<BlobKey> told = new ArrayList<>();
    store.forEachStoredBefore(cutoff, told::add);

    assertThat(told).contains(old.key()).doesNotContain(fresh.key(), reused.key());
  }

  @Test
  void put_thenOpen_returnsSameBytes() throws IOException {
    byte[] content = randomBytes(100_000, 1);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), content.length);

    assertThat(readAll(stored.key())).isEqualTo(content);
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(stored.created()).isTrue();
  }

  @Test
  void put_returnsSha256OfContentAsKey() throws IOException {
    byte[] content = randomBytes(5_000, 2);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), 10_000);
    StoredBlob abc = store.put(new ByteArrayInputStream("abc".getBytes(UTF_8)), 3);

    assertThat(stored.key()).isEqualTo(sha256(content));
    assertThat(abc.key().sha256()).isEqualTo(ABC_SHA256);
  }

  @Test
  void put_sameBytesTwice_storesOnceAndSecondIsNotCreated() throws IOException {
    byte[] content = "un même fichier, envoyé deux fois".getBytes(UTF_8);

    StoredBlob first = store.put(new ByteArrayInputStream(content), 1_000);
    StoredBlob second = store.put(new ByteArrayInputStream(content), 1_000);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.key()).isEqualTo(first.key());
    assertThat(second.size()).isEqualTo(content.length);
    assertThat(readAll(first.key())).isEqualTo(content);
  }

  @Test
  void put_emptyStream_storesEmptyBlob() throws IOException {
    StoredBlob stored = store.put(InputStream.nullInputStream(), 0);

    assertThat(stored.key().sha256()).isEqualTo(EMPTY_SHA256);
    assertThat(stored.size()).isZero();
    assertThat(store.exists(stored.key())).isTrue();
    assertThat(store.size(stored.key())).isZero();
    assertThat(readAll(stored.key())).isEmpty();
  }

  @Test
  void size_returnsStoredSize() throws IOException {
    byte[] content = randomBytes(12_345, 3);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), Long.MAX_VALUE);

    assertThat(store.size(stored.key())).isEqualTo(12_345);
  }

  @Test
  void put_acceptsStreamOfExactlyLimit() throws IOException {
    byte[] content = randomBytes(10_000, 4);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), 10_000);

    assertThat(stored.size()).isEqualTo(10_000);
    assertThat(readAll(stored.key())).isEqualTo(content);
  }

  @Test
  void put_refusesStreamOneByteOverLimit() throws IOException {
    byte[] content = randomBytes(10_001, 5);

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content), 10_000))
        .isInstanceOf(BlobTooLargeException.class)
        .hasMessageContaining("10000")
        .satisfies(e -> assertThat(((BlobTooLargeException) e).maxBytes()).isEqualTo(10_000));
  }

  @Test
  void put_refusesStreamLongerThanLimit_evenWhenAvailableClaimsLess() {
    byte[] content = randomBytes(50_000, 6);
    InputStream understated = new ByteArrayInputStream(content) {
      @Override
      public synchronized int available() {
        return Math.min(1, super.available());
      }
    };

    assertThatThrownBy(() -> store.put(understated, 100))
        .isInstanceOf(BlobTooLargeException.class);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void put_refusesEndlessStream_afterReadingLittleMoreThanLimit() {
    EndlessStream endless = new EndlessStream();

    assertThatThrownBy(() -> store.put(endless, 1_000_000))
        .isInstanceOf(BlobTooLargeException.class);

    assertThat(endless.bytesRead).isBetween(1_000_001L, 1_000_000L + 1024 * 1024);
  }

  @Test
  void put_refused_leavesNothingBehind() throws IOException {
    byte[] content = randomBytes(2_000, 7);
    byte[] allowedPart = Arrays.copyOf(content, 1_000);

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content), 1_000))
        .isInstanceOf(BlobTooLargeException.class);

    assertThat(store.exists(sha256(content))).isFalse();
    assertThat(store.exists(sha256(allowedPart))).isFalse();
    assertThat(store.exists(sha256(Arrays.copyOf(content, 1_001)))).isFalse();
  }

  @Test
  void put_refused_thenAcceptedWithLargerLimit() throws IOException {
    byte[] content = randomBytes(2_000, 8);

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content), 1_999))
        .isInstanceOf(BlobTooLargeException.class);
    StoredBlob stored = store.put(new ByteArrayInputStream(content), 2_000);

    assertThat(stored.created()).isTrue();
    assertThat(readAll(stored.key())).isEqualTo(content);
  }

  @Test
  void put_streamFailingMidway_leavesNoBlob() throws IOException {
    byte[] content = randomBytes(40_000, 9);
    InputStream failing = new FailingStream(content, 20_000);

    assertThatThrownBy(() -> store.put(failing, 1_000_000))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unplugged");

    assertThat(store.exists(sha256(content))).isFalse();
    assertThat(store.exists(sha256(Arrays.copyOf(content, 20_000)))).isFalse();
  }

  @Test
  void put_leavesStreamOpen() throws IOException {
    CloseTrackingStream content = new CloseTrackingStream("abc".getBytes(UTF_8));

    store.put(content, 10);

    assertThat(content.closed).isFalse();
  }

  @Test
  void put_negativeLimit_isRefused() {
    assertThatThrownBy(() -> store.put(InputStream.nullInputStream(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void delete_removesBlob() throws IOException {
    StoredBlob stored = store.put(new ByteArrayInputStream(randomBytes(3_000, 10)), 3_000);

    boolean removed = store.delete(stored.key());

    assertThat(removed).isTrue();
    assertThat(store.exists(stored.key())).isFalse();
    assertThatThrownBy(() -> store.open(stored.key())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void delete_missingBlob_returnsFalse() throws IOException {
    assertThat(store.delete(sha256(randomBytes(10, 11)))).isFalse();
  }

  @Test
  void put_afterDelete_createsAgain() throws IOException {
    byte[] content = randomBytes(1_000, 12);
    StoredBlob first = store.put(new ByteArrayInputStream(content), 1_000);
    store.delete(first.key());

    StoredBlob again = store.put(new ByteArrayInputStream(content), 1_000);

    assertThat(again.created()).isTrue();
    assertThat(readAll(again.key())).isEqualTo(content);
  }

  @Test
  void delete_leavesOtherBlobs() throws IOException {
    StoredBlob kept = store.put(new ByteArrayInputStream(randomBytes(500, 13)), 500);
    StoredBlob removed = store.put(new ByteArrayInputStream(randomBytes(500, 14)), 500);

    store.delete(removed.key());

    assertThat(store.exists(kept.key())).isTrue();
    assertThat(readAll(kept.key())).isEqualTo(randomBytes(500, 13));
  }

  @Test
  void open_missingKey_throwsNotFoundNamingKey() {
    BlobKey missing = sha256(randomBytes(10, 15));

    assertThatThrownBy(() -> store.open(missing))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(missing.sha256());
  }

  @Test
  void size_missingKey_throwsNotFoundNamingKey() {
    BlobKey missing = sha256(randomBytes(10, 16));

    assertThatThrownBy(() -> store.size(missing))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(missing.sha256());
  }

  @Test
  void exists_missingKey_isFalse() throws IOException {
    assertThat(store.exists(sha256(randomBytes(10, 17)))).isFalse();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void put_fromSeveralThreads_endsConsistent() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier roundStart = new CyclicBarrier(THREADS);
    List<Future<List<StoredBlob>>> results = new ArrayList<>();

    try {
      for (int thread = 0; thread < THREADS; thread++) {
        results.add(pool.submit(putsRacing(roundStart, thread)));
      }
      assertConsistent(collect(results));
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Property(tries = 200)
  void put_succeedsIffLengthWithinLimit_andReadsBackSameBytes(
      @ForAll @Size(max = 2_000) byte[] content,
      @ForAll @LongRange(min = 0, max = 2_500) long maxBytes) throws Exception {
    BlobStore target = propertyStore();
    BlobKey key = sha256(content);

    if (content.length <= maxBytes) {
      StoredBlob stored = target.put(new ByteArrayInputStream(content), maxBytes);
      assertThat(stored.key()).isEqualTo(key);
      assertThat(stored.size()).isEqualTo(content.length);
      assertThat(readAll(target, key)).isEqualTo(content);
      assertThat(target.delete(key)).isTrue();
    } else {
      assertThatThrownBy(() -> target.put(new ByteArrayInputStream(content), maxBytes))
          .isInstanceOf(BlobTooLargeException.class);
      assertThat(target.exists(key)).isFalse();
    }
  }

  private BlobStore propertyStore() throws Exception {
    if (propertyStore == null) {
      propertyStore = newStore();
    }
    return propertyStore;
  }

  /** Each round, every thread stores the round's shared bytes and bytes of its own. */
  private Callable<List<StoredBlob>> putsRacing(CyclicBarrier roundStart, int thread) {
    return () -> {
      List<StoredBlob> stored = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        roundStart.await(30, TimeUnit.SECONDS);
        byte[] shared = sharedBytes(round);
        stored.add(store.put(new ByteArrayInputStream(shared), shared.length));
        byte[] own = ownBytes(thread, round);
        stored.add(store.put(new ByteArrayInputStream(own), own.length));
      }
      return stored;
    };
  }

  private void assertConsistent(List<StoredBlob> stored) throws IOException {
    Map<BlobKey, List<StoredBlob>> byKey =
        stored.stream().collect(Collectors.groupingBy(StoredBlob::key));

    for (int round = 0; round < ROUNDS; round++) {
      byte[] shared = sharedBytes(round);
      assertThat(byKey.get(sha256(shared))).hasSize(THREADS)
          .filteredOn(StoredBlob::created).as("puts that created round %d's blob", round)
          .hasSize(1);
      assertThat(readAll(sha256(shared))).isEqualTo(shared);
      for (int thread = 0; thread < THREADS; thread++) {
        byte[] own = ownBytes(thread, round);
        assertThat(byKey.get(sha256(own))).singleElement().matches(StoredBlob::created);
        assertThat(readAll(sha256(own))).isEqualTo(own);
      }
    }
    assertThat(byKey).hasSize(ROUNDS * (THREADS + 1));
  }

  private static byte[] sharedBytes(int round) {
    return randomBytes(16 * 1024, 5_000 + round);
  }

  private static byte[] ownBytes(int thread, int round) {
    return randomBytes(4 * 1024 + round, 10_000 + thread * 100 + round);
  }

  private static List<StoredBlob> collect(List<Future<List<StoredBlob>>> results)
      throws Exception {
    List<StoredBlob> all = new ArrayList<>();
    for (Future<List<StoredBlob>> result : results) {
      all.addAll(result.get(60, TimeUnit.SECONDS));
    }
    return all;
  }

  private byte[] readAll(BlobKey key) throws IOException {
    return readAll(store, key);
  }

  private static byte[] readAll(BlobStore from, BlobKey key) throws IOException {
    try (InputStream in = from.open(key)) {
      return in.readAllBytes();
    }
  }

  /**
   * Returns the same bytes for the same length and seed.
   *
   * @param length how many bytes
   * @param seed the pseudo-random seed
   * @return the bytes
   */
  protected static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /**
   * Returns the key that a store must give to the bytes.
   *
   * @param content the bytes
   * @return their SHA-256 as a key
   */
  protected static BlobKey sha256(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return new BlobKey(HexFormat.of().formatHex(digest));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Yields zero bytes forever and counts how many were read. */
  private static final class EndlessStream extends InputStream {

    long bytesRead;

    @Override
    public int read() {
      bytesRead++;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) 0);
      bytesRead += length;
      return length;
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /** Yields some bytes, then fails as a dropped connection would. */
  private static final class FailingStream extends InputStream {

    private final ByteArrayInputStream before;

    FailingStream(byte[] content, int failAt) {
      this.before = new ByteArrayInputStream(content, 0, failAt);
    }

    @Override
    public int read() throws IOException {
      int b = before.read();
      if (b == -1) {
        throw new IOException("connection unplugged");
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = before.read(buffer, offset, length);
      if (n == -1) {
        throw new IOException("connection unplugged");
      }
      return n;
    }
  }

  /** Remembers whether it was closed. */
  private static final class CloseTrackingStream extends ByteArrayInputStream {

    boolean closed;

    CloseTrackingStream(byte[] content) {
      super(content);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
