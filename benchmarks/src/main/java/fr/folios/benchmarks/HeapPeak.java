package fr.folios.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The peak heap of a phase: the sum of the heap memory pools' peak usage since the last
 * {@link #reset}. The pools peak at different moments, so the sum may exceed what the heap
 * held at any one instant: it is an upper bound, the same for every phase.
 */
final class HeapPeak {

  private HeapPeak() {
  }

  /** Collects garbage, then starts every heap pool's peak afresh from its current usage. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
  }

  /** {@return the sum of the heap pools' peak usage since the last reset, in bytes} */
  static long bytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      bytes += pool.getPeakUsage().getUsed();
    }
    return bytes;
  }

  /** {@return the largest heap this JVM may grow to, in bytes, or -1 if unbounded} */
  static long max() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}
