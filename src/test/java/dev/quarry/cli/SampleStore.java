package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The sample corpus ingested once per test run; each caller gets a copy of its own, because a
 * TDB2 store belongs to one open dataset at a time.
 */
final class SampleStore {
  private static Path ingested;

  private SampleStore() {}

  static synchronized Path copy() {
    try {
      if (ingested == null) {
        Path dir = Files.createTempDirectory("quarry-sample");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        Cli r = Cli.run("ingest", "corpus", "--store", dir.resolve("store").toString());
        assertEquals(0, r.exitCode(), r.err());
        ingested = dir.resolve("store");
      }
      Path copy = Files.createTempDirectory("quarry-store");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy)));
      try (Stream<Path> files = Files.walk(ingested)) {
        for (Path f : files.toList()) {
          Path target = copy.resolve(ingested.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else if (!f.getFileName().toString().equals("tdb.lock")) {
            Files.copy(f, target);
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // Only a temporary folder left behind.
    }
  }
}
