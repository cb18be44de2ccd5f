package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --store http://...}: the sample corpus ingested into a Fuseki started apart from Quarry
 * (an in-memory dataset with updates on, as {@code fuseki-server --mem --update /ds} gives)
 * answers every named query as the embedded store does, and exports the same graphs.
 */
class RemoteStoreIT {
  @TempDir static Path tmp;
  static FusekiServer fuseki;
  static String remote;
  static String local;

  @BeforeAll
  static void ingestIntoBoth() {
    fuseki = FusekiServer.create().port(0).loopback(true)
        .add("/ds", DatasetGraphFactory.createTxnMem(), true).build().start();
    remote = "http://localhost:" + fuseki.getHttpPort() + "/ds";
    local = tmp.resolve("store").toString();
    Cli r = Cli.run("ingest", "corpus", "--store", remote);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ingested 4 posts (0 unchanged"), r.out());
    assertTrue(r.out().contains(" into " + remote + ": "), r.out());
    Cli l = Cli.run("ingest", "corpus", "--store", local);
    assertEquals(0, l.exitCode(), l.err());
  }

  @AfterAll
  static void stopFuseki() {
    fuseki.stop();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "who-spoke-about, topic=Vitess",
      "speakers-at-event, event=KubeCon North America 2019",
      "events-of-person, person=Sugu",
      "talks-at-event, event=KubeCon Europe 2019",
      "technologies-at-event, event=KubeCon Europe 2019",
      "organizations-using, technology=Vitess",
      "people-at-organization, organization=PlanetScale",
      "roles-of-person, person=Morgan Tocker",
      "event-location, event=FOSDEM 2019",
      "posts-by-author, author=Lucy Burns",
      "posts-tagged, tag=rust",
      "posts-mentioning, entity=Slack",
      "mentions-of, entity=Vitess",
      "entities, ''",
  })
  void aNamedQueryAnswersTheSameOnTheServerAsEmbedded(String query, String param) {
    List<String> args = new ArrayList<>(List.of("query", "queries/" + query + ".rq",
        "--format", "json"));
    if (!param.isEmpty()) {
      args.addAll(List.of("--param", param));
    }
    Map<String, Long> embedded = rows(run(args, local));
    Map<String, Long> served = rows(run(args, remote));
    assertFalse(embedded.isEmpty(), query + " has no answer to compare");
    assertEquals(embedded, served);
  }

  private static String run(List<String> args, String store) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--store", store));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r.out();
  }

  /**
   * The rows of a JSON result, each as its sorted bindings, counted. The items of a
   * GROUP_CONCAT cell come in whatever order the store met them, so they are sorted too.
   */
  private static Map<String, Long> rows(String json) {
    ResultSet rs = ResultSetMgr.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    Map<String, Long> counted = new TreeMap<>();
    rs.forEachRemaining(row -> {
      Map<String, String> cells = new TreeMap<>();
      row.varNames().forEachRemaining(v -> cells.put(v, Arrays.stream(
          row.get(v).toString().split(" \\| |, ")).sorted().collect(Collectors.joining(" | "))));
      counted.merge(cells.toString(), 1L, Long::sum);
    });
    return counted;
  }

  @Test
  void exportFromTheServerHoldsTheSameGraphsAsEmbedded() {
    Dataset fromServer = nquads(run(List.of("export", "--format", "nquads"), remote));
    Dataset embedded = nquads(run(List.of("export", "--format", "nquads"), local));
    assertEquals(4, embedded.asDatasetGraph().stream().map(q -> q.getGraph()).distinct().count());
    assertTrue(IsoMatcher.isomorphic(embedded.asDatasetGraph(), fromServer.asDatasetGraph()));
  }

  private static Dataset nquads(String text) {
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Lang.NQUADS);
    return ds;
  }

  @Test
  void aSecondIngestSkipsThePostsTheServerAlreadyHas() {
    Cli again = Cli.run("ingest", "corpus", "--store", remote);
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().startsWith("ingested 0 posts (4 unchanged"), again.out());
  }

  @Test
  void explainAndValidateWorkOnTheServerToo() {
    Cli explain = Cli.run("explain", "Sugu Sougoumarane", "--store", remote);
    assertEquals(0, explain.exitCode(), explain.err());
    assertEquals(Cli.run("explain", "Sugu Sougoumarane", "--store", local).out(), explain.out());
    Cli validate = Cli.run("validate", "--store", remote);
    assertEquals(Cli.run("validate", "--store", local).exitCode(), validate.exitCode(),
        validate.out() + validate.err());
  }
}
