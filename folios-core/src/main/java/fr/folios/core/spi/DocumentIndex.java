package fr.folios.core.spi;

import fr.folios.core.ProgressListener;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.SpaceId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A full-text index of the documents of the spaces, by name and by content.
 *
 * <p>The index is never the source of truth, nor the judge of who reads what: it proposes
 * documents of the spaces a search names, and Folios keeps only those the repository says the
 * person may read. It can always be rebuilt from the repository. Implementations are safe for
 * concurrent use; a change is searchable once the method that made it returns.
 */
public interface DocumentIndex extends AutoCloseable {

  /**
   * Adds documents, replacing any indexed document with the same identifier.
   *
   * @param documents the documents
   * @throws fr.folios.core.FoliosException if the index cannot be written
   */
  void index(Collection<IndexedDocument> documents);

  /**
   * Removes documents. Removing an absent document does nothing.
   *
   * @param ids the documents' identifiers
   */
  void remove(Collection<DocumentId> ids);

  /**
   * Finds the documents of some spaces whose name or content match words, best first, leaving
   * out those in a trash.
   *
   * @param text the words, searched as text whatever characters they hold
   * @param spaces the spaces to search; none gives nothing
   * @param limit the most identifiers to return
   * @return the documents' identifiers, best first
   */
  default List<DocumentId> search(String text, Set<SpaceId> spaces, int limit) {
    return search(text, spaces, Set.of(), limit);
  }

  /**
   * Finds the documents of some spaces, and some single documents wherever they are, whose
   * name or content match words, best first, leaving out those in a trash. A person reaches a
   * document shared with them without reaching the rest of its space: naming it alone keeps
   * the other documents of that space from taking the places of the hits.
   *
   * @param text the words, searched as text whatever characters they hold
   * @param spaces the spaces to search whole
   * @param documents more documents to search, in any space
   * @param limit the most identifiers to return
   * @return the documents' identifiers, best first; none if both sets are empty
   */
  List<DocumentId> search(String text, Set<SpaceId> spaces, Set<DocumentId> documents,
      int limit);

  /**
   * Empties the index and indexes the documents given, reporting progress.
   *
   * @param documents every document of every space, read as they are indexed
   * @param total how many documents there are, or -1 if unknown
   * @param progress told how many documents were indexed out of the total
   */
  void rebuild(Iterable<IndexedDocument> documents, long total, ProgressListener progress);

  /** {@return how many documents are indexed} */
  long size();

  /** Releases the index's files and threads. */
  @Override
  void close();
}
