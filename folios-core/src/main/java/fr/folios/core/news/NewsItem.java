package fr.folios.core.news;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A news item (actualité) published to a class.
 *
 * @param id its identifier
 * @param schoolClass the class it is published to
 * @param author who published it
 * @param title its title, 1 to 200 characters
 * @param body its plain text, at most 20,000 characters
 * @param publishedAt when
 */
public record NewsItem(
    NewsId id, ClassId schoolClass, PersonId author, String title, String body,
    Instant publishedAt) {

  /** Checks the parts. */
  public NewsItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(schoolClass, "schoolClass");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
