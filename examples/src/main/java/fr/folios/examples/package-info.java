/**
 * Small runnable programs, one task each, that show how a host embeds Folios: the README's
 * first steps, the training deck's exercises, and a whole training day on real data.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.examples;

import org.jspecify.annotations.NullMarked;
