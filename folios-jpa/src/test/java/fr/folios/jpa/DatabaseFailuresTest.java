package fr.folios.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import fr.folios.core.ConflictException;
import fr.folios.core.NotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

  @Test
  void translate_uniqueViolationBecomesAConflictNamingTheValue() {
    PersistenceException failure = new PersistenceException("flush failed", violation(
        ConstraintKind.UNIQUE, "uk_person_join_key",
        "Batch entry 0 insert into person was aborted: ERROR: duplicate key value violates"
            + " unique constraint \"uk_person_join_key\"\n  Detail: Key (join_key)=(E1) already"
            + " exists.  Call getNextException to see other errors in the batch."));

    RuntimeException translated = DatabaseFailures.translate(failure);

    assertThat(translated).isInstanceOf(ConflictException.class).hasCause(failure)
        .hasMessage("another record already holds this value (rule 'uk_person_join_key': Key"
            + " (join_key)=(E1) already exists.): load that record and update it instead");
  }

  @Test
  void translate_h2UniqueViolationKeepsTheValueAndDropsTheStatement() {
    ConstraintViolationException failure = violation(ConstraintKind.UNIQUE,
        "UK_ESTABLISHMENT_UAI", "Unique index or primary key violation:"
            + " \"PUBLIC.UK_ESTABLISHMENT_UAI_INDEX_A ON PUBLIC.ESTABLISHMENT(UAI)"
            + " VALUES ( /* 1 */ '0350001L' )\"; SQL statement:\ninsert into establishment");

    RuntimeException translated = DatabaseFailures.translate(failure);

    assertThat(translated).isInstanceOf(ConflictException.class)
        .hasMessageContaining("'0350001L'")
        .hasMessageContaining("rule 'uk_establishment_uai'")
        .hasMessageNotContaining("insert into");
  }

  @Test
  void translate_foreignKeyViolationBecomesNotFound() {
    ConstraintViolationException failure = violation(ConstraintKind.FOREIGN_KEY,
        "fk_document_folder", "ERROR: insert or update on table \"document\" violates foreign"
            + " key constraint \"fk_document_folder\"\n  Detail: Key (folder_id)=(f-1) is not"
            + " present in table \"folder\".");

    RuntimeException translated = DatabaseFailures.translate(failure);

    assertThat(translated).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Key (folder_id)=(f-1) is not present in table \"folder\".")
        .hasMessageContaining("save the record it refers to first");
  }

  @Test
  void translate_lockTimeoutBecomesAConflictToRetry() {
    RuntimeException translated = DatabaseFailures.translate(
        new LockTimeoutException("lock wait timed out"));

    assertThat(translated).isInstanceOf(ConflictException.class)
        .hasMessageContaining("retry the operation");
  }

  @Test
  void translate_returnsOtherFailuresUnchanged() {
    PersistenceException diskFull = new PersistenceException("disk full");
    ConstraintViolationException notNull = violation(ConstraintKind.NOT_NULL, "name",
        "NULL not allowed for column \"NAME\"");

    assertThat(DatabaseFailures.translate(diskFull)).isSameAs(diskFull);
    assertThat(DatabaseFailures.translate(notNull)).isSameAs(notNull);
  }

  private static ConstraintViolationException violation(
      ConstraintKind kind, String constraint, String message) {
    return new ConstraintViolationException("could not execute statement",
        new SQLException(message, "23505"), "insert into …", kind, constraint);
  }
}
