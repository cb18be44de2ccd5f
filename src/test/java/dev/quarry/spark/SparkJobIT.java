package dev.quarry.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.graph.Vocab;
import dev.quarry.pipeline.IngestListener;
import dev.quarry.pipeline.Ingester;
import dev.quarry.store.NQuadsLoader;
import dev.quarry.store.TdbStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quarry spark} then {@code quarry load} gives the graph {@code quarry ingest} gives, with
 * one partition or three, and a second run extracts only the post that changed.
 */
class SparkJobIT {
  private static JavaSparkContext sc;

  @TempDir
  Path tmp;

  @BeforeAll
  static void startSpark() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("quarry-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
  }

  @AfterAll
  static void stopSpark() {
    sc.close();
  }

  /** Posts written to trip resolution: accents, capitals, a short and a long given name. */
  private Path posts(String changed) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("posts"));
    Files.writeString(dir.resolve("a.md"), """
        ---
        title: Tracing at scale
        author: Juraci Paixao Krohling
        ---
        Juraci Paixao Krohling and TED YOUNG wrote about OpenTelemetry and Jaeger.
        Jiten Vaidya joined PlanetScale in 2018.
        """);
    Files.writeString(dir.resolve("b.md"), """
        ---
        title: Sharding notes
        author: Jitendra Vaidya
        ---
        Jitendra Vaidya explained how Vitess shards MySQL at PlanetScale.
        Ted Young spoke about OpenTelemetry at KubeCon Europe 2019.
        """ + changed);
    Files.writeString(dir.resolve("c.md"), """
        ---
        title: Observability day
        author: Juraci Paixão Kröhling
        ---
        Juraci Paixão Kröhling works at Grafana Labs on Jaeger and OpenTelemetry.
        Jiten Vaidya and Ted Young were in Barcelona for KubeCon Europe 2019.
        """);
    return dir;
  }

  private static Set<String> quads(TdbStore store) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(out, Lang.NQUADS, Vocab.PREFIXES);
    return new TreeSet<>(Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  private static void ingest(TdbStore store, List<Path> roots) throws Exception {
    new Ingester(store, new IngestListener() {}, new Ingester.Options(1, false, false,
        Ingester.Options.DEFAULT_MAX_BYTES), Worker.extractor()).ingest(roots);
  }

  private SparkJob.Result spark(List<Path> roots, Path out, int partitions) {
    return SparkJob.run(sc, new SparkJob.Options(roots.stream().map(Path::toString).toList(),
        out.toString(), null, partitions, false, Ingester.Options.DEFAULT_MAX_BYTES));
  }

  @Test
  void sparkThenLoadGivesIngestsGraphAndARerunExtractsOnlyTheChangedPost() throws Exception {
    List<Path> roots = List.of(Path.of("corpus"), posts(""));
    try (TdbStore ingested = TdbStore.open(tmp.resolve("ingested"), true);
        TdbStore one = TdbStore.open(tmp.resolve("one"), true);
        TdbStore three = TdbStore.open(tmp.resolve("three"), true)) {
      ingest(ingested, roots);
      Set<String> expected = quads(ingested);

      SparkJob.Result r1 = spark(roots, tmp.resolve("out1"), 1);
      assertEquals(List.of(), r1.problems());
      assertEquals(7, r1.extracted());
      NQuadsLoader.load(one, NQuadsLoader.files(List.of(tmp.resolve("out1/graphs"))));
      assertEquals(expected, quads(one), "one partition");

      SparkJob.Result r3 = spark(roots, tmp.resolve("out3"), 3);
      NQuadsLoader.load(three, NQuadsLoader.files(List.of(tmp.resolve("out3/graphs"))));
      assertEquals(expected, quads(three), "three partitions");

      // b.md changes: one post is extracted again, and the changed graphs land in the store
      posts("TED YOUNG and Jitendra Vaidya wrote it together.\n");
      ingest(ingested, roots);
      SparkJob.Result again = spark(roots, tmp.resolve("out3"), 3);
      assertEquals(1, again.extracted());
      assertEquals(6, again.unchanged());
      NQuadsLoader.load(three, NQuadsLoader.files(List.of(tmp.resolve("out3/changed"))));
      assertEquals(quads(ingested), quads(three), "after the re-run");
    }
  }
}
