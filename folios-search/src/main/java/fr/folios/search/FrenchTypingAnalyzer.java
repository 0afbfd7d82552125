package fr.folios.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads what a person types for suggestions: elided articles dropped, lower-cased and accents
 * folded, but never stemmed, since the last word is usually cut short ("orien").
 *
 * <p>Thread-safe, like every {@link Analyzer}.
 */
final class FrenchTypingAnalyzer extends Analyzer {

  /** Never closed: an analyzer holds only per-thread reusable components. */
  private static final Analyzer WORDS = new StandardWords();

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
    return new TokenStreamComponents(words, new ASCIIFoldingFilter(stream));
  }

  /**
   * Returns the text from each of its first words to its end: "Métiers de l'art" gives
   * "Métiers de l'art", "de l'art" and "l'art".
   *
   * @param text the text
   * @param most the most words to start from
   * @return the distinct tails, longest first
   */
  static List<String> wordStarts(String text, int most) {
    Set<String> tails = new LinkedHashSet<>();
    try (TokenStream stream = WORDS.tokenStream("", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (tails.size() < most && stream.incrementToken()) {
        tails.add(text.substring(offset.startOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return new ArrayList<>(tails);
  }

  /** Cuts text into words only, so that an elided word starts at its article. */
  private static final class StandardWords extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer words = new StandardTokenizer();
      return new TokenStreamComponents(words);
    }
  }
}
