package fr.folios.core.catalogue;

/**
 * Where a catalogue resource stands in its life.
 */
public enum ResourceStatus {
  /** Being written: only its authors see it. */
  DRAFT,
  /** Published: everyone within its scope sees it. */
  PUBLISHED,
  /** Withdrawn from the catalogue: only its authors see it; copies already made stay. */
  WITHDRAWN
}
