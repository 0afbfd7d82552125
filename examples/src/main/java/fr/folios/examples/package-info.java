/**
 * Runnable programs that show how a host embeds Folios: {@link fr.folios.examples.FirstSteps},
 * the README's sample, and {@link fr.folios.examples.TrainingDay}, a whole training day on real
 * data that also does the training deck's five exercises.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.examples;

import org.jspecify.annotations.NullMarked;
