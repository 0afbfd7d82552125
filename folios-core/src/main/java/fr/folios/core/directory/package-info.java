/**
 * Establishments, people, profiles, classes and groups: who acts and where.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.directory;

import org.jspecify.annotations.NullMarked;
