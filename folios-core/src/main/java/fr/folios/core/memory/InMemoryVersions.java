package fr.folios.core.memory;

import fr.folios.core.space.DocumentId;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.spi.BlobKey;
import fr.folios.core.spi.VersionRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Keeps documents' versions in a journaled table, grouped by document. */
final class InMemoryVersions implements VersionRepository {

  private final Table<Key, DocumentVersion> versions;
  private final Table<Key, DocumentVersion>.Grouping<DocumentId> byDocument;

  InMemoryVersions(Journal journal) {
    versions = new Table<>(journal);
    byDocument = versions.grouping(v -> List.of(v.document()));
  }

  @Override
  public void saveVersion(DocumentVersion version) {
    versions.put(new Key(version.document(), version.number()), version);
  }

  @Override
  public List<DocumentVersion> versions(DocumentId document) {
    List<DocumentVersion> found = new ArrayList<>(versions.all(byDocument, document));
    found.sort(Comparator.comparingInt(DocumentVersion::number));
    return found;
  }

  @Override
  public void deleteVersion(DocumentId document, int number) {
    versions.remove(new Key(document, number));
  }

  @Override
  public void deleteVersionsOf(DocumentId document) {
    for (DocumentVersion version : versions.all(byDocument, document)) {
      deleteVersion(document, version.number());
    }
  }

  @Override
  public long countVersionsUsing(BlobKey blob) {
    return versions.count(v -> v.blob().equals(blob));
  }

  /** Identifies a version: its document and its number. */
  private record Key(DocumentId document, int number) {
  }
}
