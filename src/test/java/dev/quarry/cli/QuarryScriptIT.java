package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./quarry script as the README runs it, on the jar this build made: a query's output is the
 * query's answer and nothing else, the class-data archive the script writes after a build is
 * one the JVM can use, and the JVM options follow the command, not any word on the line.
 */
class QuarryScriptIT {
  @TempDir static Path tmp;
  private static final Path ARCHIVE = Path.of("target", "quarry.jsa");

  private record Run(int exitCode, String out, String err) {}

  private static Run quarry(String javaOpts, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of("quarry").toAbsolutePath().toString());
    pb.command().addAll(List.of(args));
    pb.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process p = pb.redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, Files.readString(err));
  }

  /** The JVM options ./quarry chooses for {@code args}, which it prints without running. */
  private static String jvmOptions(String javaOpts, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of("quarry").toAbsolutePath().toString());
    pb.command().addAll(List.of(args));
    pb.environment().remove("JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("JAVA_OPTS", javaOpts);
    }
    pb.environment().put("QUARRY_PRINT_JVM_OPTS", "1");
    Path err = Files.createTempFile(tmp, "stderr", ".txt");
    Process p = pb.redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), Files.readString(err));
    assertEquals("", Files.readString(err), "nothing built or run for " + List.of(args));
    return out;
  }

  @Test
  void theJvmOptionsFollowTheCommandNotAnyWordOnTheLine() throws Exception {
    String serve = jvmOptions(null, "serve");
    String ingest = jvmOptions(null, "ingest", "corpus/");
    String other = jvmOptions(null, "query", "-e", "ASK {}");
    assertEquals(3, java.util.Set.of(serve, ingest, other).size(),
        "serve, ingest and the short commands each have their own: " + List.of(serve, ingest));

    assertEquals(other, jvmOptions(null, "explain", "serve"));
    assertEquals(other, jvmOptions(null, "explain", "Slack", "ingest"));
    assertEquals(other, jvmOptions(null, "query", "--store", "serve", "-e", "ASK {}"));
    assertEquals(other, jvmOptions(null, "--store=serve", "query", "-e", "ASK {}"));
    assertEquals(other, jvmOptions(null, "--", "serve"));
    assertEquals(ingest, jvmOptions(null, "--store", "x", "ingest", "corpus/"));
    assertEquals(ingest, jvmOptions(null, "--store", "serve", "ingest", "corpus/"));
    assertEquals(ingest, jvmOptions(null, "-q", "ingest", "serve/"));
    assertEquals(serve, jvmOptions(null, "-v", "--store", "ingest", "serve", "--port", "0"));
    assertEquals("-Xmx1g", jvmOptions("-Xmx1g", "serve"), "JAVA_OPTS overrides the choice");
  }

  @Test
  void aQueryThroughTheScriptPrintsOnlyItsAnswerAndTheJvmCanMapTheArchive() throws Exception {
    String store = SampleStore.copy().toString();
    Run first = quarry(null, "query", "queries/posts-by-author.rq", "-p", "author=Lucy Burns",
        "-f", "csv", "--store", store);
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(List.of(
        "title,date,name,file",
        "PlanetScale and Vitess at KubeCon NA 2019,2019-12-09,Lucy Burns,001_6a3ad591982bdae1.txt",
        "Breakdown: Percona Live EU 2019,2019-10-21,Lucy Burns,000_291316b2396c1ca8.txt"),
        first.out().lines().toList());
    assertTrue(Files.getLastModifiedTime(ARCHIVE).compareTo(
        Files.getLastModifiedTime(Path.of("target", "quarry.jar"))) > 0,
        "the script wrote an archive for this build: " + first.err());

    // -Xshare:on makes the JVM fail rather than run without the archive it was given, and the
    // class loading log says where each class came from
    Path log = Files.createTempFile(tmp, "classes", ".log");
    Run again = quarry("-Xshare:on -XX:TieredStopAtLevel=1 -Xlog:class+load=info:file=" + log,
        "query", "queries/posts-tagged.rq", "-p", "tag=rust", "-f", "csv", "--store", store);
    assertEquals(0, again.exitCode(), again.err());
    assertEquals("", again.err(), "a second run has nothing to build or write");
    assertEquals(2, again.out().lines().count(), again.out());
    assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains("org.apache.jena.")
        && l.contains("source: shared objects file (top)")), "Jena's classes from the archive");
  }
}
