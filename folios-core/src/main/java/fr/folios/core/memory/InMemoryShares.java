package fr.folios.core.memory;

import fr.folios.core.news.NewsItem;
import fr.folios.core.directory.ClassId;
import fr.folios.core.news.NewsId;
import fr.folios.core.space.DocumentId;
import fr.folios.core.space.FolderId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.spi.NewsRepository;
import fr.folios.core.spi.ShareRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryShares implements ShareRepository, NewsRepository {

  private final Table<ShareId, Share> shares;
  private final Table<NewsId, NewsItem> news;
  private final Table<ShareId, Share>.Grouping<SharedItem> sharesByItem;
  private final Table<ShareId, Share>.Grouping<Grantee> sharesByGrantee;
  private final Table<ShareId, Share>.Grouping<ShareId> sharesBySource;

  InMemoryShares(Journal journal) {
    shares = new Table<>(journal);
    news = new Table<>(journal);
    sharesByItem = shares.grouping(s -> List.of(s.item()));
    sharesByGrantee = shares.grouping(s -> List.of(s.grantee()));
    sharesBySource = shares.grouping(s -> s.source() == null ? List.of()
        : List.of(s.source()));
  }

  @Override
  public void saveShare(Share share) {
    shares.put(share.id(), share);
  }

  @Override
  public Optional<Share> findShare(ShareId id) {
    return shares.get(id);
  }

  @Override
  public void deleteShare(ShareId id) {
    shares.remove(id);
  }

  /** Deletes every share of a document, so that none outlives it. */
  void deleteSharesOf(DocumentId document) {
    deleteSharesOf(SharedItem.document(document));
  }

  /** Deletes every share of a folder, so that none outlives it. */
  void deleteSharesOf(FolderId folder) {
    deleteSharesOf(SharedItem.folder(folder));
  }

  private void deleteSharesOf(SharedItem item) {
    for (Share share : shares.all(sharesByItem, item)) {
      shares.remove(share.id());
    }
  }

  @Override
  public List<Share> sharesOf(SharedItem item) {
    return byGrantTime(shares.all(sharesByItem, item));
  }

  @Override
  public List<Share> resharesOf(ShareId source) {
    return byGrantTime(shares.all(sharesBySource, source));
  }

  @Override
  public List<Share> sharesTo(Grantee grantee) {
    return byGrantTime(shares.all(sharesByGrantee, grantee));
  }

  @Override
  public void saveNews(NewsItem item) {
    news.put(item.id(), item);
  }

  @Override
  public List<NewsItem> news(ClassId schoolClass) {
    List<NewsItem> found = news.where(n -> n.schoolClass().equals(schoolClass));
    found.sort(Comparator.comparing(NewsItem::publishedAt).reversed()
        .thenComparing(n -> n.id().value()));
    return found;
  }

  @Override
  public int deleteNews(ClassId schoolClass) {
    List<NewsItem> found = news.where(n -> n.schoolClass().equals(schoolClass));
    found.forEach(item -> news.remove(item.id()));
    return found.size();
  }

  private static List<Share> byGrantTime(List<Share> found) {
    found.sort(Comparator.comparing(Share::grantedAt).thenComparing(s -> s.id().value()));
    return found;
  }
}
