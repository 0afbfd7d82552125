package fr.folios.jpa;

import fr.folios.core.ConflictException;
import fr.folios.core.InvalidInputException;
import fr.folios.core.NotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.DataException;
import org.hibernate.exception.LockAcquisitionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns the failures of the database that a caller can act on into the SDK's exceptions.
 *
 * <p>The repositories check uniqueness rules before writing and name the value in their own
 * messages; what reaches this class is a race that another transaction won.
 */
final class DatabaseFailures {

  private static final int MAX_DETAIL = 300;
  private static final int MAX_CAUSES = 20;

  private DatabaseFailures() {
  }

  /**
   * Translates a failure.
   *
   * @param failure what the persistence provider threw
   * @return a {@link ConflictException} for a duplicate value or a lock that could not be had,
   *     a {@link NotFoundException} for a reference to a row that is not stored, an
   *     {@link InvalidInputException} for a value too long for its column, else the failure
   *     itself
   */
  static RuntimeException translate(PersistenceException failure) {
    ConstraintViolationException violation = find(failure, ConstraintViolationException.class);
    if (violation != null) {
      return translate(violation, failure);
    }
    DataException data = find(failure, DataException.class);
    if (data != null) {
      return new InvalidInputException("a value does not fit its column ("
          + detail(data.getSQLException()) + "): shorten it", failure);
    }
    if (isLockFailure(failure)) {
      return new ConflictException("another transaction holds a lock on the same rows and did"
          + " not release it in time: retry the operation", failure);
    }
    return failure;
  }

  private static RuntimeException translate(
      ConstraintViolationException violation, PersistenceException failure) {
    String rule = String.valueOf(violation.getConstraintName()).toLowerCase(Locale.ROOT);
    String detail = detail(violation.getSQLException());
    if (violation.getKind() == ConstraintKind.UNIQUE) {
      return new ConflictException("another record already holds this value (rule '" + rule
          + "': " + detail + "): load that record and update it instead", failure);
    }
    if (violation.getKind() == ConstraintKind.FOREIGN_KEY) {
      return new NotFoundException("the record refers to one that is not stored (rule '" + rule
          + "': " + detail + "): save the record it refers to first", failure);
    }
    return failure;
  }

  private static boolean isLockFailure(Throwable failure) {
    return find(failure, PessimisticLockException.class) != null
        || find(failure, LockTimeoutException.class) != null
        || find(failure, LockAcquisitionException.class) != null
        || find(failure, org.hibernate.PessimisticLockException.class) != null;
  }

  private static String detail(@Nullable SQLException sql) {
    if (sql == null || sql.getMessage() == null) {
      return "no detail";
    }
    String message = sql.getMessage();
    int postgresDetail = message.indexOf("Detail:");
    if (postgresDetail >= 0) {
      message = message.substring(postgresDetail + "Detail:".length());
    }
    for (String tail : List.of("; SQL statement", "Call getNextException")) {
      int start = message.indexOf(tail);
      if (start >= 0) {
        message = message.substring(0, start);
      }
    }
    message = message.strip().replaceAll("\\s+", " ");
    return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "…";
  }

  private static <X extends Throwable> @Nullable X find(Throwable failure, Class<X> type) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      cause = cause.getCause();
    }
    return null;
  }
}
