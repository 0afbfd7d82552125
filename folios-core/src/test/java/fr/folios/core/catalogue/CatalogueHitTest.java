package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueHitTest {

  @Test
  void hitWithoutHighlights_escapesItsTitleAndSummaryAsHtml() {
    CatalogueHit hit = new CatalogueHit(new ResourceId("a"), "<b>Tom & \"Léa\"</b>",
        "L'été <script>", 1f);

    assertThat(hit.highlightedTitle())
        .isEqualTo("&lt;b&gt;Tom &amp; &quot;Léa&quot;&lt;/b&gt;");
    assertThat(hit.snippet()).isEqualTo("L&#39;été &lt;script&gt;");
    assertThat(hit.title()).isEqualTo("<b>Tom & \"Léa\"</b>");
  }
}
