package org.rlsviewer.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.rlsviewer.service.DiaryService;
import org.rlsviewer.service.OpenedDiary;

/**
 * Opens one diary as the window does (import, rules, analysis) in a JVM started with the heap
 * limit under test, and prints {@code key=value} lines: whether it finished, the peak heap used
 * (the most in use at once: just before a collection, or at the end), the sum of the heap pools'
 * peaks (an upper bound that can pass the heap limit, as each pool peaks at another moment), the
 * largest heap still in use after a
 * garbage collection (the live peak), what the opened diary keeps, and the seconds it took.
 */
public final class MemoryProbe {

  private MemoryProbe() {}

  public static void main(String[] args) throws Exception {
    AtomicLong liveAfterGc = new AtomicLong();
    AtomicLong usedBeforeGc = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
              .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
          liveAfterGc.accumulateAndGet(used, Math::max);
          long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
              .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
          usedBeforeGc.accumulateAndGet(before, Math::max);
        }
      }, null, null);
    }
    long start = System.nanoTime();
    OpenedDiary opened;
    try {
      opened = new DiaryService(BenchData.CLOCK, "bench").open(Path.of(args[0]));
    } catch (OutOfMemoryError e) {
      opened = null;
      System.out.println("completed=no");
      System.out.println("error=OutOfMemoryError: " + e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long usedAtEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage p = pool.getPeakUsage();
        peak += p.getUsed();
      }
    }
    if (opened != null) {
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.println("completed=yes");
      System.out.println("nights=" + opened.diary().entries().size());
      System.out.println("retainedMb=" + mb(retained));
    }
    System.out.println("maxHeapMb=" + mb(Runtime.getRuntime().maxMemory()));
    System.out.println("peakUsedMb=" + mb(peak));
    // the heap is fullest just before a collection: the largest such moment is the real peak
    System.out.println("peakHeapMb=" + mb(Math.max(usedBeforeGc.get(), usedAtEnd)));
    System.out.println("peakLiveAfterGcMb=" + mb(liveAfterGc.get()));
    System.out.println("seconds=" + String.format(java.util.Locale.ROOT, "%.2f", seconds));
  }

  private static final java.util.Set<String> HEAP_POOLS = heapPools();

  private static java.util.Set<String> heapPools() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  private static boolean isHeap(String pool) {
    return HEAP_POOLS.contains(pool);
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
