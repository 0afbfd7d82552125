/**
 * A blob store on an S3-compatible object store (Amazon S3, MinIO, Ceph, Garage, OVH,
 * Scaleway...): {@link fr.folios.s3.S3BlobStore}, which implements the core's
 * {@link fr.folios.core.spi.BlobStore} port through the AWS SDK for Java v2.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.s3;

import org.jspecify.annotations.NullMarked;
