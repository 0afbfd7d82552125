/**
 * Benchmarks of Folios against a raw baseline measured in the same run:
 * {@link fr.folios.benchmarks.AafImportBenchmark} imports a synthetic AAF export into
 * PostgreSQL, once with a bare StAX and JDBC pass and then through Folios, and compares wall
 * time, throughput and peak heap.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.benchmarks;

import org.jspecify.annotations.NullMarked;
