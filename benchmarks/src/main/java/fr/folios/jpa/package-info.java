/**
 * The bridge from the benchmarks to the PostgreSQL server of folios-jpa's tests:
 * {@link fr.folios.jpa.BenchmarkServer}.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.jpa;

import org.jspecify.annotations.NullMarked;
