package dev.quarry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder store: a batch of posts lands whole or not at all, a new store can be used as soon as
 * it is opened (and is known to hold nothing while it is made), and a store keeps working whether
 * it was made with Quarry's index layout or with TDB2's default one (stores made before).
 */
class TdbStoreTest {
  private static final String A = "https://quarry.dev/id/post/a";
  private static final String B = "https://quarry.dev/id/post/b";

  @TempDir Path tmp;

  private static Model post(String name, String topic) {
    return RDFParser.fromString("@prefix s: <http://schema.org/> . <" + name + "> s:name \""
        + name + "\" ; s:mentions <https://quarry.dev/id/technology/" + topic + "> .",
        Lang.TURTLE).toModel();
  }

  private static long count(QuarryStore store, String sparql) {
    return store.query(QueryFactory.create(sparql), Map.of(), QuarryStore.NO_LIMIT,
        qe -> (long) ResultSetFormatter.consume(qe.execSelect()));
  }

  @Test
  void aBatchClosedWithoutCommitLeavesTheStoreAsItWas() {
    try (TdbStore store = TdbStore.open(tmp.resolve("s"), true)) {
      store.replaceGraphs(Map.of(A, post(A, "vitess")));
      try (QuarryStore.Batch batch = store.batch()) {
        batch.replace(A, post(A, "tidb"));
        batch.replace(B, post(B, "tikv"));
        // no commit: a failure cut the group short
      }
      assertEquals(List.of(A), store.graphs());
      assertEquals(1, count(store,
          "SELECT * { ?p <http://schema.org/mentions> <https://quarry.dev/id/technology/vitess> }"));

      try (QuarryStore.Batch batch = store.batch()) {
        batch.replace(A, post(A, "tidb"));
        batch.replace(B, post(B, "tikv"));
        batch.commit();
      }
      assertEquals(2, store.graphs().size());
      assertEquals(0, count(store,
          "SELECT * { ?p <http://schema.org/mentions> <https://quarry.dev/id/technology/vitess> }"));
    }
  }

  @Test
  void aNewStoreKeepsFourQuadIndexesAndAStoreMadeWithSixKeepsItsOwn() {
    Path old = tmp.resolve("old");
    DatasetGraph made = DatabaseMgr.connectDatasetGraph(Location.create(old.toString()));
    Txn.executeWrite(made, () -> made.add(NodeFactory.createURI(A), NodeFactory.createURI(A),
        NodeFactory.createURI("http://schema.org/name"), NodeFactory.createLiteralString("old")));
    TDBInternal.expel(made);

    for (Path dir : List.of(tmp.resolve("new"), old)) {
      try (TdbStore store = TdbStore.open(dir, true)) {
        store.replaceGraphs(Map.of(B, post(B, "tikv")));
        String[] indexes = TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph())
            .getStoreParams().getQuadIndexes();
        assertEquals(dir.equals(old) ? 6 : 4, indexes.length, String.join(",", indexes));
        // one graph whole, and the union by predicate and by object
        assertEquals(2, count(store, "SELECT * { GRAPH <" + B + "> { ?s ?p ?o } }"));
        assertEquals(dir.equals(old) ? 2 : 1, count(store,
            "SELECT * { ?s <http://schema.org/name> ?o }"));
        assertEquals(1, count(store,
            "SELECT * { ?s ?p <https://quarry.dev/id/technology/tikv> }"));
      }
    }
  }

  private static Model stamped(String post) {
    return post(post, "vitess").add(RDFParser.fromString("<" + post
        + "> <https://quarry.dev/ns#contentHash> \"abc\" ; "
        + "<https://quarry.dev/ns#pipelineVersion> \"v1\" .", Lang.TURTLE).toModel());
  }

  private static final String STAMP_OF_A = "SELECT * { GRAPH <" + A + "> { <" + A + "> "
      + "<https://quarry.dev/ns#contentHash> \"abc\" ; "
      + "<https://quarry.dev/ns#pipelineVersion> \"v1\" } }";

  @Test
  void whileANewStoreIsMadeItAnswersThatItHoldsNothingWithoutWaitingForIt() {
    List<Runnable> making = new ArrayList<>(); // held here until the test makes the store
    TdbStore store = TdbStore.open(tmp.resolve("new"), true, making::add);
    try {
      assertEquals(1, making.size(), "open hands the making of a new store to its maker");
      // the store is not made, and will not be until the test makes it: an answer that waited
      // for it would never come
      assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(30), store::knownEmpty,
          "knownEmpty() waited for the store to be made"));

      making.remove(0).run();
      try (QuarryStore.Batch batch = store.batch()) {
        batch.replace(A, stamped(A));
        batch.commit();
      }
      assertFalse(store.knownEmpty());
      assertEquals(1, count(store, STAMP_OF_A));
    } finally {
      making.forEach(Runnable::run); // so that close, which waits for the store, returns
      store.close();
    }
  }

  @Test
  void aNewStoreTakesPostsAsSoonAsOpenReturnsAndKeepsThem() {
    Path dir = tmp.resolve("new");
    try (TdbStore store = TdbStore.open(dir, true)) {
      try (QuarryStore.Batch batch = store.batch()) {
        batch.replace(A, stamped(A));
        batch.commit();
      }
      assertFalse(store.knownEmpty());
      assertEquals(1, count(store, STAMP_OF_A));
    }
    try (TdbStore again = TdbStore.open(dir, true)) {
      assertFalse(again.knownEmpty());
      assertEquals(1, count(again, STAMP_OF_A));
      assertEquals(List.of(A), again.graphs());
    }
  }
}
