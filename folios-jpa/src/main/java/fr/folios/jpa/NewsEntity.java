package fr.folios.jpa;

import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.PersonId;
import fr.folios.core.news.NewsId;
import fr.folios.core.news.NewsItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Stores a {@link NewsItem}. */
@Entity(name = "NewsItem")
@Table(name = "news_item")
class NewsEntity implements Row<NewsItem> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "class_id", length = 64, nullable = false)
  private String schoolClass = "";

  @Column(name = "author_id", length = 64, nullable = false)
  private String author = "";

  @Column(name = "title", length = 200, nullable = false)
  private String title = "";

  @Column(name = "body", length = 20_000, nullable = false)
  private String body = "";

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt = Instant.EPOCH;

  NewsEntity() {
  }

  @Override
  public void assign(NewsItem item) {
    id = item.id().value();
    schoolClass = item.schoolClass().value();
    author = item.author().value();
    title = item.title();
    body = item.body();
    publishedAt = item.publishedAt();
  }

  @Override
  public NewsItem toRecord() {
    return new NewsItem(new NewsId(id), new ClassId(schoolClass), new PersonId(author), title,
        body, publishedAt);
  }
}
