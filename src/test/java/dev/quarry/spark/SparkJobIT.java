package dev.quarry.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.graph.Vocab;
import dev.quarry.pipeline.IngestListener;
import dev.quarry.pipeline.Ingester;
import dev.quarry.store.NQuadsLoader;
import dev.quarry.store.TdbStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quarry spark} then {@code quarry load} gives the graph {@code quarry ingest} gives, with
 * one partition or three, and a second run extracts only the post that changed; the job jar runs
 * the same under Spark's own launcher.
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
    Worker.unload();
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
        Jiten Vaidya joined PlanetScale in 2018. Their team runs Quuxbase everywhere.
        """);
    // the blog's own list of names, which Spark's executors read as ingest does
    Files.writeString(dir.resolve("quarry.yaml"), "gazetteers: [names.yaml]\n");
    Files.writeString(dir.resolve("names.yaml"), "type: Technology\nentries:\n  - Quuxbase\n");
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
        Ingester.Options.DEFAULT_MAX_BYTES),
        Worker.extractor(roots.stream().map(Path::toString).toList())).ingest(roots);
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
      assertTrue(expected.stream().anyMatch(q -> q.contains("\"Quuxbase\"")),
          "the blog's gazetteer names Quuxbase");

      SparkJob.Result r1 = spark(roots, tmp.resolve("out1"), 1);
      assertEquals(List.of(), r1.problems());
      assertEquals(7, r1.extracted());
      NQuadsLoader.load(one, NQuadsLoader.files(List.of(tmp.resolve("out1/graphs"))));
      assertSame(expected, quads(one));

      SparkJob.Result r3 = spark(roots, tmp.resolve("out3"), 3);
      NQuadsLoader.load(three, NQuadsLoader.files(List.of(tmp.resolve("out3/graphs"))));
      assertSame(expected, quads(three));

      // b.md changes: one post is extracted again, and the changed graphs land in the store
      posts("TED YOUNG and Jitendra Vaidya wrote it together.\n");
      ingest(ingested, roots);
      SparkJob.Result again = spark(roots, tmp.resolve("out3"), 3);
      assertEquals(1, again.extracted());
      assertEquals(6, again.unchanged());
      NQuadsLoader.load(three, NQuadsLoader.files(List.of(tmp.resolve("out3/changed"))));
      assertSame(quads(ingested), quads(three));
    }
  }

  @Test
  void theJobJarRunsUnderSparkSubmitOnSparksOwnJarsAsOnACluster() throws Exception {
    Path jar = Path.of("target/quarry-spark.jar");
    assertTrue(Files.isRegularFile(jar), "./mvnw package writes " + jar);
    Path cluster = Path.of("target/spark-cluster").toAbsolutePath();
    Process mvn = new ProcessBuilder("./mvnw", "-q", "-B", "-f", "src/test/spark-cluster/pom.xml",
        "dependency:copy-dependencies", "-DoutputDirectory=" + cluster)
        .redirectErrorStream(true).redirectOutput(tmp.resolve("mvn.log").toFile()).start();
    assertEquals(0, mvn.waitFor(), () -> read(tmp.resolve("mvn.log")));
    Path models;
    try (var libs = Files.list(Path.of("target/lib"))) {
      models = libs.filter(p -> p.getFileName().toString().endsWith("-models.jar")).findFirst()
          .orElseThrow();
    }
    Path posts = posts("");
    Path out = tmp.resolve("submitted");
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g"));
    cmd.addAll(Arrays.asList(System.getProperty("spark.jvm.options").split(" ")));
    cmd.addAll(List.of("-cp", cluster + "/*", "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]", "--conf", "spark.ui.enabled=false",
        "--class", "dev.quarry.spark.SparkJob", "--jars", models.toString(), jar.toString(),
        posts.toString(), "--out", out.toString(), "--partitions", "2"));
    Process submit = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("submit.log").toFile()).start();
    assertTrue(submit.waitFor(10, TimeUnit.MINUTES), "spark-submit finished");
    assertEquals(0, submit.exitValue(), () -> read(tmp.resolve("submit.log")));

    try (TdbStore ingested = TdbStore.open(tmp.resolve("ingested"), true);
        TdbStore loaded = TdbStore.open(tmp.resolve("loaded"), true)) {
      ingest(ingested, List.of(posts));
      NQuadsLoader.load(loaded, NQuadsLoader.files(List.of(out.resolve("graphs"))));
      // the same but for the fingerprint of the code, here the job jar's
      assertSame(withoutVersion(quads(ingested)), withoutVersion(quads(loaded)));
    }
  }

  private static Set<String> withoutVersion(Set<String> quads) {
    Set<String> out = new TreeSet<>(quads);
    out.removeIf(q -> q.contains(Vocab.PIPELINE_VERSION.getURI()));
    return out;
  }

  /** Equal sets of quads; else the quads only one of them has. */
  private static void assertSame(Set<String> expected, Set<String> actual) {
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    Set<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertEquals("", (missing.isEmpty() ? "" : "missing:\n" + String.join("\n", missing))
        + (extra.isEmpty() ? "" : "\nnot expected:\n" + String.join("\n", extra)));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
