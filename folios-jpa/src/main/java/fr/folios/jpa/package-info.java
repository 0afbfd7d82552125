/**
 * Persistence with Jakarta Persistence (Hibernate ORM): an embedded H2 file database by
 * default, or PostgreSQL. {@link fr.folios.jpa.JpaPersistence} is the only public type; the
 * schema comes from the Flyway migrations under {@code db/migration}.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.jpa;

import org.jspecify.annotations.NullMarked;
