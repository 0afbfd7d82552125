/**
 * Reading and importing the AAF directory feed (annuaire académique fédérateur): one XML file
 * per category of pupils, staff, relatives, establishments, subjects and MEF codes, read one
 * record at a time.
 *
 * <p>{@link fr.folios.core.directory.aaf.AafReader} streams a file and hands out
 * {@link fr.folios.core.directory.aaf.AafRecord}s; it never loads a DTD nor expands an entity.
 * {@link fr.folios.core.directory.aaf.AafImport} applies a whole export to the directory and
 * reports on every record.
 * Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package fr.folios.core.directory.aaf;

import org.jspecify.annotations.NullMarked;
