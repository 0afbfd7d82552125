package fr.folios.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Splits French text into forgiving words: elided articles dropped, lower-cased, accents folded
 * (é to e, œ to oe, æ to ae), and plurals and common endings stemmed (jeux to jeu).
 *
 * <p>Used for the main fields, so that a search finds words typed without accents or in another
 * form. Thread-safe, like every {@link Analyzer}.
 */
final class FrenchFoldingAnalyzer extends Analyzer {

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
    stream = new FrenchLightStemFilter(stream);
    return new TokenStreamComponents(words, stream);
  }
}
