/**
 * Ports that adapters implement: persistence, blob storage, the catalogue index.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.spi;

import org.jspecify.annotations.NullMarked;
