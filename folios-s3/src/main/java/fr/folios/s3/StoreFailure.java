package fr.folios.s3;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns the SDK's failures into {@link IOException}s whose message names the store, the bucket,
 * the object key and what to do.
 */
final class StoreFailure {

  private static final Set<String> DENIED = Set.of("AccessDenied", "InvalidAccessKeyId",
      "SignatureDoesNotMatch", "AllAccessDisabled", "InvalidToken", "ExpiredToken");

  private final String store;

  private final String bucket;

  StoreFailure(String store, String bucket) {
    this.store = store;
    this.bucket = bucket;
  }

  /**
   * Explains a failure.
   *
   * @param action what was being done, as a verb phrase ("write", "read")
   * @param key the object key it was done to
   * @param failure what the SDK threw
   * @return an exception to throw, with the failure as its cause
   */
  IOException explain(String action, String key, SdkException failure) {
    if (failure instanceof AwsServiceException refusal) {
      return new IOException(refused(action, key, refusal), failure);
    }
    if (unreachable(failure)) {
      return new IOException("could not reach the object store at " + store + " to " + action
          + " " + target(key) + " (" + failure.getMessage() + "): check the endpoint URI, the"
          + " network, and that the store is running", failure);
    }
    return new IOException("could not " + action + " " + target(key) + " at " + store + " ("
        + failure.getMessage() + "): retry later", failure);
  }

  /**
   * Explains that the bucket is missing.
   *
   * @param cause what the SDK threw
   * @return an exception to throw
   */
  IOException bucketMissing(SdkException cause) {
    return new IOException("bucket '" + bucket + "' does not exist at " + store
        + ": create it, or correct the bucket name given to S3BlobStore", cause);
  }

  private String refused(String action, String key, AwsServiceException refusal) {
    String code = errorCode(refusal);
    if ("NoSuchBucket".equals(code)) {
      return bucketMissing(refusal).getMessage();
    }
    String detail = refusal.statusCode() + " " + code + ": " + errorMessage(refusal);
    if (refusal.statusCode() == 403 || DENIED.contains(code)) {
      return "the object store at " + store + " refused to " + action + " " + target(key) + " ("
          + detail + "): check the access key, the secret key, and that the key may read,"
          + " write and delete objects in the bucket";
    }
    return "the object store at " + store + " could not " + action + " " + target(key) + " ("
        + detail + ", request " + refusal.requestId() + "): retry later, or look the request"
        + " up in the store's logs";
  }

  /** {@return "'key' in bucket 'b'", or "bucket 'b'" when no key is concerned} */
  private String target(String key) {
    return key.isEmpty() ? "bucket '" + bucket + "'" : "'" + key + "' in bucket '" + bucket + "'";
  }

  private static String errorCode(AwsServiceException refusal) {
    AwsErrorDetails details = refusal.awsErrorDetails();
    String code = details == null ? null : details.errorCode();
    return code == null ? "Unknown" : code;
  }

  private static String errorMessage(AwsServiceException refusal) {
    AwsErrorDetails details = refusal.awsErrorDetails();
    String message = details == null ? null : details.errorMessage();
    return message == null ? refusal.getMessage() : message;
  }

  private static boolean unreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException
          || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }
}
