package fr.folios.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FrenchExactAnalyzerTest {

  private final FrenchExactAnalyzer analyzer = new FrenchExactAnalyzer();

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void analyze_dropsArticleElidedWithAsciiApostrophe() {
    assertThat(Tokens.of(analyzer, "L'orientation qu'il choisit"))
        .containsExactly("orientation", "il", "choisit");
  }

  @Test
  void analyze_dropsArticleElidedWithTypographicApostrophe() {
    assertThat(Tokens.of(analyzer, "L\u2019orientation jusqu\u2019au lycée"))
        .containsExactly("orientation", "au", "lycée");
  }

  @Test
  void analyze_readsEveryApostropheAlike() {
    assertThat(Tokens.of(analyzer, "aujourd\u2019hui aujourd'hui aujourd\u02BChui"))
        .containsExactly("aujourd'hui", "aujourd'hui", "aujourd'hui");
  }

  @Test
  void analyze_lowerCasesButKeepsAccents() {
    assertThat(Tokens.of(analyzer, "Élève ŒUVRE Noël châtiment"))
        .containsExactly("élève", "œuvre", "noël", "châtiment");
  }

  @Test
  void analyze_doesNotStem() {
    assertThat(Tokens.of(analyzer, "jeux chats")).containsExactly("jeux", "chats");
  }
}
