/**
 * Blob stores that implement the core's {@link fr.folios.core.spi.BlobStore} port; the
 * filesystem store {@link fr.folios.storage.FileSystemBlobStore} is the embedded default; and
 * {@link fr.folios.storage.TikaTypeDetector}, which tells an upload's type from its bytes with
 * Apache Tika for the core's {@link fr.folios.core.spi.TypeDetector} port.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.storage;

import org.jspecify.annotations.NullMarked;
