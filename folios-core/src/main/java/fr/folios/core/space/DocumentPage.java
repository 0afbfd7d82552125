package fr.folios.core.space;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list of documents, in a stable order, with the cursor of the next page.
 *
 * <p>The cursor is opaque: pass it back unchanged to get the page that follows. It names a
 * place in the order, not an offset, so documents added or removed meanwhile neither repeat
 * nor push others out of the pages still to come; a document added before that place is simply
 * not listed by them.
 *
 * @param documents this page's documents, in order; at most the limit asked for
 * @param next the cursor of the next page, or {@code null} if this page is the last
 */
public record DocumentPage(List<Document> documents, @Nullable String next) {

  /** The most documents one page may hold. */
  public static final int MAX_LIMIT = 100;

  /** Copies the documents. */
  public DocumentPage {
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
  }

  /** {@return {@code true} if another page follows this one} */
  public boolean hasNext() {
    return next != null;
  }
}
