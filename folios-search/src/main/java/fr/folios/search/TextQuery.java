package fr.folios.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns the free text of a search into a Lucene query, never parsing it as a query language.
 *
 * <p>The text is cut into words by the same analysis as the index. Each word becomes a group of
 * optional clauses over the four text fields: the title ranks above the summary and body, and
 * within each an exact word above a folded or stemmed one. Every word is required, in any
 * field, except French stop words such as "le" or "des", which only add to the score (unless
 * the text holds nothing else). A word of five letters or more also matches, far below, words
 * one typing slip away (two from eight letters: a letter missed, added, changed or two swapped,
 * never the first), so "boulengerie" still finds "boulangerie"; shorter words, and words with
 * digits such as class codes, match only as typed, folded or stemmed, so "chat" never finds
 * "chaton". Only the first eight words get slips. Text without any word, such as
 * punctuation alone, matches every resource. A {@linkplain #relaxed relaxed} form lets one
 * required word miss, for searches that find too little. Thread-safe.
 */
final class TextQuery {

  /** The most distinct words searched; later ones are ignored, keeping the query small. */
  static final int MAX_WORDS = 64;

  /** The most required words a text may have for {@link #relaxed} to let one miss. */
  static final int MAX_RELAXED_WORDS = 6;

  /*
   * An exact word also matches its folded field, so an exact match scores about twice a folded
   * one in the same field, and the title about three times the text: exact title, folded title,
   * exact text, folded text.
   */
  private static final float TITLE_EXACT_BOOST = 3f;
  private static final float TITLE_BOOST = 3f;
  private static final float TEXT_EXACT_BOOST = 1f;
  private static final float TEXT_BOOST = 1f;

  /* A word found only through a typing slip scores well below one found as typed. */
  private static final float TITLE_SLIP_BOOST = 0.3f;
  private static final float TEXT_SLIP_BOOST = 0.1f;
  private static final int SLIP_MIN_LENGTH = 5;
  private static final int TWO_SLIPS_MIN_LENGTH = 8;
  /* Slips widen a query by up to this many terms a field; only the first few words get them,
   * so that the longest text (MAX_WORDS words) stays well within Lucene's 1,024 clauses. */
  private static final int SLIP_EXPANSIONS = 16;
  private static final int SLIP_WORDS = 8;

  private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

  private final Analyzer folding;
  private final Analyzer exact;

  /**
   * Creates a builder reading text with the index's analyzers.
   *
   * @param folding the analyzer of the folded, stemmed fields
   * @param exact the analyzer of the exact fields
   */
  TextQuery(Analyzer folding, Analyzer exact) {
    this.folding = folding;
    this.exact = exact;
  }

  /**
   * Builds the query for a text.
   *
   * @param text any text, including characters that query languages reserve
   * @return the query; matches everything when the text has no word
   */
  Query of(String text) {
    List<Word> words = words(text);
    if (words.isEmpty()) {
      return new MatchAllDocsQuery();
    }

    boolean onlyStopWords = words.stream().allMatch(Word::isStopWord);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      Occur occur = word.isStopWord() && !onlyStopWords ? Occur.SHOULD : Occur.MUST;
      query.add(word.query(i < SLIP_WORDS), occur);
    }
    return query.build();
  }

  /**
   * Builds the query for a text with one of its required words allowed to be missing, for when
   * few resources hold them all: "BTS comptabilité" then also finds other trainings in
   * accounting. A resource holding more of the words still scores higher.
   *
   * @param text any text
   * @return the wider query, or {@code null} if the text has fewer than two required words or
   *     more than {@value #MAX_RELAXED_WORDS}, a text too long for one missing word to matter
   */
  @Nullable Query relaxed(String text) {
    List<Word> words = words(text);
    long required = words.stream().filter(word -> !word.isStopWord()).count();
    if (required < 2 || required > MAX_RELAXED_WORDS) {
      return null;
    }

    BooleanQuery.Builder requiredWords = new BooleanQuery.Builder()
        .setMinimumNumberShouldMatch((int) required - 1);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.isStopWord()) {
        query.add(word.query(i < SLIP_WORDS), Occur.SHOULD);
      } else {
        requiredWords.add(word.query(i < SLIP_WORDS), Occur.SHOULD);
      }
    }
    return query.add(requiredWords.build(), Occur.MUST).build();
  }

  /**
   * Cuts a text into words, each in its exact and folded forms, without repeats.
   *
   * @param text the text
   * @return at most {@link #MAX_WORDS} words, in the text's order
   */
  List<Word> words(String text) {
    String wellFormed = wellFormed(text);
    Map<Integer, String> exactByStart = termsByStart(exact, ResourceDocument.TEXT_EXACT,
        wellFormed);
    Map<Integer, String> foldedByStart = termsByStart(folding, ResourceDocument.TEXT, wellFormed);

    Set<Word> words = new LinkedHashSet<>();
    exactByStart.forEach((start, exactTerm) -> {
      String foldedTerm = foldedByStart.get(start);
      if (foldedTerm != null && words.size() < MAX_WORDS) {
        words.add(new Word(exactTerm, foldedTerm));
      }
    });
    return new ArrayList<>(words);
  }

  /**
   * Replaces each half of a surrogate pair standing alone (a text cut inside an emoji) by a
   * question mark, which is no word: the analysis would otherwise drop every word of the text.
   */
  private static String wellFormed(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static Map<Integer, String> termsByStart(Analyzer analyzer, String field, String text) {
    Map<Integer, String> terms = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.putIfAbsent(offset.startOffset(), term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return terms;
  }

  /**
   * One word of the text.
   *
   * @param exact its form in the exact fields
   * @param folded its form in the folded, stemmed fields
   */
  record Word(String exact, String folded) {

    /** Tells whether the word is a French stop word, such as "le", "de" or "et". */
    boolean isStopWord() {
      return STOP_WORDS.contains(exact);
    }

    /**
     * Returns the clauses that find this word in any text field.
     *
     * @param slips whether a word of letters long enough may also match with a typing slip
     */
    Query query(boolean slips) {
      BooleanQuery.Builder clauses = new BooleanQuery.Builder()
          .add(term(ResourceDocument.TITLE_EXACT, exact, TITLE_EXACT_BOOST), Occur.SHOULD)
          .add(term(ResourceDocument.TEXT_EXACT, exact, TEXT_EXACT_BOOST), Occur.SHOULD)
          .add(term(ResourceDocument.TITLE, folded, TITLE_BOOST), Occur.SHOULD)
          .add(term(ResourceDocument.TEXT, folded, TEXT_BOOST), Occur.SHOULD);
      int length = folded.codePointCount(0, folded.length());
      if (slips && length >= SLIP_MIN_LENGTH && folded.codePoints().allMatch(Character::isLetter)) {
        int edits = length >= TWO_SLIPS_MIN_LENGTH ? 2 : 1;
        clauses.add(slip(ResourceDocument.TITLE, edits, TITLE_SLIP_BOOST), Occur.SHOULD)
            .add(slip(ResourceDocument.TEXT, edits, TEXT_SLIP_BOOST), Occur.SHOULD);
      }
      return clauses.build();
    }

    private Query slip(String field, int edits, float boost) {
      return new BoostQuery(new FuzzyQuery(new Term(field, folded), edits, 1, SLIP_EXPANSIONS,
          true), boost);
    }

    private static Query term(String field, String text, float boost) {
      return new BoostQuery(new TermQuery(new Term(field, text)), boost);
    }
  }
}
