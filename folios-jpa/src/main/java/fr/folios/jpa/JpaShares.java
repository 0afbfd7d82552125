package fr.folios.jpa;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.Grantee;
import fr.folios.core.space.Share;
import fr.folios.core.space.ShareId;
import fr.folios.core.space.SharedItem;
import fr.folios.core.spi.ShareRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Stores shares in the table of the V1 and V6 migrations. Safe for concurrent use. */
final class JpaShares implements ShareRepository {

  private static final Comparator<Share> BY_GRANT_TIME =
      Comparator.comparing(Share::grantedAt).thenComparing(s -> s.id().value());

  private final JpaTransactions transactions;

  JpaShares(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveShare(Share share) {
    transactions.call(entities -> {
      Row.save(entities, ShareEntity.class, share.id().value(), share, ShareEntity::new);
      return null;
    });
  }

  @Override
  public Optional<Share> findShare(ShareId id) {
    return transactions.call(entities -> Queries.find(entities, ShareEntity.class, id.value()));
  }

  @Override
  public void deleteShare(ShareId id) {
    transactions.call(entities -> entities
        .createQuery("delete from Share s where s.id = :id")
        .setParameter("id", id.value())
        .executeUpdate());
  }

  @Override
  public List<Share> sharesOf(DocumentId document) {
    return sharesOf(SharedItem.document(document));
  }

  @Override
  public List<Share> sharesOf(SharedItem item) {
    String column = item.isFolder() ? "folder" : "document";
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select s from Share s where s." + column + " = :item", ShareEntity.class)
        .setParameter("item", item.id()), BY_GRANT_TIME));
  }

  @Override
  public List<Share> resharesOf(ShareId source) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select s from Share s where s.source = :source", ShareEntity.class)
        .setParameter("source", source.value()), BY_GRANT_TIME));
  }

  @Override
  public List<Share> sharesTo(Grantee grantee) {
    return transactions.call(entities -> Queries.sorted(entities
        .createQuery("select s from Share s where s.granteeKind = :kind"
            + " and s.granteeId = :id", ShareEntity.class)
        .setParameter("kind", grantee.kind().name())
        .setParameter("id", grantee.id()), BY_GRANT_TIME));
  }
}
