package fr.folios.search;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * How a catalogue resource is laid out as a Lucene document: its fields and their analysis.
 *
 * <p>The title and the text (summary and body) are each indexed twice: folded and stemmed, and
 * exact. Each facet is a multi-valued sorted-set facet dimension for counting plus a string
 * field for filtering. The status, scope and authors are string fields for the visibility
 * filter ({@link AudienceFilter}). The identifier, title and summary are stored for hits.
 */
final class ResourceDocument {

  /** The identifier: a term to update and delete by, a sort key, and stored. */
  static final String ID = "id";

  /** The title, folded and stemmed; also stored. */
  static final String TITLE = "title";

  /** The title as written. */
  static final String TITLE_EXACT = "title_exact";

  /** The summary and body, folded and stemmed. */
  static final String TEXT = "text";

  /** The summary and body as written. */
  static final String TEXT_EXACT = "text_exact";

  /** The summary, stored only. */
  static final String SUMMARY = "summary";

  /** The status's name, for the visibility filter. */
  static final String STATUS = "status";

  /** The scope's key, for the visibility filter. */
  static final String SCOPE = "scope";

  /** Each author's identifier, for the visibility filter. */
  static final String AUTHOR = "author";

  /** The prefix of the string fields that filter by facet value. */
  private static final String FILTER_PREFIX = "filter_";

  private ResourceDocument() {
  }

  /**
   * Returns the analyzer that reads each field the way this layout says.
   *
   * @param folding the analyzer of the folded, stemmed fields
   * @param exact the analyzer of the exact fields
   * @return an analyzer dispatching by field
   */
  static Analyzer analyzer(Analyzer folding, Analyzer exact) {
    return new PerFieldAnalyzerWrapper(folding, Map.of(TITLE_EXACT, exact, TEXT_EXACT, exact));
  }

  /**
   * Returns the facet configuration: one flat, multi-valued dimension per facet, with no drill
   * down terms of its own since filtering goes through {@link #filterField(Facet)}.
   */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet facet : Facet.values()) {
      config.setMultiValued(facet.key(), true);
      config.setDrillDownTermsIndexing(facet.key(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /**
   * Returns the name of the string field that holds a facet's values for filtering.
   *
   * @param facet the facet
   * @return the field name
   */
  static String filterField(Facet facet) {
    return FILTER_PREFIX + facet.key();
  }

  /**
   * Returns the term that names a resource's document.
   *
   * @param id the resource identifier's value
   * @return the term of the identifier field
   */
  static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * Lays a resource out as a document. Empty facet values are left out: Lucene cannot index
   * them and no concept has an empty identifier.
   *
   * @param resource the resource
   * @param config the facet configuration from {@link #facetsConfig()}
   * @return the document, ready for the index writer
   * @throws IOException never in practice; the facet configuration declares it
   */
  static Document of(CatalogueResource resource, FacetsConfig config) throws IOException {
    Document document = new Document();
    addIdentity(document, resource);
    addText(document, resource);
    addFacets(document, resource);
    addVisibility(document, resource);
    return config.build(document);
  }

  private static void addIdentity(Document document, CatalogueResource resource) {
    String id = resource.id().value();
    document.add(new StringField(ID, id, Field.Store.YES));
    document.add(new SortedDocValuesField(ID, new BytesRef(id)));
  }

  private static void addText(Document document, CatalogueResource resource) {
    document.add(new TextField(TITLE, resource.title(), Field.Store.YES));
    document.add(new TextField(TITLE_EXACT, resource.title(), Field.Store.NO));
    document.add(new StoredField(SUMMARY, resource.summary()));

    for (String part : new String[] {resource.summary(), resource.body()}) {
      document.add(new TextField(TEXT, part, Field.Store.NO));
      document.add(new TextField(TEXT_EXACT, part, Field.Store.NO));
    }
  }

  private static void addVisibility(Document document, CatalogueResource resource) {
    document.add(new StringField(STATUS, resource.status().name(), Field.Store.NO));
    document.add(new StringField(SCOPE, resource.scope().key(), Field.Store.NO));
    resource.authors().forEach(author ->
        document.add(new StringField(AUTHOR, author.value(), Field.Store.NO)));
  }

  private static void addFacets(Document document, CatalogueResource resource) {
    resource.facets().forEach((facet, values) -> {
      for (String value : values) {
        if (!value.isEmpty()) {
          document.add(new SortedSetDocValuesFacetField(facet.key(), value));
          document.add(new StringField(filterField(facet), value, Field.Store.NO));
        }
      }
    });
  }
}
