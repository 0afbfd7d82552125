package fr.folios.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits French text into forgiving words: elided articles dropped, lower-cased, accents folded
 * (é to e, œ to oe, æ to ae), and plurals and common endings stemmed (jeux to jeu), the
 * feminine "-ière" of trades included (infirmière to infirmier).
 *
 * <p>Used for the main fields, so that a search finds words typed without accents or in another
 * form. Thread-safe, like every {@link Analyzer}.
 */
final class FrenchFoldingAnalyzer extends Analyzer {

  /*
   * The light stemmer reads "infirmière" as "infirmier" but "infirmier" as "infirmi", so the two
   * forms of a trade never met. Of the 219 double titles of ONISEP's careers ("plombier /
   * plombière"), 82 had forms the stemmer kept apart, 48 of them this "-ier / -ière" pair (most
   * others are joined by the tokenizer cutting at hyphens). Folded "-iere" is read as "-ier"
   * before stemming, in words of seven letters or more so that short words stay apart.
   */
  private static final Pattern FEMININE_IER = Pattern.compile("^(\\p{L}{3,})iere(s?)$");

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return FrenchExactAnalyzer.normaliseApostrophes(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return FrenchExactAnalyzer.normaliseApostrophes(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer words = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(FrenchExactAnalyzer.elide(words));
    stream = new ASCIIFoldingFilter(stream);
    stream = new PatternReplaceFilter(stream, FEMININE_IER, "$1ier$2", false);
    stream = new FrenchLightStemFilter(stream);
    return new TokenStreamComponents(words, stream);
  }
}
