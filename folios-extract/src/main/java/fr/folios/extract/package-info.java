/**
 * Reading the text of HTML, PDF and OpenDocument documents for the document index, through
 * Apache Tika's parsers: {@link fr.folios.extract.TikaTextExtractor}.
 */
@org.jspecify.annotations.NullMarked
package fr.folios.extract;
