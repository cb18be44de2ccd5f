package dev.quarry.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether the heap came near its end: a collection that left a heap pool more than
 * {@link #FULL} full. CoreNLP's part-of-speech tagger catches an OutOfMemoryError itself, logs it
 * and goes on with the sentence untagged; so a post read while the heap came near its end may have
 * been read in part, without anything thrown, and is read again.
 */
final class HeapWatch {
  /**
   * How full a pool may be after a collection before the heap counts as near its end. G1 keeps a
   * tenth of the heap in reserve, so a heap that ran out was found 86% full after a collection
   * (measured, 64 MB); an ingest holds about half of its heap.
   */
  static final double FULL = 0.8;

  private static final List<MemoryPoolMXBean> POOLS = watched();

  private HeapWatch() {}

  private static List<MemoryPoolMXBean> watched() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      long max = pool.getUsage().getMax();
      if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
          && max > 0) {
        pool.setCollectionUsageThreshold((long) (max * FULL));
        pools.add(pool);
      }
    }
    return List.copyOf(pools);
  }

  /** How many times so far a collection left the heap near its end; it only grows. */
  static long nearEnd() {
    long n = 0;
    for (MemoryPoolMXBean pool : POOLS) {
      n += pool.getCollectionUsageThresholdCount();
    }
    return n;
  }
}
