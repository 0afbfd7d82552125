package fr.folios.core.spi;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import java.util.Objects;

/**
 * What the document index holds of a document: enough to find it, never enough to decide who
 * may read it (Folios decides that from the repository for every hit).
 *
 * @param id the document
 * @param space its space, by which a search is narrowed to the spaces a person reaches
 * @param name its name
 * @param mediaType its media type
 * @param text the words of its content, possibly empty
 * @param trashed whether it is in its space's trash, which searches leave out
 */
public record IndexedDocument(
    DocumentId id, SpaceId space, String name, String mediaType, String text, boolean trashed) {

  /** Checks the parts. */
  public IndexedDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(text, "text");
  }
}
