package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.graph.Iris;
import dev.quarry.graph.Stored;
import dev.quarry.store.TdbStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input, re-ingest, crashes and concurrent use: every good post is stored, every bad one
 * named with a reason, the exit code says so, and the store always opens with nothing lost.
 */
class FaultInjectionIT {
  @TempDir Path tmp;

  private Path corpus(String name) throws Exception {
    return Files.createDirectories(tmp.resolve(name));
  }

  private static void post(Path dir, String file, String text) throws Exception {
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static long graphs(String store) {
    try (TdbStore st = TdbStore.open(Path.of(store), false)) {
      return st.graphs().size();
    }
  }

  @Test
  void everyBadPostIsNamedWithAReasonAndEveryGoodOneIsStored() throws Exception {
    String store = tmp.resolve("store").toString();
    Path old = corpus("old");
    post(old, "kept.md", "---\ntitle: Already here\n---\nVitess is great.\n");
    assertEquals(0, Cli.run("ingest", old.toString(), "--store", store, "-q").exitCode());

    Path dir = corpus("hostile");
    post(dir, "good.md", "---\ntitle: Good\ndate: 2020-01-01\n---\nWe use Kubernetes.\n");
    post(dir, "malformed.md", "---\ntitle: ok\nauthor: [unclosed\n---\nBody\n");
    post(dir, "unclosed.md", "---\ntitle: never closed\n\nBody text\n");
    post(dir, "no-front-matter.md", "# A Heading Title\n\nText about MySQL.\n");
    post(dir, "wrong-type.md", "---\ntitle: [a, list]\ndate: someday\n---\n# Fallback\n\nText.\n");
    Files.write(dir.resolve("latin1.md"),
        "---\ntitle: Caf\u00e9\n---\nna\u00efve text\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("binary.md"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    Files.write(dir.resolve("empty.md"), new byte[0]);
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

    Cli r = Cli.run("ingest", dir.toString(), "--store", store);
    assertEquals(ExitCodes.SOME_POSTS_FAILED, r.exitCode(), r.err());
    String err = r.err();
    assertTrue(err.contains("malformed.md:3: front matter is not valid YAML"), err);
    assertTrue(err.contains("unclosed.md:1: front matter opened with '---' is never closed"), err);
    assertTrue(err.contains("wrong-type.md:2: title is a list, expected text; ignored"), err);
    assertTrue(err.contains("wrong-type.md:3: date 'someday' is not a date; ignored"), err);
    assertTrue(err.contains("latin1.md:2: not valid UTF-8; read as Windows-1252"), err);
    assertTrue(err.contains("binary.md: binary file, not a post"), err);
    assertTrue(err.contains("empty.md: empty file, not a post"), err);
    assertTrue(err.contains("huge.md: 50.0 MB, larger than the 8.0 MB a post may be"), err);
    assertTrue(err.contains("loop: symbolic link loop; not followed"), err);
    assertTrue(r.out().startsWith("ingested 4 posts (0 unchanged, 5 skipped with errors)"),
        r.out());
    assertEquals(5, graphs(store), "the 4 good posts and the one already stored");

    Cli titles = Cli.run("query", "-e", "SELECT ?t WHERE { ?p schema:headline ?t } ORDER BY ?t",
        "--format", "csv", "--store", store);
    assertEquals(List.of("t", "A Heading Title", "Already here", "Café", "Fallback", "Good"),
        titles.out().lines().toList());
  }

  @Test
  void aPostThatVanishesMidRunIsNamedAndTheRunGoesOn() throws Exception {
    Path dir = corpus("vanishing");
    post(dir, "a.md", "---\ntitle: A\n---\nText.\n");
    post(dir, "b.md", "---\ntitle: B\n---\nText.\n");
    post(dir, "c.md", "---\ntitle: C\n---\nText.\n");
    String store = tmp.resolve("store").toString();
    List<String> problems = new java.util.ArrayList<>();
    List<String> events = new java.util.ArrayList<>();
    try (TdbStore st = TdbStore.open(Path.of(store), true)) {
      var listener = new dev.quarry.pipeline.EventLog(events) {
        @Override
        public void started(int total) {
          assertEquals(3, total);
          try {
            Files.delete(dir.resolve("b.md")); // found by the walk, gone before it is read
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }

        @Override
        public void problem(dev.quarry.post.PostException p, boolean fatal) {
          problems.add(p.describe());
        }
      };
      var options = new dev.quarry.pipeline.Ingester.Options(1, false, false, 1 << 20);
      var summary = new dev.quarry.pipeline.Ingester(st, listener, options).ingest(List.of(dir));
      assertEquals(2, summary.stored());
      assertEquals(1, summary.failed());
    }
    // a post is heard of as extracted, then as stored once its group has committed
    assertEquals(List.of("failed b.md", "extracted a.md", "extracted c.md", "stored a.md",
        "stored c.md"), events);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("b.md: cannot be read: NoSuchFile"), problems.toString());
  }

  @Test
  void reingestSkipsUnchangedPostsWithoutNlpReplacesChangedOnesAndPrunes() throws Exception {
    Path dir = corpus("weekly");
    post(dir, "one.md", "---\ntitle: One\n---\nWe moved to CockroachDB last year.\n");
    post(dir, "two.md", "---\ntitle: Two\n---\nGrafana dashboards everywhere.\n");
    String store = tmp.resolve("store").toString();
    assertEquals(0, Cli.run("ingest", dir.toString(), "--store", store, "-q").exitCode());

    // the second run, in a JVM with no CoreNLP at all, proves no model is loaded
    Process again = Jvm.quarry(e -> e.contains("stanford-corenlp"), "ingest", dir.toString(),
        "--store", store).redirectErrorStream(true).start();
    String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, again.waitFor(), out);
    assertTrue(out.contains("ingested 0 posts (2 unchanged, 0 skipped with errors)"), out);

    post(dir, "one.md", "---\ntitle: One, edited\n---\nWe moved to TiDB instead.\n");
    Files.delete(dir.resolve("two.md"));
    Cli r = Cli.run("ingest", dir.toString(), "--store", store, "--prune");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ingested 1 posts (0 unchanged, 0 skipped with errors, "
        + "1 removed)"), r.out());
    Cli techs = Cli.run("query", "-e", "SELECT ?n WHERE { ?t a quarry:Technology ; schema:name ?n }"
        + " ORDER BY ?n", "--format", "csv", "--store", store);
    assertEquals(List.of("n", "TiDB"), techs.out().lines().toList(),
        "the old post's entities are gone with it, the new ones are there");
  }

  @Test
  void aKilledIngestLeavesAStoreThatOpensWithWholePostsAndARerunFinishes() throws Exception {
    Path dir = corpus("many");
    List<Path> samples;
    try (var files = Files.list(Path.of("corpus"))) {
      samples = files.sorted().toList();
    }
    // more posts than one group commit holds, so that the kill lands before the last commit
    int posts = TdbStore.GROUP_COMMIT.posts() + 32;
    for (int i = 0; i < posts; i++) {
      Path sample = samples.get(i % samples.size());
      Files.copy(sample, dir.resolve(String.format("%03d-%s", i, sample.getFileName())));
    }
    String store = tmp.resolve("store").toString();
    Process p = Jvm.quarry("ingest", dir.toString(), "--store", store, "--threads", "1")
        .redirectErrorStream(true).start();
    int stored = 0;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.matches("\\[\\d+/" + posts + "\\] stored .*") && ++stored == 3) {
          p.destroyForcibly(); // SIGKILL, mid-run
          break;
        }
      }
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(3, stored, "the ingest printed progress before it was killed");

    long committed;
    try (TdbStore st = TdbStore.open(Path.of(store), false)) {
      List<String> graphs = st.graphs();
      committed = graphs.size();
      assertTrue(committed >= 3 && committed < posts, "committed " + committed);
      var stamps = Stored.stamps(st);
      for (String g : graphs) {
        assertTrue(stamps.containsKey(g) && !stamps.get(g).pipelineVersion().isEmpty(),
            "every stored post is whole: " + g);
      }
      assertTrue(Txn.calculateRead(st.dataset(), () -> st.dataset().getDefaultModel().isEmpty()));
    }
    Cli rerun = Cli.run("ingest", dir.toString(), "--store", store, "-q", "--threads", "2");
    assertEquals(0, rerun.exitCode(), rerun.err());
    Cli summary = Cli.run("ingest", dir.toString(), "--store", store);
    assertTrue(summary.out().startsWith("ingested 0 posts (" + posts + " unchanged"), summary.out());
    assertEquals(posts, graphs(store));
  }

  @Test
  void aSecondProcessOnAStoreInUseIsToldSoAndTheStoreSurvives() throws Exception {
    Path dir = corpus("busy");
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    String store = tmp.resolve("store").toString();
    Process ingest = Jvm.quarry("ingest", dir.toString(), "--store", store)
        .redirectErrorStream(true).start();
    try {
      // wait until the other process holds the store
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(Path.of(store, "tdb.lock")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Cli r = Cli.run("query", "-e", "ASK {}", "--store", store);
      assertEquals(ExitCodes.FAILURE, r.exitCode());
      assertTrue(r.err().contains("the store at " + store + " is in use by another process"),
          r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    } finally {
      assertEquals(0, ingest.waitFor(), new String(ingest.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8));
    }
    assertEquals(4, graphs(store));
  }

  @Test
  void aStoreJustBeingOpenedByAnotherProcessIsReportedInUse() throws Exception {
    Path store = tmp.resolve("opening");
    Process holder = Jvm.java(e -> false, LockHolder.class, store.toString()).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine());
      Cli r = Cli.run("query", "-e", "ASK {}", "--store", store.toString());
      assertEquals(ExitCodes.FAILURE, r.exitCode());
      assertTrue(r.err().startsWith("quarry: the store at " + store
          + " is in use by another process; wait for it to finish"), r.err());
    } finally {
      holder.getOutputStream().close();
      assertEquals(0, holder.waitFor());
    }
    assertEquals(0, Cli.run("query", "-e", "ASK {}", "--store", store.toString()).exitCode(),
        "the store opens once the other process lets go");
  }

  @Test
  void aReaderSeesOneSnapshotWhileTheIngestWrites() throws Exception {
    Path dir = corpus("snapshot");
    post(dir, "first.md", "---\ntitle: First\n---\nText.\n");
    Path store = tmp.resolve("store");
    try (TdbStore st = TdbStore.open(store, true)) {
      var ingester = new dev.quarry.pipeline.Ingester(st, new dev.quarry.pipeline.IngestListener() {},
          dev.quarry.pipeline.Ingester.Options.defaults());
      ingester.ingest(List.of(dir));
      post(dir, "second.md", "---\ntitle: Second\n---\nText.\n");
      Txn.executeRead(st.dataset(), () -> {
        long before = st.dataset().asDatasetGraph().size();
        Thread writer = new Thread(() -> {
          try {
            ingester.ingest(List.of(dir));
          } catch (dev.quarry.post.PostException e) {
            throw new IllegalStateException(e);
          }
        });
        writer.start();
        try {
          writer.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        assertEquals(before, st.dataset().asDatasetGraph().size(),
            "a read transaction keeps its snapshot");
      });
      assertEquals(2, st.graphs().size());
      assertTrue(st.graphs().contains(Iris.post("second.md")));
    }
  }

  @Test
  void aQueryThatRunsTooLongIsStoppedWithAPlainMessage() throws Exception {
    String store = tmp.resolve("store").toString();
    assertEquals(0, Cli.run("ingest", "corpus", "--store", store, "-q").exitCode());
    Cli r = Cli.run("query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "--timeout", "1", "--store", store);
    assertEquals(ExitCodes.FAILURE, r.exitCode());
    assertTrue(r.err().contains("took longer than 1 s and was stopped"), r.err());
  }

  @Test
  void theGraphOfTheSampleCorpusConformsToTheShapes() {
    String store = tmp.resolve("store").toString();
    assertEquals(0, Cli.run("ingest", "corpus", "--store", store, "-q").exitCode());
    Cli r = Cli.run("validate", "--store", store);
    assertEquals(0, r.exitCode(), r.out());
    assertTrue(r.out().contains("the store conforms to the shapes"), r.out());
  }
}
