package dev.quarry.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The heap watch sees a heap filled near its end, as CoreNLP's tagger leaves it when it swallows
 * an OutOfMemoryError, and does not see one with room left. Each runs in a small JVM of its own.
 */
class HeapWatchIT {
  /**
   * Fills the heap with live data to the fraction given (1: until it runs out, and the error is
   * caught, as the tagger does), then says whether the watch saw the heap near its end.
   */
  public static void main(String[] args) {
    double fill = Double.parseDouble(args[0]);
    long before = HeapWatch.nearEnd();
    byte[][] live = new byte[4096][];
    int n = 0;
    Runtime rt = Runtime.getRuntime();
    try {
      while (n < live.length
          && (fill >= 1 || rt.totalMemory() - rt.freeMemory() < fill * rt.maxMemory())) {
        live[n++] = new byte[64 * 1024];
      }
    } catch (OutOfMemoryError e) {
      for (int i = 0; i < n; i += 2) {
        live[i] = null; // the tagger's sentence given up: room again, with nothing allocated
      }
    }
    System.gc();
    System.out.println((HeapWatch.nearEnd() - before) > 0 ? "near its end" : "room left");
    System.out.println(n + " blocks");
  }

  private static String run(double fill) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx64m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
        HeapWatchIT.class.getName(), String.valueOf(fill)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().findFirst().orElse(out);
  }

  @Test
  void aHeapFilledNearItsEndIsSeen() throws Exception {
    assertEquals("near its end", run(1));
  }

  @Test
  void aHeapWithRoomLeftIsNot() throws Exception {
    assertEquals("room left", run(0.5));
  }
}
