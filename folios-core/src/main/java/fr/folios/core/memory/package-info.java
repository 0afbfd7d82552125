/**
 * In-memory implementations of the persistence and blob store ports, for tests and small hosts.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.memory;

import org.jspecify.annotations.NullMarked;
