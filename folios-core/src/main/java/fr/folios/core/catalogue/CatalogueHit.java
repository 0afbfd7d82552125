package fr.folios.core.catalogue;

/**
 * One resource found by a catalogue search.
 *
 * @param id the resource's identifier
 * @param title its title
 * @param summary its summary
 * @param score its relevance; higher is better, comparable only within one search
 */
public record CatalogueHit(ResourceId id, String title, String summary, float score) {
}
