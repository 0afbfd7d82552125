package fr.folios.s3;

import static fr.folios.s3.S3BlobStore.MIN_PART_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.spi.BlobStore;
import fr.folios.core.spi.BlobStoreContract;
import fr.folios.core.spi.BlobTooLargeException;
import fr.folios.core.spi.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

class S3BlobStoreTest extends BlobStoreContract {

  private static final int PART = MIN_PART_SIZE;

  private final Operations operations = new Operations();

  @Override
  protected BlobStore newStore() throws Exception {
    return LocalS3.get().store(LocalS3.get().newBucket()).partSize(PART).build();
  }

  @Test
  void put_bodyAbovePartSize_isSentInParts_andReadsBack() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = recordedStore(bucket);
    byte[] content = randomBytes(PART + 1024 * 1024, 21);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), content.length);

    assertThat(operations.names()).contains("CreateMultipartUpload", "CompleteMultipartUpload")
        .filteredOn("UploadPart"::equals).hasSize(2);
    assertThat(stored.key()).isEqualTo(sha256(content));
    assertThat(stored.size()).isEqualTo(content.length);
    assertThat(readAll(store, stored)).isEqualTo(content);
    assertThat(LocalS3.get().objectKeys(bucket)).containsExactly(store.objectKey(stored.key()));
    assertThat(LocalS3.get().uploadsInProgress(bucket)).isEmpty();
  }

  @Test
  void put_bodyOfOnePart_isSentInOneRequest() throws Exception {
    S3BlobStore store = recordedStore(LocalS3.get().newBucket());
    byte[] content = randomBytes(PART, 22);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), PART);

    assertThat(operations.names()).contains("PutObject").doesNotContain("CreateMultipartUpload");
    assertThat(readAll(store, stored)).isEqualTo(content);
  }

  @Test
  void put_refusedAfterFirstPart_abortsUpload_andLeavesNothing() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = recordedStore(bucket);
    byte[] content = randomBytes(2 * PART + 10, 23);

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content), PART + 100))
        .isInstanceOf(BlobTooLargeException.class);

    assertThat(operations.names()).contains("UploadPart", "AbortMultipartUpload")
        .doesNotContain("CompleteMultipartUpload");
    assertThat(LocalS3.get().objectKeys(bucket)).isEmpty();
    assertThat(LocalS3.get().uploadsInProgress(bucket)).isEmpty();
  }

  @Test
  void put_streamFailingAfterFirstPart_abortsUpload_andLeavesNothing() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = recordedStore(bucket);

    assertThatThrownBy(() -> store.put(failingAfter(PART + 10), Long.MAX_VALUE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unplugged");

    assertThat(operations.names()).contains("UploadPart", "AbortMultipartUpload");
    assertThat(LocalS3.get().objectKeys(bucket)).isEmpty();
    assertThat(LocalS3.get().uploadsInProgress(bucket)).isEmpty();
  }

  @Test
  void put_sameBytesTwice_keepsOneObject_andCopiesOverItToRefreshItsTime() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = recordedStore(bucket);
    byte[] content = randomBytes(300_000, 24);

    StoredBlob first = store.put(new ByteArrayInputStream(content), content.length);
    StoredBlob second = store.put(new ByteArrayInputStream(content), content.length);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(operations.names()).filteredOn("CopyObject"::equals).hasSize(2);
    assertThat(LocalS3.get().objectKeys(bucket)).containsExactly(store.objectKey(first.key()));
  }

  @Test
  void put_aboveSingleCopyLimit_isCopiedInParts() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = LocalS3.get().store(bucket).partSize(PART)
        .singleCopyLimit(PART).overrideConfiguration(operations.recording()).build();
    byte[] content = randomBytes(PART + 300_000, 25);

    StoredBlob stored = store.put(new ByteArrayInputStream(content), content.length);

    assertThat(operations.names()).filteredOn("UploadPartCopy"::equals).hasSize(2);
    assertThat(readAll(store, stored)).isEqualTo(content);
    assertThat(LocalS3.get().objectKeys(bucket)).containsExactly(store.objectKey(stored.key()));
    assertThat(LocalS3.get().uploadsInProgress(bucket)).isEmpty();
  }

  @Test
  void put_missingBucket_namesBucketAndWayOut() throws Exception {
    S3BlobStore store = LocalS3.get().store("no-such-bucket").build();

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10]), 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bucket 'no-such-bucket' does not exist")
        .hasMessageContaining(LocalS3.get().endpoint().toString())
        .hasMessageContaining("create it");
  }

  @Test
  void open_missingBucket_namesBucketAndWayOut() throws Exception {
    S3BlobStore store = LocalS3.get().store("no-such-bucket").build();

    assertThatThrownBy(() -> store.open(sha256(new byte[10])))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bucket 'no-such-bucket' does not exist")
        .hasMessageContaining("create it");
  }

  @Test
  void checkBucket_missingBucket_namesBucketAndWayOut() throws Exception {
    S3BlobStore store = LocalS3.get().store("no-such-bucket").build();

    assertThatThrownBy(store::checkBucket)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bucket 'no-such-bucket' does not exist")
        .hasMessageContaining("create it");
  }

  @Test
  void checkBucket_existingBucket_passes() throws Exception {
    S3BlobStore store = LocalS3.get().store(LocalS3.get().newBucket()).build();

    store.checkBucket();

    assertThat(store.bucket()).startsWith("folios-");
  }

  @Test
  void checkBucket_wrongSecret_namesTheBucketNotAnEmptyKey() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = LocalS3.get().store(bucket)
        .credentials(LocalS3.ACCESS_KEY, "not-the-secret").build();

    assertThatThrownBy(store::checkBucket)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refused to use bucket '" + bucket + "'")
        .hasMessageNotContaining("''")
        .hasMessageContaining("check the access key, the secret key");
  }

  @Test
  void put_wrongSecret_saysAccessWasRefused() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore store = LocalS3.get().store(bucket)
        .credentials(LocalS3.ACCESS_KEY, "not-the-secret").build();

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10]), 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refused to write")
        .hasMessageContaining("bucket '" + bucket + "'")
        .hasMessageContaining("check the access key, the secret key");
  }

  @Test
  void put_unreachableEndpoint_namesEndpointAndWayOut() throws Exception {
    URI closed = URI.create("http://127.0.0.1:" + closedPort());
    S3BlobStore store = LocalS3.get().store("folios").endpoint(closed).build();

    assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10]), 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not reach the object store at " + closed)
        .hasMessageContaining("bucket 'folios'")
        .hasMessageContaining("check the endpoint URI");
  }

  @Test
  void keyPrefix_separatesStoresSharingABucket() throws Exception {
    String bucket = LocalS3.get().newBucket();
    S3BlobStore first = LocalS3.get().store(bucket).keyPrefix("folios/0130001A").build();
    S3BlobStore second = LocalS3.get().store(bucket).keyPrefix("folios/0130002B/").build();
    byte[] content = randomBytes(1_000, 26);

    StoredBlob stored = first.put(new ByteArrayInputStream(content), 1_000);

    assertThat(first.keyPrefix()).isEqualTo("folios/0130001A/");
    assertThat(second.exists(stored.key())).isFalse();
    assertThat(LocalS3.get().objectKeys(bucket))
        .containsExactly("folios/0130001A/blobs/" + stored.key().sha256());
  }

  @Test
  void build_withoutBucket_isRefused() {
    assertThatThrownBy(() -> S3BlobStore.builder().credentials("a", "b").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bucket(name)");
  }

  @Test
  void build_withoutCredentials_isRefused() {
    assertThatThrownBy(() -> S3BlobStore.builder().bucket("folios").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'folios'")
        .hasMessageContaining("credentials(");
  }

  @Test
  void partSize_belowFiveMebibytes_isRefused() {
    assertThatThrownBy(() -> S3BlobStore.builder().partSize(MIN_PART_SIZE - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(MIN_PART_SIZE - 1))
        .hasMessageContaining("5 MiB");
  }

  @Test
  void keyPrefix_startingWithSlash_isRefused() {
    assertThatThrownBy(() -> S3BlobStore.builder().keyPrefix("/folios"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'/folios'");
  }

  @Test
  void endpoint_notHttp_isRefused() {
    assertThatThrownBy(() -> S3BlobStore.builder().endpoint(URI.create("ftp://127.0.0.1/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://127.0.0.1/");
  }

  @Test
  void toString_namesEndpointBucketAndPrefix() throws Exception {
    S3BlobStore store = LocalS3.get().store("folios").keyPrefix("p").build();

    assertThat(store.toString()).contains(LocalS3.get().endpoint().toString(), "folios", "p/");
  }

  private S3BlobStore recordedStore(String bucket) throws Exception {
    return LocalS3.get().store(bucket).partSize(PART)
        .overrideConfiguration(operations.recording()).build();
  }

  private static byte[] readAll(S3BlobStore store, StoredBlob stored) throws IOException {
    try (InputStream in = store.open(stored.key())) {
      return in.readAllBytes();
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static InputStream failingAfter(int bytes) {
    return new InputStream() {
      private int left = bytes;

      @Override
      public int read() throws IOException {
        if (left-- <= 0) {
          throw new IOException("connection unplugged");
        }
        return 7;
      }
    };
  }

  /** Records the name of each S3 operation a client sends. */
  private static final class Operations implements ExecutionInterceptor {

    private final List<String> names = Collections.synchronizedList(new ArrayList<>());

    ClientOverrideConfiguration recording() {
      return ClientOverrideConfiguration.builder().addExecutionInterceptor(this).build();
    }

    List<String> names() {
      return List.copyOf(names);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
      names.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }
  }
}
