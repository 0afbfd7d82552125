package fr.folios.core.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeniedTypesTest {

  @Test
  void default_deniesProgramsScriptsAndActiveMarkup() {
    assertThat(DeniedTypes.DEFAULT.types()).contains("application/x-msdownload",
        "application/x-executable", "application/x-sh", "text/x-shellscript",
        "application/x-bat", "text/javascript", "text/html", "image/svg+xml");
  }

  @Test
  void default_acceptsWhatPupilsHandIn() {
    for (String type : new String[] {"application/pdf", "text/plain", "text/csv", "image/png",
        "application/vnd.oasis.opendocument.text", "application/zip", "text/x-python",
        "application/octet-stream"}) {
      assertThat(DeniedTypes.DEFAULT.denies(type)).as(type).isFalse();
    }
  }

  @Test
  void denies_ignoresCaseParametersAndSpaces() {
    assertThat(DeniedTypes.DEFAULT.denies(" Text/HTML ; charset=UTF-8")).isTrue();
  }

  @Test
  void withAndWithout_returnNewListsAndLeaveTheOriginal() {
    DeniedTypes web = DeniedTypes.DEFAULT.without("TEXT/HTML").with("application/pdf");

    assertThat(web.denies("text/html")).isFalse();
    assertThat(web.denies("application/pdf")).isTrue();
    assertThat(DeniedTypes.DEFAULT.denies("text/html")).isTrue();
    assertThat(DeniedTypes.DEFAULT.denies("application/pdf")).isFalse();
  }

  @Test
  void none_deniesNothing() {
    assertThat(DeniedTypes.NONE.denies("application/x-msdownload")).isFalse();
    assertThat(DeniedTypes.NONE.types()).isEmpty();
  }

  @Test
  void of_normalisesAndComparesByValue() {
    assertThat(DeniedTypes.of("Application/X-SH; x=1", "text/html"))
        .isEqualTo(DeniedTypes.of("text/html", "application/x-sh"))
        .hasSameHashCodeAs(DeniedTypes.of("text/html", "application/x-sh"));
  }

  @Test
  void of_refusesWhatIsNotAMediaType() {
    for (String bad : new String[] {"exe", "/html", "text/", "a/b/c", "text/ht ml", ""}) {
      assertThatThrownBy(() -> DeniedTypes.of(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "' is not a media type: give it as type/subtype");
    }
  }
}
