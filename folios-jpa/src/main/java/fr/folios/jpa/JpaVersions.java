package fr.folios.jpa;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.VersionRepository;
import java.util.List;

/** Stores documents' versions in the table of the V7 migration. Thread-safe. */
final class JpaVersions implements VersionRepository {

  private final JpaTransactions transactions;

  JpaVersions(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void saveVersion(DocumentVersion version) {
    transactions.call(entities -> {
      Row.save(entities, VersionEntity.class,
          VersionEntity.keyOf(version.document(), version.number()), version,
          VersionEntity::new);
      return null;
    });
  }

  @Override
  public List<DocumentVersion> versions(DocumentId document) {
    return transactions.call(entities -> Queries.all(entities
        .createQuery("select v from DocumentVersion v where v.key.document = :document"
            + " order by v.key.number", VersionEntity.class)
        .setParameter("document", document.value())));
  }

  @Override
  public void deleteVersion(DocumentId document, int number) {
    transactions.call(entities -> {
      entities.createQuery("delete from DocumentVersion v where v.key.document = :document"
              + " and v.key.number = :number")
          .setParameter("document", document.value())
          .setParameter("number", number)
          .executeUpdate();
      return null;
    });
  }

  @Override
  public void deleteVersionsOf(DocumentId document) {
    transactions.call(entities -> {
      entities.createQuery("delete from DocumentVersion v where v.key.document = :document")
          .setParameter("document", document.value())
          .executeUpdate();
      return null;
    });
  }

  @Override
  public long countVersionsUsing(BlobKey blob) {
    return transactions.call(entities -> entities
        .createQuery("select count(v) from DocumentVersion v where v.blob = :blob", Long.class)
        .setParameter("blob", blob.sha256())
        .getSingleResult());
  }
}
