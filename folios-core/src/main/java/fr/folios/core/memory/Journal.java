package fr.folios.core.memory;

import fr.folios.core.spi.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory transactions: one lock serialises writers, and each write inside a transaction
 * records how to undo itself, so that a failing transaction leaves nothing behind.
 */
final class Journal implements Transactions {

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error failure) {
      undo.forEach(Runnable::run);
      throw failure;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /**
   * Applies a write under the lock and, inside a transaction, remembers how to undo it.
   *
   * @param write the change
   * @param undo how to revert it
   */
  void write(Runnable write, Runnable undo) {
    lock.lock();
    try {
      write.run();
      Deque<Runnable> log = undoLog.get();
      if (log != null) {
        log.push(undo);
      }
    } finally {
      lock.unlock();
    }
  }
}
