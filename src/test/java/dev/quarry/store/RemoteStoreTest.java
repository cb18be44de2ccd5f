package dev.quarry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store on a SPARQL server, against a real Fuseki on a free loopback port: posts' graphs are
 * replaced whole, and queries see the union of all graphs, on Jena's union graph and by naming
 * every graph as any SPARQL 1.1 server needs.
 */
class RemoteStoreTest {
  private DatasetGraph served;
  private FusekiServer fuseki;
  private String url;

  @BeforeEach
  void startFuseki() {
    served = DatasetGraphFactory.createTxnMem();
    fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", served, true).build().start();
    url = "http://localhost:" + fuseki.getHttpPort() + "/ds";
  }

  @AfterEach
  void stopFuseki() {
    fuseki.stop();
  }

  /** The values of ?v in the answers to {@code select} (s: is schema.org), over the union. */
  private static List<String> strings(QuarryStore store, String select) {
    List<String> values = new ArrayList<>();
    store.query(QueryFactory.create("PREFIX s: <http://schema.org/> " + select), Map.of(),
        Duration.ofSeconds(10), qe -> {
          qe.execSelect().forEachRemaining(r -> values.add(r.getLiteral("v").getLexicalForm()));
          return null;
        });
    return values;
  }

  /** Each post's content hash, as "graph hash", read inside its graph as an ingest reads it. */
  private static List<String> hashes(QuarryStore store) {
    return strings(store, "SELECT ?v { GRAPH ?g { ?g <https://quarry.dev/ns#contentHash> ?h } "
        + "BIND (concat(str(?g), \" \", ?h) AS ?v) } ORDER BY ?v");
  }

  private static Model turtle(String text) {
    return RDFParser.fromString("@prefix s: <http://schema.org/> . " + text, Lang.TURTLE)
        .toModel();
  }

  private static void storeTwoPosts(QuarryStore store) {
    Map<String, Model> posts = new LinkedHashMap<>();
    posts.put("https://example.org/post/a", turtle("<https://example.org/post/a> <https://quarry.dev/ns#contentHash> \"h1\" . "
        + "<https://example.org/sugu> a s:Person ; s:name \"Sugu\" ; s:worksFor <https://example.org/ps> ."));
    posts.put("https://example.org/post/b", turtle("<https://example.org/ps> a s:Organization ; s:name \"PlanetScale\" ."));
    store.replaceGraphs(posts);
  }

  @ParameterizedTest(name = "Jena union graph allowed: {0}")
  @ValueSource(booleans = {true, false})
  void aQueryJoinsFactsFromDifferentPostsGraphs(boolean jenaUnion) {
    try (RemoteStore store = RemoteStore.connect(url, true, jenaUnion)) {
      storeTwoPosts(store);
      List<String> rows = new ArrayList<>();
      store.query(QueryFactory.create("PREFIX s: <http://schema.org/> SELECT ?p ?o WHERE { "
          + "?x s:name ?p ; s:worksFor/s:name ?o }"), Map.of(), Duration.ofSeconds(10), qe -> {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getLiteral("p").getString() + " @ "
                + r.getLiteral("o").getString()));
            return null;
          });
      assertEquals(List.of("Sugu @ PlanetScale"), rows);
      assertEquals(List.of("PlanetScale"), strings(store,
          "SELECT DISTINCT ?v { ?x a s:Organization ; s:name ?v }"));
    }
  }

  @Test
  void parametersAreBoundAsLiteralsOnTheServer() {
    try (RemoteStore store = RemoteStore.connect(url, true)) {
      storeTwoPosts(store);
      String q = "PREFIX s: <http://schema.org/> SELECT ?x WHERE { ?x s:name ?name }";
      for (String value : List.of("Sugu", "x\" } UNION { ?x ?p ?o } #")) {
        List<String> found = new ArrayList<>();
        store.query(QueryFactory.create(q),
            Map.of("name", ResourceFactory.createStringLiteral(value)), Duration.ofSeconds(10),
            qe -> {
              qe.execSelect().forEachRemaining(r -> found.add(r.getResource("x").getURI()));
              return null;
            });
        assertEquals(value.equals("Sugu") ? List.of("https://example.org/sugu") : List.of(), found, value);
      }
    }
  }

  @Test
  void replacingAPostsGraphDropsWhatItHeldBefore() {
    try (RemoteStore store = RemoteStore.connect(url, true)) {
      storeTwoPosts(store);
      assertEquals(List.of("https://example.org/post/a h1"), hashes(store));
      store.replaceGraphs(Map.of("https://example.org/post/a",
          turtle("<https://example.org/post/a> <https://quarry.dev/ns#contentHash> \"h2\" .")));
      assertEquals(List.of("https://example.org/post/a h2"), hashes(store));
      assertEquals(List.of(), strings(store, "SELECT ?v { ?x a s:Person ; s:name ?v }"));
      store.removeGraph("https://example.org/post/b");
      assertEquals(List.of("https://example.org/post/a"), store.graphs());
      assertEquals(List.of("https://example.org/post/a h2"), hashes(store));
    }
  }

  @Test
  void exportWritesEveryPostsGraphAsItIsOnTheServer() {
    try (RemoteStore store = RemoteStore.connect(url, true)) {
      storeTwoPosts(store);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.export(out, Lang.NQUADS, PrefixMapping.Standard);
      Dataset exported = DatasetFactory.create();
      RDFDataMgr.read(exported, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
      assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(served,
          exported.asDatasetGraph()));
    }
  }

  @Test
  void aServerThatIsNotThereIsNamedInTheError() throws Exception {
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    StoreException e = assertThrows(StoreException.class,
        () -> RemoteStore.connect("http://localhost:" + free + "/ds", false));
    assertTrue(e.getMessage().startsWith("cannot reach the SPARQL store at http://localhost:"
        + free + "/ds"), e.getMessage());
  }

  @Test
  void aReadOnlyServerRefusesTheWriteAndKeepsItsGraphs() {
    FusekiServer readOnly = FusekiServer.create().port(0).loopback(true)
        .add("/ro", served, false).build().start();
    try (RemoteStore writer = RemoteStore.connect(url, true);
        RemoteStore store = RemoteStore.connect(
            "http://localhost:" + readOnly.getHttpPort() + "/ro", false)) {
      storeTwoPosts(writer);
      StoreException e = assertThrows(StoreException.class, () -> store.replaceGraphs(
          Map.of("https://example.org/post/a", turtle("<https://example.org/x> <https://example.org/y> <https://example.org/z> ."))));
      assertTrue(e.getMessage().contains("refused to store 1 post:"), e.getMessage());
      assertFalse(store.graphs().isEmpty());
      StoreException forWriting = assertThrows(StoreException.class, () -> RemoteStore.connect(
          "http://localhost:" + readOnly.getHttpPort() + "/ro", true));
      assertTrue(forWriting.getMessage().contains("refused to take updates")
          && forWriting.getMessage().contains("is it read-only?"), forWriting.getMessage());
      assertEquals(List.of("https://example.org/post/a h1"), hashes(store));
    } finally {
      readOnly.stop();
    }
  }
}
