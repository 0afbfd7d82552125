package fr.folios.search;

import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.suggest.document.Completion912PostingsFormat;
import org.apache.lucene.search.suggest.document.CompletionAnalyzer;
import org.apache.lucene.search.suggest.document.SuggestField;
import org.apache.lucene.util.BytesRef;

/**
 * How a catalogue resource is laid out as a Lucene document: its fields and their analysis.
 *
 * <p>The title and the text (summary and body) are each indexed twice: folded and stemmed, and
 * exact. Each facet is a multi-valued sorted-set facet dimension for counting plus a string
 * field for filtering. The status, scope and authors are string fields for the visibility
 * filter ({@link AudienceFilter}). The identifier, title and summary are stored for hits;
 * the publication date is a sort key; the title's word starts feed suggestions.
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

  /** The publication date as a day count since 1970-01-01, for sorting; absent if unknown. */
  static final String PUBLISHED = "published";

  /** The title's completion entries: one from each of its first words, for suggestions. */
  static final String SUGGEST = "suggest";

  /** How many words of a title may start a suggestion. */
  static final int SUGGEST_WORDS = 6;

  private static final Pattern RESERVED = Pattern.compile("[\\x00\\x1E\\x1F]");

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
    Analyzer typing = new CompletionAnalyzer(new FrenchTypingAnalyzer());
    return new PerFieldAnalyzerWrapper(
        folding, Map.of(TITLE_EXACT, exact, TEXT_EXACT, exact, SUGGEST, typing));
  }

  /**
   * Returns the codec that writes this layout: Lucene's default, with the completion postings
   * format for {@link #SUGGEST}.
   *
   * @return the codec, to give the index writer
   */
  static Codec codec() {
    PostingsFormat completion = new Completion912PostingsFormat();
    return new Lucene912Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return SUGGEST.equals(field) ? completion : super.getPostingsFormatForField(field);
      }
    };
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
    addPublished(document, resource);
    addSuggestions(document, resource);
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

  private static void addPublished(Document document, CatalogueResource resource) {
    LocalDate published = resource.published();
    if (published != null) {
      document.add(new NumericDocValuesField(PUBLISHED, published.toEpochDay()));
    }
  }

  /* A suggestion starting at the title's first word weighs most, then shorter titles first. */
  private static void addSuggestions(Document document, CatalogueResource resource) {
    List<String> starts = FrenchTypingAnalyzer.wordStarts(resource.title(), SUGGEST_WORDS);
    int lengthRank = Math.max(0, 999 - resource.title().length());
    for (int i = 0; i < starts.size(); i++) {
      int weight = (SUGGEST_WORDS - i) * 1_000 + lengthRank;
      document.add(new SuggestField(SUGGEST, withoutReserved(starts.get(i)), weight));
    }
  }

  /* Completion entries refuse the control characters they use as separators. */
  private static String withoutReserved(String text) {
    return RESERVED.matcher(text).replaceAll(" ");
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
