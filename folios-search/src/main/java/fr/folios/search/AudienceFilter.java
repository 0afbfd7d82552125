package fr.folios.search;

import fr.folios.core.catalogue.Audience;
import fr.folios.core.catalogue.ResourceStatus;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The visibility rule of {@link Audience#sees} as a Lucene filter over the fields of
 * {@link ResourceDocument}: the resources the person authors, and those published within one of
 * their scopes. It only filters and never changes a score.
 */
final class AudienceFilter {

  private AudienceFilter() {
  }

  /**
   * Returns the filter of one audience.
   *
   * @param audience who reads
   * @return a query matching exactly the resources the audience sees
   */
  static Query of(Audience audience) {
    List<BytesRef> scopes = audience.scopeKeys().stream().sorted().map(BytesRef::new).toList();
    Query published = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ResourceDocument.STATUS, ResourceStatus.PUBLISHED.name())),
            Occur.FILTER)
        .add(new TermInSetQuery(ResourceDocument.SCOPE, scopes), Occur.FILTER)
        .build();
    Query authored = new TermQuery(new Term(ResourceDocument.AUTHOR, audience.person().value()));
    return new BooleanQuery.Builder().add(published, Occur.SHOULD).add(authored, Occur.SHOULD)
        .setMinimumNumberShouldMatch(1).build();
  }

  /**
   * Restricts a query to what an audience sees, keeping its scores.
   *
   * @param query the query
   * @param audience who reads
   * @return the restricted query
   */
  static Query restrict(Query query, Audience audience) {
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(of(audience), Occur.FILTER)
        .build();
  }
}
