package fr.folios.core.catalogue;

/**
 * The order of a catalogue search's hits.
 *
 * <p>Each order breaks ties by resource identifier, so that pages never repeat nor skip a hit.
 */
public enum CatalogueSort {

  /** Best match first; with no text, every hit ties and the identifier decides. */
  RELEVANCE,

  /**
   * Newest first by publication date, then best match; resources of unknown date come last.
   */
  NEWEST
}
