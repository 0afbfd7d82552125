package fr.folios.core.spi;

import fr.folios.core.directory.ClassId;
import fr.folios.core.news.NewsItem;
import java.util.List;

/**
 * Stores news items.
 *
 * <p>Implementations are safe for concurrent use.
 */
public interface NewsRepository {

  /**
   * Saves a news item.
   *
   * @param item the item
   */
  void saveNews(NewsItem item);

  /**
   * Returns the news of a class, newest first.
   *
   * @param schoolClass the class
   * @return its news items
   */
  List<NewsItem> news(ClassId schoolClass);

  /**
   * Deletes every news item of a class; a class without news is fine.
   *
   * @param schoolClass the class
   * @return how many items were deleted
   */
  int deleteNews(ClassId schoolClass);
}
