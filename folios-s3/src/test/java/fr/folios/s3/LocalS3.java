package fr.folios.s3;

import java.net.URI;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * An S3-compatible server (S3Proxy on an in-memory store) that runs inside the test JVM on
 * 127.0.0.1, started on first use and shared by every test; and an administrator's client to
 * make buckets and look at what a store left in them.
 */
final class LocalS3 {

  static final String ACCESS_KEY = "folios-test";

  static final String SECRET_KEY = "folios-test-secret";

  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private static LocalS3 running;

  private final URI endpoint;

  private final S3Client admin;

  private LocalS3(URI endpoint) {
    this.endpoint = endpoint;
    this.admin = S3Client.builder()
        .httpClient(Apache5HttpClient.create())
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .build();
  }

  /** {@return the shared server, started if it was not} */
  static synchronized LocalS3 get() throws Exception {
    if (running == null) {
      running = new LocalS3(start());
    }
    return running;
  }

  private static URI start() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("jclouds.identity", ACCESS_KEY);
    properties.setProperty("jclouds.credential", SECRET_KEY);
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(BlobStores.create("transient", properties))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(10);
    }
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** {@return the server's address} */
  URI endpoint() {
    return endpoint;
  }

  /** {@return the name of a new, empty bucket} */
  String newBucket() {
    String bucket = "folios-" + BUCKETS.incrementAndGet();
    admin.createBucket(request -> request.bucket(bucket));
    return bucket;
  }

  /** {@return a builder for a store on the bucket, with the server's credentials} */
  S3BlobStore.Builder store(String bucket) {
    return S3BlobStore.builder()
        .endpoint(endpoint)
        .bucket(bucket)
        .credentials(ACCESS_KEY, SECRET_KEY)
        .pathStyleAccess(true);
  }

  /** {@return the keys of every object in the bucket} */
  List<String> objectKeys(String bucket) {
    return admin.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
        .map(S3Object::key).toList();
  }

  /** {@return the keys of the multipart uploads begun in the bucket and not yet ended} */
  List<String> uploadsInProgress(String bucket) {
    return admin.listMultipartUploads(request -> request.bucket(bucket)).uploads().stream()
        .map(MultipartUpload::key).toList();
  }
}
