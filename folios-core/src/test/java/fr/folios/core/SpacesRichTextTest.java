package fr.folios.core;

import static fr.folios.core.School.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.memory.InMemoryBlobStore;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Download;
import fr.folios.core.space.Space;
import fr.folios.core.space.SpaceLimits;
import fr.folios.core.spi.HtmlSanitizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rich text: HTML enters only through the host's sanitiser, and is stored as HTML. */
class SpacesRichTextTest {

  /** Keeps only the text: enough to tell that Folios stores what the sanitiser returns. */
  private static final HtmlSanitizer TEXT_ONLY = html -> "<p>" + html.replaceAll("<[^>]*>", "")
      .replace("<", "&lt;") + "</p>";

  private final School school = new School(InMemoryBlobStore.create(), SpaceLimits.DEFAULT,
      builder -> builder.htmlSanitizer(TEXT_ONLY));
  private final Spaces spaces = school.folios.spaces();
  private final Space mine = spaces.personalSpace(as(school.teacher));

  @Test
  void createRichText_storesTheSanitisedHtmlAsHtml() {
    Document doc = spaces.createRichText(as(school.teacher), mine.id(), null, "Bilan.html",
        "<b>Stage</b><script>alert(1)</script>");

    assertThat(doc.mediaType()).isEqualTo("text/html; charset=UTF-8");
    assertThat(read(spaces.download(as(school.teacher), doc.id())))
        .isEqualTo("<p>Stagealert(1)</p>");
  }

  @Test
  void upload_ofRawHtmlStaysRefused() {
    assertThatThrownBy(() -> spaces.upload(as(school.teacher), mine.id(), null, "Bilan.html",
        new ByteArrayInputStream("<p>Stage</p>".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Bilan.html");
  }

  @Test
  void createRichText_namedAsAProgramIsRefused() {
    assertThatThrownBy(() -> spaces.createRichText(as(school.teacher), mine.id(), null,
        "Bilan.exe", "<p>Stage</p>")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Bilan.exe");

    assertThat(spaces.documents(as(school.teacher), mine.id(), null)).isEmpty();
  }

  @Test
  void createRichText_longerThanTheLimitIsRefusedNamingIt() {
    String html = "a".repeat(Spaces.MAX_TEXT_LENGTH + 1);

    assertThatThrownBy(() -> spaces.createRichText(as(school.teacher), mine.id(), null,
        "Bilan.html", html)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(String.valueOf(Spaces.MAX_TEXT_LENGTH + 1))
        .hasMessageContaining(String.valueOf(Spaces.MAX_TEXT_LENGTH));
  }

  @Test
  void replaceWithRichText_addsASanitisedVersion() {
    Document doc = spaces.createRichText(as(school.teacher), mine.id(), null, "Bilan.html",
        "<p>un</p>");

    Document replaced = spaces.replaceWithRichText(as(school.teacher), doc.id(),
        "<i onclick=\"x()\">deux</i>");

    assertThat(read(spaces.download(as(school.teacher), replaced.id())))
        .isEqualTo("<p>deux</p>");
    assertThat(spaces.versions(as(school.teacher), doc.id()))
        .extracting(DocumentVersion::mediaType).containsOnly("text/html; charset=UTF-8");
  }

  @Test
  void createRichText_withoutASanitiserNamesTheModuleToAdd() {
    School bare = new School();
    Spaces plain = bare.folios.spaces();
    Space space = plain.personalSpace(as(bare.teacher));

    assertThatThrownBy(() -> plain.createRichText(as(bare.teacher), space.id(), null,
        "Bilan.html", "<p>Stage</p>")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("folios-storage").hasMessageContaining("htmlSanitizer");
  }

  private static String read(Download download) {
    try (download) {
      return new String(download.content().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
