package fr.folios.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Splits French text into words as written: elided articles dropped, lower-cased, accents kept,
 * no stemming.
 *
 * <p>Used for the exact fields, whose matches rank above folded and stemmed ones. Thread-safe,
 * like every {@link Analyzer}.
 */
final class FrenchExactAnalyzer extends Analyzer {

  /** Apostrophes French text uses, all read as the ASCII one so that words match alike. */
  private static final NormalizeCharMap APOSTROPHES = apostrophes();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return normaliseApostrophes(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return normaliseApostrophes(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer words = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(elide(words));
    return new TokenStreamComponents(words, stream);
  }

  /** Reads the typographic and modifier apostrophes as {@code '}. */
  static Reader normaliseApostrophes(Reader reader) {
    return new MappingCharFilter(APOSTROPHES, reader);
  }

  /** Drops elided articles and pronouns: "l'orientation" becomes "orientation". */
  static TokenStream elide(TokenStream words) {
    return new ElisionFilter(words, FrenchAnalyzer.DEFAULT_ARTICLES);
  }

  private static NormalizeCharMap apostrophes() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u2019", "'");
    map.add("\u2018", "'");
    map.add("\u02BC", "'");
    map.add("\uFF07", "'");
    return map.build();
  }
}
