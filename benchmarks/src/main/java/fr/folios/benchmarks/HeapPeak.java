package fr.folios.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak live heap of a phase: the largest heap occupancy found right after a garbage
 * collection since the last {@link #reset}, the sum over the heap pools of what each held
 * after its latest collection. Garbage not yet collected is left out, so the figure is what
 * the phase needed to keep, whatever room the collector was given; it is watched every 10
 * milliseconds by a daemon thread.
 *
 * <p>Summing each pool's peak usage instead would count the young generation's garbage and
 * add peaks reached at different moments: it exceeded the heap's maximum in our runs, and
 * said nothing of what the import keeps.
 */
final class HeapPeak {

  private static final long EVERY_MILLIS = 10;
  private static final AtomicLong PEAK = new AtomicLong();
  private static volatile boolean watching;

  private HeapPeak() {
  }

  /** Collects garbage, then watches the live heap afresh. */
  static synchronized void reset() {
    System.gc();
    PEAK.set(liveBytes());
    if (!watching) {
      watching = true;
      Thread watcher = new Thread(HeapPeak::watch, "heap-peak");
      watcher.setDaemon(true);
      watcher.start();
    }
  }

  /** {@return the peak live heap since the last reset, in bytes} */
  static long bytes() {
    PEAK.accumulateAndGet(liveBytes(), Math::max);
    return PEAK.get();
  }

  /** {@return the largest heap this JVM may grow to, in bytes, or -1 if unbounded} */
  static long max() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  private static void watch() {
    while (true) {
      PEAK.accumulateAndGet(liveBytes(), Math::max);
      try {
        Thread.sleep(EVERY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long liveBytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      MemoryUsage afterCollection = pool.getCollectionUsage();
      bytes += afterCollection == null ? pool.getUsage().getUsed() : afterCollection.getUsed();
    }
    return bytes;
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}
