package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that need no NLP must not load it: they are run in a separate JVM whose classpath has
 * no CoreNLP at all, so touching any CoreNLP class would fail them.
 */
class NoModelsIT {
  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void ingest() {
    store = tmp.resolve("store").toString();
    assertEquals(0, Cli.run("ingest", "corpus", "--store", store, "-q").exitCode());
  }

  private static String[] run(String... args) throws Exception {
    Process p = Jvm.quarry(e -> e.contains("stanford-corenlp"), args).redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new String[] {String.valueOf(p.waitFor()), out};
  }

  @Test
  void queryAnswersWithoutCoreNlpOnTheClasspath() throws Exception {
    String[] r = run("query", "queries/entities.rq", "--store", store, "--format", "csv");
    assertEquals("0", r[0], r[1]);
    assertTrue(r[1].contains("Technology,Vitess"), r[1]);
  }

  @Test
  void exportAndHelpRunWithoutCoreNlpOnTheClasspath() throws Exception {
    String[] export = run("export", "--format", "nquads", "--store", store);
    assertEquals("0", export[0], export[1]);
    String[] help = run("--help");
    assertEquals("0", help[0], help[1]);
    assertTrue(help[1].contains("ingest"), help[1]);
  }
}
