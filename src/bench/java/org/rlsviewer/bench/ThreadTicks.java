package org.rlsviewer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this process's native threads (JIT compiler and GC threads included, which the
 * Java management beans do not show), summed by thread name without its number, from
 * {@code /proc/self/task}; empty where there is no such folder (not Linux).
 */
final class ThreadTicks {

  /** Linux's clock ticks per second for {@code /proc} CPU times. */
  private static final double MS_PER_TICK = 10;

  private ThreadTicks() {}

  static Map<String, Long> byKind() {
    Map<String, Long> ticks = new HashMap<>();
    try (var tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
          ticks.merge(name.replaceAll("[0-9#]+$", "").strip(), used, Long::sum);
        } catch (IOException | RuntimeException ended) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException | RuntimeException notLinux) {
      // no per-thread figures
    }
    return ticks;
  }

  /** Ticks per kind of thread since {@code before} (kinds whose threads all ended are left out). */
  static Map<String, Long> since(Map<String, Long> before) {
    Map<String, Long> now = byKind();
    now.replaceAll((kind, ticks) -> Math.max(0, ticks - before.getOrDefault(kind, 0L)));
    return now;
  }

  static double ms(Map<String, Long> ticks, String... kinds) {
    long sum = 0;
    for (String kind : kinds) {
      sum += ticks.getOrDefault(kind, 0L);
    }
    return sum * MS_PER_TICK;
  }
}
