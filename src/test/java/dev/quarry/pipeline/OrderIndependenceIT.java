package dev.quarry.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.SharedNlp;
import dev.quarry.graph.Vocab;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.TdbStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting the same posts in another order, one post at a time, or with a post changed on the
 * way gives the same quads: a node's IRI and preferred name depend on the posts, not their order.
 */
class OrderIndependenceIT {
  /** Posts written for this test: accents, capitals, a short and a long given name. */
  private static final Map<String, String> POSTS = Map.of(
      "a.md", """
          ---
          title: Tracing at scale
          author: Juraci Paixao Krohling
          ---
          Juraci Paixao Krohling and TED YOUNG wrote about OpenTelemetry and Jaeger.
          Jiten Vaidya joined PlanetScale in 2018.
          """,
      "b.md", """
          ---
          title: Sharding notes
          author: Jitendra Vaidya
          ---
          Jitendra Vaidya explained how Vitess shards MySQL at PlanetScale.
          Ted Young spoke about OpenTelemetry at KubeCon Europe 2019.
          """,
      "c.md", """
          ---
          title: Observability day
          author: Juraci Paixão Kröhling
          ---
          Juraci Paixão Kröhling works at Grafana Labs on Jaeger and OpenTelemetry.
          Jiten Vaidya and Ted Young were in Barcelona for KubeCon Europe 2019.
          """);

  @TempDir
  Path tmp;

  @Test
  void twoOrdersAndAChangedPostGiveTheSameQuads() throws Exception {
    String all = quads(tmp.resolve("all"), List.of(List.of("a.md", "b.md", "c.md")), 512);
    // one post per run, the other way round, with b.md first stored in another version
    String reversed = quads(tmp.resolve("reversed"), List.of(List.of("c.md"),
        List.of("b.md*", "c.md"), List.of("b.md", "c.md"), List.of("a.md", "b.md", "c.md")), 512);
    assertEquals(all, reversed);
    // all at once, committed one post at a time
    assertEquals(all, quads(tmp.resolve("one-by-one"),
        List.of(List.of("a.md", "b.md", "c.md")), 1));
    assertTrue(all.contains("\"Juraci Paixão Kröhling\""), all);
    assertTrue(!all.contains(Vocab.NAME.getURI() + "> \"TED YOUNG\""), "one name per node");
  }

  /**
   * Ingests each list of posts in turn (a run sees only those files; "b.md*" is b.md with other
   * text) into a new store; the store's quads, sorted.
   */
  private String quads(Path dir, List<List<String>> runs, int group) throws Exception {
    try (TdbStore tdb = TdbStore.open(dir.resolve("store"), true)) {
      QuarryStore store = new IngesterIT.Recording(tdb,
          new QuarryStore.GroupCommit(group, java.time.Duration.ofHours(1)),
          new java.util.ArrayList<>());
      int n = 0;
      for (List<String> run : runs) {
        Path posts = Files.createDirectories(dir.resolve("run" + (n++)));
        for (String name : run) {
          String file = name.replace("*", "");
          String text = POSTS.get(file);
          Files.writeString(posts.resolve(file), name.endsWith("*")
              ? text.replace("Ted Young spoke", "TED YOUNG spoke") + "Jitendra Vaidya wrote it.\n"
              : text);
        }
        new Ingester(store, new EventLog(new java.util.ArrayList<>()), new Ingester.Options(1, false, false,
            Ingester.Options.DEFAULT_MAX_BYTES), SharedNlp.extractor()).ingest(List.of(posts));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      tdb.export(out, Lang.NQUADS, Vocab.PREFIXES);
      return String.join("\n", new TreeSet<>(Arrays.asList(
          out.toString(StandardCharsets.UTF_8).split("\n"))));
    }
  }
}
