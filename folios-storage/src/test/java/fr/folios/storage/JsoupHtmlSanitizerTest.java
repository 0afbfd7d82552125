package fr.folios.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsoupHtmlSanitizerTest {

  private final JsoupHtmlSanitizer sanitizer = new JsoupHtmlSanitizer();

  @Test
  void sanitize_keepsParagraphsHeadingsListsEmphasisAndTables() {
    String html = "<h2>Stage</h2><p>Un <strong>bilan</strong> <em>court</em>.</p>"
        + "<ul><li>un</li></ul><ol start=\"3\"><li>trois</li></ol>"
        + "<table><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>";

    assertThat(sanitizer.sanitize(html)).isEqualTo(html);
  }

  @Test
  void sanitize_dropsScriptsStylesFramesFormsAndComments() {
    String html = "<p>a</p><script>alert(1)</script><style>p{}</style>"
        + "<iframe src=\"https://example.org\"></iframe><form><input name=\"x\"></form>"
        + "<!-- secret --><object data=\"x.swf\"></object>";

    assertThat(sanitizer.sanitize(html)).isEqualTo("<p>a</p>");
  }

  @Test
  void sanitize_dropsEventHandlersAndStyleAttributes() {
    assertThat(sanitizer.sanitize("<p onclick=\"x()\" style=\"color:red\" class=\"c\">a</p>"))
        .isEqualTo("<p>a</p>");
  }

  @Test
  void sanitize_keepsWebAndMailLinksOpeningWithoutReferrer() {
    assertThat(sanitizer.sanitize("<a href=\"https://eduscol.education.fr\">x</a>"
        + "<a href=\"mailto:cpe@college.fr\">y</a>"))
        .isEqualTo("<a href=\"https://eduscol.education.fr\" rel=\"noopener noreferrer\">x</a>"
            + "<a href=\"mailto:cpe@college.fr\" rel=\"noopener noreferrer\">y</a>");
  }

  @Test
  void sanitize_dropsScriptDataAndRelativeLinks() {
    assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">a</a>"
        + "<a href=\" JaVaScRiPt:alert(1)\">b</a><a href=\"data:text/html,x\">c</a>"
        + "<a href=\"../admin\">d</a><a href=\"vbscript:x\" target=\"_blank\">e</a>"))
        .isEqualTo("<a rel=\"noopener noreferrer\">a</a><a rel=\"noopener noreferrer\">b</a>"
            + "<a rel=\"noopener noreferrer\">c</a><a rel=\"noopener noreferrer\">d</a>"
            + "<a rel=\"noopener noreferrer\">e</a>");
  }

  @Test
  void sanitize_dropsImages() {
    assertThat(sanitizer.sanitize("<p><img src=\"https://tracker.example/p.gif\">a</p>"))
        .isEqualTo("<p>a</p>");
  }

  @Test
  void sanitize_closesMalformedMarkupAndEscapesStrayBrackets() {
    assertThat(sanitizer.sanitize("<p><b>a<i>b</p> 1 < 2 <scr<script>ipt>x"))
        .doesNotContain("<script").doesNotContain("<scr<").contains("&lt;");
  }
}
