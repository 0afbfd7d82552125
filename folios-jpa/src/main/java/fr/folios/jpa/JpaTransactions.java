package fr.folios.jpa;

import fr.folios.core.spi.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs work in database transactions and lends the repositories the entity manager of the
 * transaction that the current thread is in.
 *
 * <p>A thread holds at most one transaction per store: {@link #inTransaction} binds an entity
 * manager to the thread, nested calls and repository calls join it, and a repository call made
 * outside any transaction runs in a short one of its own. Safe for concurrent use: threads do
 * not share transactions.
 */
final class JpaTransactions implements Transactions {

  private final EntityManagerFactory factory;
  private final ThreadLocal<@Nullable EntityManager> current = new ThreadLocal<>();

  JpaTransactions(EntityManagerFactory factory) {
    this.factory = factory;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    return inNewTransaction(work);
  }

  /** {@return whether the current thread is in a transaction of this store} */
  boolean active() {
    return current.get() != null;
  }

  /**
   * Runs one repository operation in the current transaction, or in a new one.
   *
   * <p>Pending writes are flushed before it returns, so that a broken rule surfaces here as a
   * domain exception; the persistence context is then cleared, so that the next operation
   * reads what the database holds.
   *
   * @param operation what to do with the entity manager
   * @param <T> the result's type
   * @return what the operation returned
   */
  <T> T call(Function<EntityManager, T> operation) {
    return inTransaction(() -> {
      EntityManager entities = Objects.requireNonNull(current.get());
      try {
        T result = operation.apply(entities);
        entities.flush();
        return result;
      } catch (PersistenceException e) {
        throw DatabaseFailures.translate(e);
      } finally {
        entities.clear();
      }
    });
  }

  private <T> T inNewTransaction(Supplier<T> work) {
    EntityManager entities = factory.createEntityManager();
    current.set(entities);
    try {
      EntityTransaction transaction = entities.getTransaction();
      transaction.begin();

      T result = runOrRollBack(work, transaction);

      commit(transaction);
      return result;
    } finally {
      current.remove();
      entities.close();
    }
  }

  private static <T> T runOrRollBack(Supplier<T> work, EntityTransaction transaction) {
    try {
      return work.get();
    } catch (Throwable failure) {
      rollBack(transaction, failure);
      throw failure;
    }
  }

  private static void rollBack(EntityTransaction transaction, Throwable failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void commit(EntityTransaction transaction) {
    try {
      transaction.commit();
    } catch (PersistenceException e) {
      throw DatabaseFailures.translate(e);
    }
  }
}
