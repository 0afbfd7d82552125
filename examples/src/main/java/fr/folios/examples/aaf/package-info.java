/**
 * A generator of synthetic AAF exports (the académie directory feed) in the real file format,
 * at any scale up to a whole académie, to measure {@link fr.folios.core.directory.aaf.AafImport}
 * on volumes no real test file reaches: {@link fr.folios.examples.aaf.AafGenerator}.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.examples.aaf;

import org.jspecify.annotations.NullMarked;
