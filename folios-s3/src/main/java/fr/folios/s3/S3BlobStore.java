package fr.folios.s3;

import fr.folios.core.NotFoundException;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.StoredBlob;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A {@link BlobStore} on an S3-compatible object store: Amazon S3, MinIO, Ceph, Garage, OVH,
 * Scaleway and others that speak the S3 API.
 *
 * <p>A blob whose key is {@code abcd1234...} is the object {@code <prefix>blobs/abcd1234...} of
 * the bucket. {@link #put} reads the stream one part at a time into a single buffer of at most
 * {@linkplain Builder#partSize(int) the part size}, counting the bytes and computing the SHA-256
 * as it goes, and uploads them under a temporary key {@code <prefix>tmp/<random>}: in one request
 * if the stream fits in one part, as a multipart upload otherwise. A stream that goes past the
 * limit, or fails, aborts the multipart upload, so no object and no part is left behind. Once the
 * digest is known, the temporary object is copied to the blob's key unless that key holds the
 * bytes already (identical bytes are stored once), then deleted. Readers never see a partial
 * blob: S3 makes an object visible only whole.
 *
 * <p>A process that dies in the middle of a put can leave a temporary object or an unfinished
 * multipart upload; neither is ever read. Give the bucket a lifecycle rule that expires objects
 * under {@code <prefix>tmp/} and aborts incomplete multipart uploads after a day.
 *
 * <p>Lookups ({@link #exists}, {@link #size}, {@link #delete}) ask for an object's headers,
 * and S3 answers those for a missing bucket as for a missing object: call {@link #checkBucket()}
 * when the host starts, so that a wrong bucket name is not mistaken for an empty store.
 *
 * <p>The client sends checksums only where the S3 API requires them, which every S3-compatible
 * store accepts; over HTTPS, TLS protects the bytes in transit.
 *
 * <p>Instances are safe for concurrent use by any number of threads, and several instances on
 * the same bucket and prefix within one JVM agree on which {@link #put} created a blob. Across
 * processes, two puts of the same new bytes at the same moment may both report {@code created};
 * the blob is still stored once and whole. Close the store to release its HTTP connections.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

  /** The smallest part that S3 accepts in a multipart upload, except for the last part. */
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

  /** The part size used unless the builder is told otherwise. */
  public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;

  /** The largest number of parts in one multipart upload or copy. */
  static final int MAX_PARTS = 10_000;

  /** The largest object that one copy request may copy; larger ones are copied in parts. */
  static final long MAX_SINGLE_COPY = 5L * 1024 * 1024 * 1024;

  /** The folder, under the prefix, that holds the blobs. */
  static final String BLOBS = "blobs/";

  /** The folder, under the prefix, that holds unfinished writes. */
  static final String TEMP = "tmp/";

  private static final Logger LOG = LoggerFactory.getLogger(S3BlobStore.class);

  /**
   * Locks shared by every instance in the JVM, chosen by blob key, so that two instances on one
   * bucket still decide atomically whether a blob already exists.
   */
  private static final ReentrantLock[] LOCKS = newLocks(64);

  private final S3Client client;

  private final String bucket;

  private final String prefix;

  private final int partSize;

  private final long singleCopyLimit;

  private final String store;

  private final StoreFailure failure;

  private S3BlobStore(Builder builder, S3Client client) {
    this.client = client;
    this.bucket = Objects.requireNonNull(builder.bucket);
    this.prefix = builder.keyPrefix;
    this.partSize = builder.partSize;
    this.singleCopyLimit = builder.singleCopyLimit;
    this.store = builder.endpoint == null
        ? "Amazon S3 (" + builder.region + ")" : builder.endpoint.toString();
    this.failure = new StoreFailure(store, bucket);
  }

  /**
   * Starts describing a store.
   *
   * @return a builder with no bucket and no credentials yet
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bucket that holds this store's objects.
   *
   * @return the bucket's name
   */
  public String bucket() {
    return bucket;
  }

  /**
   * Returns the prefix of every object key this store writes.
   *
   * @return the prefix, empty or ending with {@code /}
   */
  public String keyPrefix() {
    return prefix;
  }

  /**
   * Returns the object key under which a blob is stored.
   *
   * @param key the blob's key
   * @return {@code <prefix>blobs/<sha256>}
   */
  public String objectKey(BlobKey key) {
    return prefix + BLOBS + Objects.requireNonNull(key, "key").sha256();
  }

  /**
   * Checks that the bucket exists and that the credentials may use it, so that a host can
   * refuse to start on a wrong configuration rather than fail at the first upload.
   *
   * @throws IOException naming the bucket and the way out if the bucket is missing, access is
   *     denied or the store cannot be reached
   */
  public void checkBucket() throws IOException {
    checkBucket("use", "");
  }

  /** Checks the bucket, explaining a refusal as one of the action the caller attempted. */
  private void checkBucket(String action, String key) throws IOException {
    try {
      client.headBucket(request -> request.bucket(bucket));
    } catch (NoSuchBucketException e) {
      throw failure.bucketMissing(e);
    } catch (S3Exception e) {
      throw e.statusCode() == 404 ? failure.bucketMissing(e) : failure.explain(action, key, e);
    } catch (SdkException e) {
      throw failure.explain(action, key, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code maxBytes} is negative
   * @throws IOException if reading the stream fails, or if the object store refuses or cannot be
   *     reached (the message names the bucket and the key); nothing is stored
   */
  @Override
  public StoredBlob put(InputStream content, long maxBytes) throws IOException {
    Objects.requireNonNull(content, "content");
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes is " + maxBytes + "; it must be at least 0");
    }
    String temporary = prefix + TEMP + UUID.randomUUID();

    Upload upload = diagnosed(new PartReader(content, maxBytes, partSize), temporary);

    try {
      boolean created = publish(temporary, upload);
      return new StoredBlob(upload.key(), upload.size(), created);
    } finally {
      discard(temporary);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stream reads the object from the store as the caller reads it; it holds an HTTP
   * connection until it is closed.
   *
   * @throws NotFoundException naming the key and the bucket if no blob has that key
   */
  @Override
  public InputStream open(BlobKey key) throws IOException {
    String objectKey = objectKey(key);
    try {
      return client.getObject(request -> request.bucket(bucket).key(objectKey));
    } catch (NoSuchKeyException e) {
      throw notFound(key, e);
    } catch (SdkException e) {
      throw failure.explain("read", objectKey, e);
    }
  }

  @Override
  public boolean exists(BlobKey key) throws IOException {
    return storedSize(objectKey(key)).isPresent();
  }

  /**
   * {@inheritDoc}
   *
   * @throws NotFoundException naming the key and the bucket if no blob has that key
   */
  @Override
  public long size(BlobKey key) throws IOException {
    OptionalLong size = storedSize(objectKey(key));
    if (size.isEmpty()) {
      throw notFound(key, null);
    }
    return size.getAsLong();
  }

  @Override
  public boolean delete(BlobKey key) throws IOException {
    String objectKey = objectKey(key);
    ReentrantLock lock = lockFor(key);
    lock.lock();
    try {
      if (storedSize(objectKey).isEmpty()) {
        return false;
      }
      deleteObject(objectKey);
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Lists the objects under the blobs' folder, a page at a time; the time a blob was last
   * stored is its object's last-modified time.
   */
  @Override
  public void forEachStoredBefore(Instant cutoff, Consumer<BlobKey> sink) throws IOException {
    Objects.requireNonNull(cutoff, "cutoff");
    String folder = prefix + BLOBS;
    try {
      for (S3Object object : client.listObjectsV2Paginator(request -> request.bucket(bucket)
          .prefix(folder)).contents()) {
        String name = object.key().substring(folder.length());
        if (name.matches("[0-9a-f]{64}") && object.lastModified().isBefore(cutoff)) {
          sink.accept(new BlobKey(name));
        }
      }
    } catch (NoSuchBucketException e) {
      throw failure.bucketMissing(e);
    } catch (SdkException e) {
      throw failure.explain("list", folder, e);
    }
  }

  /** Closes the S3 client and its HTTP connections; streams still open may then fail. */
  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "S3BlobStore[" + store + ", bucket " + bucket + ", prefix '" + prefix + "']";
  }

  /**
   * Uploads the stream; if the store failed without saying why (some close the connection on a
   * missing bucket or a refused key before reading the body), asks the bucket what is wrong.
   */
  private Upload diagnosed(PartReader reader, String temporary) throws IOException {
    try {
      return upload(reader, temporary);
    } catch (IOException e) {
      IOException explained = e.getCause() instanceof SdkClientException
          ? bucketProblem("write", temporary) : null;
      if (explained == null) {
        throw e;
      }
      explained.addSuppressed(e);
      throw explained;
    }
  }

  /** {@return what is wrong with the bucket for an action on a key, or null if nothing is} */
  private @Nullable IOException bucketProblem(String action, String key) {
    try {
      checkBucket(action, key);
      return null;
    } catch (IOException e) {
      return e;
    }
  }

  /** Uploads the stream under the temporary key: in one request if it fits in one part. */
  private Upload upload(PartReader reader, String temporary) throws IOException {
    reader.fill();
    if (reader.ended()) {
      send("write", temporary, () -> client.putObject(
          request -> request.bucket(bucket).key(temporary), body(reader)));
    } else {
      uploadInParts(reader, temporary);
    }
    return new Upload(reader.key(), reader.total());
  }

  private void uploadInParts(PartReader reader, String temporary) throws IOException {
    String uploadId = send("start the upload of", temporary, () -> client.createMultipartUpload(
        request -> request.bucket(bucket).key(temporary)).uploadId());
    try {
      List<CompletedPart> parts = uploadParts(reader, temporary, uploadId);
      send("complete the upload of", temporary, () -> client.completeMultipartUpload(
          request -> request.bucket(bucket).key(temporary).uploadId(uploadId)
              .multipartUpload(upload -> upload.parts(parts))));
    } catch (IOException | RuntimeException | Error e) {
      abort(temporary, uploadId, e);
      throw e;
    }
  }

  /** Sends the part in the reader, then each following part, until the stream ends. */
  private List<CompletedPart> uploadParts(PartReader reader, String temporary, String uploadId)
      throws IOException {
    List<CompletedPart> parts = new ArrayList<>();
    while (reader.length() > 0) {
      int number = parts.size() + 1;
      if (number > MAX_PARTS) {
        throw tooManyParts(temporary, reader.total());
      }
      String etag = send("write part " + number + " of", temporary, () -> client.uploadPart(
          request -> request.bucket(bucket).key(temporary).uploadId(uploadId)
              .partNumber(number), body(reader)).eTag());
      parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
      reader.fill();
    }
    return parts;
  }

  /** Aborts a multipart upload after a failure, so that no part is kept; never throws. */
  private void abort(String temporary, String uploadId, Throwable reason) {
    try {
      client.abortMultipartUpload(
          request -> request.bucket(bucket).key(temporary).uploadId(uploadId));
    } catch (SdkException e) {
      reason.addSuppressed(failure.explain("abort the upload of", temporary, e));
      LOG.warn("could not abort the multipart upload {} of '{}' in bucket '{}'; its parts stay"
          + " until a lifecycle rule aborts incomplete uploads: add one, or abort it by hand",
          uploadId, temporary, bucket, e);
    }
  }

  /**
   * Copies the upload to the blob's key and tells whether a blob was there before. A blob
   * already there is copied over with the same bytes: that refreshes the time it was last
   * stored, so that collecting orphans never takes it while an upload is about to use it.
   */
  private boolean publish(String temporary, Upload upload) throws IOException {
    String target = objectKey(upload.key());
    ReentrantLock lock = lockFor(upload.key());
    lock.lock();
    try {
      boolean existed = storedSize(target).isPresent();
      copy(temporary, target, upload.size());
      return !existed;
    } finally {
      lock.unlock();
    }
  }

  private void copy(String source, String target, long size) throws IOException {
    if (size <= singleCopyLimit) {
      send("copy '" + source + "' to", target, () -> client.copyObject(request -> request
          .sourceBucket(bucket).sourceKey(source).destinationBucket(bucket)
          .destinationKey(target)));
    } else {
      copyInParts(source, target, size);
    }
  }

  /** Copies an object too large for one copy request, a range per part. */
  private void copyInParts(String source, String target, long size) throws IOException {
    long rangeSize = Math.max(singleCopyLimit, ceilDiv(size, MAX_PARTS));
    String uploadId = send("start the copy to", target, () -> client.createMultipartUpload(
        request -> request.bucket(bucket).key(target)).uploadId());
    try {
      List<CompletedPart> parts = copyParts(source, target, uploadId, size, rangeSize);
      send("complete the copy to", target, () -> client.completeMultipartUpload(
          request -> request.bucket(bucket).key(target).uploadId(uploadId)
              .multipartUpload(upload -> upload.parts(parts))));
    } catch (IOException | RuntimeException | Error e) {
      abort(target, uploadId, e);
      throw e;
    }
  }

  private List<CompletedPart> copyParts(String source, String target, String uploadId,
      long size, long rangeSize) throws IOException {
    List<CompletedPart> parts = new ArrayList<>();
    for (long first = 0; first < size; first += rangeSize) {
      int number = parts.size() + 1;
      String range = "bytes=" + first + "-" + (Math.min(first + rangeSize, size) - 1);
      String etag = send("copy part " + number + " to", target, () -> client.uploadPartCopy(
          request -> request.sourceBucket(bucket).sourceKey(source).destinationBucket(bucket)
              .destinationKey(target).uploadId(uploadId).partNumber(number)
              .copySourceRange(range)).copyPartResult().eTag());
      parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
    }
    return parts;
  }

  /** Returns the size of an object, or nothing if the key holds none. */
  private OptionalLong storedSize(String objectKey) throws IOException {
    try {
      Long length = client.headObject(request -> request.bucket(bucket).key(objectKey))
          .contentLength();
      return OptionalLong.of(length == null ? 0 : length);
    } catch (NoSuchKeyException e) {
      return OptionalLong.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
        return OptionalLong.empty();
      }
      throw failure.explain("look up", objectKey, e);
    } catch (SdkException e) {
      throw failure.explain("look up", objectKey, e);
    }
  }

  private void deleteObject(String objectKey) throws IOException {
    send("delete", objectKey, () -> client.deleteObject(
        request -> request.bucket(bucket).key(objectKey)));
  }

  /** Deletes a temporary object; a failure is logged, never thrown. */
  private void discard(String temporary) {
    try {
      deleteObject(temporary);
    } catch (IOException e) {
      LOG.warn("could not remove the temporary object '{}' of bucket '{}'; it is never read:"
          + " let a lifecycle rule on '{}{}' expire it, or remove it by hand", temporary, bucket,
          prefix, TEMP, e);
    }
  }

  /** Calls the store, turning the SDK's failure into an exception that says what to do. */
  private <T> T send(String action, String objectKey, Supplier<T> call) throws IOException {
    try {
      return call.get();
    } catch (SdkException e) {
      throw failure.explain(action, objectKey, e);
    }
  }

  /** The part in the reader, readable again if the SDK signs it or retries the request. */
  private static RequestBody body(PartReader reader) {
    return RequestBody.fromContentProvider(reader::part, reader.length(),
        "application/octet-stream");
  }

  private NotFoundException notFound(BlobKey key, @Nullable Throwable cause) {
    return new NotFoundException("blob '" + key + "' is not stored in bucket '" + bucket
        + "' at " + store + " (object '" + objectKey(key) + "'): check the key, or store the"
        + " content first", cause);
  }

  private IOException tooManyParts(String temporary, long read) {
    return new IOException("the content written to '" + temporary + "' in bucket '" + bucket
        + "' needs more than " + MAX_PARTS + " parts of " + partSize + " bytes (" + read
        + " bytes read so far): give the store a larger part size");
  }

  private static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
  }

  private static long ceilDiv(long dividend, long divisor) {
    return (dividend + divisor - 1) / divisor;
  }

  private static ReentrantLock lockFor(BlobKey key) {
    return LOCKS[Math.floorMod(key.hashCode(), LOCKS.length)];
  }

  private static ReentrantLock[] newLocks(int count) {
    ReentrantLock[] locks = new ReentrantLock[count];
    for (int i = 0; i < count; i++) {
      locks[i] = new ReentrantLock();
    }
    return locks;
  }

  /** What an upload wrote under its temporary key. */
  private record Upload(BlobKey key, long size) {}

  /**
   * Describes an {@link S3BlobStore}: where the object store is, which bucket, with which
   * credentials. Only the bucket and the credentials are required.
   *
   * <p>A builder is not safe for concurrent use; the store it builds is.
   */
  public static final class Builder {

    private @Nullable URI endpoint;

    private String region = "us-east-1";

    private @Nullable String bucket;

    private @Nullable AwsCredentialsProvider credentials;

    private String keyPrefix = "";

    private boolean pathStyleAccess;

    private int partSize = DEFAULT_PART_SIZE;

    private long singleCopyLimit = MAX_SINGLE_COPY;

    private ClientOverrideConfiguration overrides = ClientOverrideConfiguration.builder().build();

    private Builder() {}

    /**
     * Sets the address of an S3-compatible store, such as {@code https://s3.gra.io.cloud.ovh.net},
     * {@code https://s3.fr-par.scw.cloud} or {@code http://127.0.0.1:9000} for a local MinIO.
     * Without it, the store is Amazon S3 in the {@linkplain #region(String) region}.
     *
     * @param endpoint the store's base URI, with its scheme and, if not the default, its port
     * @return this builder
     * @throws IllegalArgumentException if the URI is not absolute http or https
     */
    public Builder endpoint(URI endpoint) {
      Objects.requireNonNull(endpoint, "endpoint");
      String scheme = endpoint.getScheme();
      if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
        throw new IllegalArgumentException("endpoint '" + endpoint + "' is not an http or https"
            + " URI: give the store's address, such as https://s3.fr-par.scw.cloud");
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets the region that requests are signed for: the bucket's region on Amazon S3 and on most
     * providers ({@code gra}, {@code fr-par}...); MinIO and Ceph accept {@code us-east-1}, Garage
     * expects the name it is configured with ({@code garage} by default).
     *
     * @param region the region's name; {@code us-east-1} if never called
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder region(String region) {
      this.region = requireText(region, "region");
      return this;
    }

    /**
     * Sets the bucket that holds the blobs. The store never creates it: create it beforehand,
     * with a lifecycle rule for unfinished writes (see {@link S3BlobStore}).
     *
     * @param bucket the bucket's name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder bucket(String bucket) {
      this.bucket = requireText(bucket, "bucket");
      return this;
    }

    /**
     * Sets a fixed access key and secret key.
     *
     * @param accessKeyId the access key's identifier
     * @param secretAccessKey its secret
     * @return this builder
     * @throws IllegalArgumentException if either is blank
     */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      AwsBasicCredentials basic = AwsBasicCredentials.create(
          requireText(accessKeyId, "accessKeyId"), requireText(secretAccessKey, "secretAccessKey"));
      this.credentials = StaticCredentialsProvider.create(basic);
      return this;
    }

    /**
     * Sets where credentials come from, for instance the SDK's
     * {@code DefaultCredentialsProvider} (environment, profile files, instance roles) or a
     * provider that renews temporary credentials.
     *
     * @param provider the source of credentials
     * @return this builder
     */
    public Builder credentials(AwsCredentialsProvider provider) {
      this.credentials = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sets a prefix for every object key, so that several stores (one per establishment, or per
     * environment) can share a bucket. A {@code /} is added if the prefix does not end with one.
     *
     * @param keyPrefix the prefix, such as {@code folios/0130001A}; empty if never called
     * @return this builder
     * @throws IllegalArgumentException if the prefix starts with {@code /}, holds {@code //} or
     *     a control character, or is longer than 512 characters
     */
    public Builder keyPrefix(String keyPrefix) {
      Objects.requireNonNull(keyPrefix, "keyPrefix");
      if (keyPrefix.startsWith("/") || keyPrefix.contains("//") || keyPrefix.length() > 512
          || keyPrefix.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("key prefix '" + keyPrefix + "' is not usable: it"
            + " must not start with '/', hold '//' or control characters, nor pass 512"
            + " characters; use something like 'folios/0130001A'");
      }
      this.keyPrefix = keyPrefix.isEmpty() || keyPrefix.endsWith("/")
          ? keyPrefix : keyPrefix + "/";
      return this;
    }

    /**
     * Chooses path-style addresses ({@code https://host/bucket/key}) instead of virtual-hosted
     * ones ({@code https://bucket.host/key}). Most self-hosted stores (MinIO, Ceph, Garage)
     * need it unless their DNS resolves bucket subdomains; Amazon S3 and most providers do not.
     *
     * @param pathStyleAccess {@code true} for path-style; {@code false} if never called
     * @return this builder
     */
    public Builder pathStyleAccess(boolean pathStyleAccess) {
      this.pathStyleAccess = pathStyleAccess;
      return this;
    }

    /**
     * Sets the size of the parts of a multipart upload, which is also the most memory that one
     * put holds at a time. A stream no longer than one part is sent in a single request.
     *
     * @param bytes the part size; {@value S3BlobStore#DEFAULT_PART_SIZE} if never called
     * @return this builder
     * @throws IllegalArgumentException if it is below {@value S3BlobStore#MIN_PART_SIZE} bytes
     *     (5 MiB), the smallest part that S3 accepts
     */
    public Builder partSize(int bytes) {
      if (bytes < MIN_PART_SIZE) {
        throw new IllegalArgumentException("part size " + bytes + " bytes is below " + MIN_PART_SIZE
            + " bytes (5 MiB), the smallest part that S3 accepts: give at least 5 MiB");
      }
      this.partSize = bytes;
      return this;
    }

    /**
     * Adjusts the S3 client: timeouts, retries, metrics publishers, execution interceptors.
     *
     * @param overrides the client's override configuration
     * @return this builder
     */
    public Builder overrideConfiguration(ClientOverrideConfiguration overrides) {
      this.overrides = Objects.requireNonNull(overrides, "overrides");
      return this;
    }

    /** Lowers the size above which a blob is copied in parts, so tests can copy small ones. */
    Builder singleCopyLimit(long bytes) {
      this.singleCopyLimit = bytes;
      return this;
    }

    /**
     * Builds the store and its S3 client. Nothing is sent to the store yet; call
     * {@link S3BlobStore#checkBucket()} to check the configuration at once.
     *
     * @return the store; close it to release its connections
     * @throws IllegalStateException if the bucket or the credentials were not given
     */
    public S3BlobStore build() {
      if (bucket == null) {
        throw new IllegalStateException("no bucket: call bucket(name) with the bucket that"
            + " holds the blobs");
      }
      if (credentials == null) {
        throw new IllegalStateException("no credentials for bucket '" + bucket + "': call"
            + " credentials(accessKeyId, secretAccessKey) or credentials(provider)");
      }
      return new S3BlobStore(this, client(credentials));
    }

    private S3Client client(AwsCredentialsProvider provider) {
      S3ClientBuilder client = S3Client.builder()
          .httpClient(Apache5HttpClient.create())
          .region(Region.of(region))
          .credentialsProvider(provider)
          .forcePathStyle(pathStyleAccess)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
          .overrideConfiguration(overrides);
      if (endpoint != null) {
        client.endpointOverride(endpoint);
      }
      return client.build();
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " is blank: give a value");
      }
      return value;
    }
  }
}
