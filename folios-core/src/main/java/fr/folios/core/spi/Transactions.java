package fr.folios.core.spi;

import java.util.function.Supplier;

/**
 * Runs work atomically against the persistence ports.
 *
 * <p>Inside {@link #inTransaction}, every repository call of the same {@link Persistence} joins
 * one transaction: if the work throws, every write it made is undone and the exception is
 * rethrown as it was. Nested calls join the outer transaction.
 *
 * <p>A transaction belongs to the thread that runs it. Implementations are safe for concurrent
 * use.
 */
public interface Transactions {

  /**
   * Runs the work in one transaction.
   *
   * @param work the work; its result is returned
   * @param <T> the result's type
   * @return what the work returned
   * @throws RuntimeException whatever the work threw, after the rollback
   */
  <T> T inTransaction(Supplier<T> work);

  /**
   * Runs work that returns nothing in one transaction.
   *
   * @param work the work
   */
  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
