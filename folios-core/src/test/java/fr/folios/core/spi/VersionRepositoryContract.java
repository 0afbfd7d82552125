package fr.folios.core.spi;

import static fr.folios.core.spi.Fixtures.blob;
import static fr.folios.core.spi.Fixtures.document;
import static fr.folios.core.spi.Fixtures.later;
import static fr.folios.core.spi.Fixtures.personalSpace;
import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.directory.Person;
import fr.folios.core.directory.Profile;
import fr.folios.core.space.Document;
import fr.folios.core.space.DocumentVersion;
import fr.folios.core.space.Space;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link VersionRepository} must do; each adapter runs it. */
public abstract class VersionRepositoryContract extends PersistenceContract {

  private VersionRepository versions;
  private Person owner;
  private Document document;
  private Document other;

  @BeforeEach
  void createDocuments() {
    versions = persistence.versions();
    owner = savedPerson(Profile.EDUCATIONAL_STAFF, "Morel");
    Space space = personalSpace(owner.id());
    persistence.spaces().saveSpace(space);
    document = document(space.id(), null, "Fiche.txt", blob('a'), owner.id());
    other = document(space.id(), null, "Bilan.txt", blob('b'), owner.id());
    persistence.spaces().saveDocument(document);
    persistence.spaces().saveDocument(other);
  }

  @Test
  void versions_roundTripInNumberOrder() {
    DocumentVersion third = version(document, 3, 'c', 30);
    DocumentVersion first = version(document, 1, 'a', 10);
    DocumentVersion second = version(document, 2, 'b', 20);
    versions.saveVersion(third);
    versions.saveVersion(first);
    versions.saveVersion(second);
    versions.saveVersion(version(other, 1, 'b', 5));

    assertThat(versions.versions(document.id())).containsExactly(first, second, third);
    assertThat(versions.versions(other.id())).hasSize(1);
  }

  @Test
  void versions_ofADocumentNeverReplacedAreNone() {
    assertThat(versions.versions(document.id())).isEmpty();
  }

  @Test
  void saveVersion_replacesTheVersionOfTheSameNumber() {
    versions.saveVersion(version(document, 1, 'a', 10));
    DocumentVersion again = version(document, 1, 'c', 12);
    versions.saveVersion(again);

    assertThat(versions.versions(document.id())).containsExactly(again);
  }

  @Test
  void deleteVersion_removesOnlyThatVersion() {
    DocumentVersion first = version(document, 1, 'a', 10);
    DocumentVersion second = version(document, 2, 'b', 20);
    versions.saveVersion(first);
    versions.saveVersion(second);

    versions.deleteVersion(document.id(), 1);
    versions.deleteVersion(document.id(), 7);

    assertThat(versions.versions(document.id())).containsExactly(second);
  }

  @Test
  void deleteVersionsOf_removesEveryVersionOfOneDocumentThenAllowsItsDeletion() {
    versions.saveVersion(version(document, 1, 'a', 10));
    versions.saveVersion(version(document, 2, 'b', 20));
    DocumentVersion kept = version(other, 1, 'b', 5);
    versions.saveVersion(kept);

    persistence.transactions().inTransaction(() -> {
      versions.deleteVersionsOf(document.id());
      persistence.spaces().deleteDocument(document.id());
      return null;
    });

    assertThat(versions.versions(document.id())).isEmpty();
    assertThat(persistence.spaces().findDocument(document.id())).isEmpty();
    assertThat(versions.versions(other.id())).containsExactly(kept);
  }

  @Test
  void countVersionsUsing_countsEveryDocumentsVersionsOfABlob() {
    versions.saveVersion(version(document, 1, 'a', 10));
    versions.saveVersion(version(document, 2, 'b', 20));
    versions.saveVersion(version(document, 3, 'a', 10));
    versions.saveVersion(version(other, 1, 'b', 20));

    assertThat(versions.countVersionsUsing(blob('a'))).isEqualTo(2);
    assertThat(versions.countVersionsUsing(blob('b'))).isEqualTo(2);
    assertThat(versions.countVersionsUsing(blob('d'))).isZero();
  }

  @Test
  void saveVersion_isUndoneWithItsTransaction() {
    try {
      persistence.transactions().inTransaction(() -> {
        versions.saveVersion(version(document, 1, 'a', 10));
        throw new IllegalStateException("refused after the write");
      });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessage("refused after the write");
    }

    assertThat(versions.versions(document.id())).isEmpty();
  }

  private DocumentVersion version(Document of, int number, char blob, long size) {
    return new DocumentVersion(of.id(), number, blob(blob), size, "text/plain; charset=UTF-8",
        owner.id(), later(number));
  }
}
