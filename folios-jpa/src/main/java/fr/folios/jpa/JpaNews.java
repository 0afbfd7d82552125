package fr.folios.jpa;

import fr.folios.core.directory.ClassId;
import fr.folios.core.news.NewsItem;
import fr.folios.core.spi.NewsRepository;
import java.util.Comparator;
import java.util.List;

/** Stores news items in the table of the V1 migration. Safe for concurrent use. */
final class JpaNews implements NewsRepository {

  private static final Comparator<NewsItem> NEWEST_FIRST =
      Comparator.comparing(NewsItem::publishedAt).reversed()
          .thenComparing(n -> n.id().value());

  private final JpaTransactions transactions;

  JpaNews(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveNews(NewsItem item) {
    transactions.call(entities -> {
      Row.save(entities, NewsEntity.class, item.id().value(), item, NewsEntity::new);
      return null;
    });
  }

  @Override
  public List<NewsItem> news(ClassId schoolClass) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select n from NewsItem n where n.schoolClass = :schoolClass",
            NewsEntity.class)
        .setParameter("schoolClass", schoolClass.value()), NEWEST_FIRST));
  }

  @Override
  public int deleteNews(ClassId schoolClass) {
    return transactions.call(entities -> entities
        .createQuery("delete from NewsItem n where n.schoolClass = :schoolClass")
        .setParameter("schoolClass", schoolClass.value())
        .executeUpdate());
  }
}
