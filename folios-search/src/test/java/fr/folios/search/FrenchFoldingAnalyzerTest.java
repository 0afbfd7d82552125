package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FrenchFoldingAnalyzerTest {

  private final FrenchFoldingAnalyzer analyzer = new FrenchFoldingAnalyzer();

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void analyze_dropsArticlesElidedWithEitherApostrophe() {
    assertThat(Tokens.of(analyzer, "l'orientation"))
        .isEqualTo(Tokens.of(analyzer, "L\u2019Orientation"))
        .isEqualTo(Tokens.of(analyzer, "orientation"));
  }

  @Test
  void analyze_foldsAccentsAndLigatures() {
    assertThat(Tokens.of(analyzer, "Élève"))
        .isEqualTo(Tokens.of(analyzer, "eleve"));
    assertThat(Tokens.of(analyzer, "Œuvre cæcum Noël naïf garçon"))
        .isEqualTo(Tokens.of(analyzer, "oeuvre caecum noel naif garcon"));
  }

  @Test
  void analyze_expandsLigatures() {
    assertThat(Tokens.of(analyzer, "œ æ")).containsExactly("oe", "ae");
  }

  @Test
  void analyze_stemsPluralToSingular() {
    assertThat(Tokens.of(analyzer, "jeux chevaux chats"))
        .isEqualTo(Tokens.of(analyzer, "jeu cheval chat"));
  }
}
