/**
 * Blob stores that implement the core's {@link fr.folios.core.spi.BlobStore} port; the
 * filesystem store {@link fr.folios.storage.FileSystemBlobStore} is the embedded default.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.storage;

import org.jspecify.annotations.NullMarked;
