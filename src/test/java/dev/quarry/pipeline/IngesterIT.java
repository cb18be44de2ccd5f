package dev.quarry.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.SharedNlp;
import dev.quarry.post.Corpus;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.TdbStore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingester commits in the groups its store asks for, and reports a post stored after. */
class IngesterIT {
  @TempDir
  Path tmp;

  @Test
  void aGroupIsCommittedWhenItHoldsAsManyPostsAsTheStoreAsks() throws Exception {
    List<String> ids = sampleIds();
    List<String> events = ingest(new QuarryStore.GroupCommit(2, Duration.ofHours(1)));
    assertEquals(List.of(
        "extracted " + ids.get(0), "extracted " + ids.get(1), "commit",
        "stored " + ids.get(0), "stored " + ids.get(1),
        "extracted " + ids.get(2), "extracted " + ids.get(3), "commit",
        "stored " + ids.get(2), "stored " + ids.get(3)), events);
  }

  @Test
  void aGroupIsCommittedWhenItHasBeenOpenAsLongAsTheStoreAsks() throws Exception {
    List<String> ids = sampleIds();
    List<String> events = ingest(new QuarryStore.GroupCommit(100, Duration.ofNanos(1)));
    List<String> expected = new ArrayList<>();
    for (String id : ids) {
      expected.addAll(List.of("extracted " + id, "commit", "stored " + id));
    }
    assertEquals(expected, events);
  }

  private static List<String> sampleIds() throws Exception {
    return Corpus.find(List.of(Path.of("corpus")), p -> {}).stream().map(Corpus.Source::id)
        .toList();
  }

  /** Ingests the sample posts on one thread into a store with {@code group}; what happened. */
  private List<String> ingest(QuarryStore.GroupCommit group) throws Exception {
    List<String> events = new ArrayList<>();
    try (TdbStore tdb = TdbStore.open(tmp.resolve("store"), true)) {
      QuarryStore store = new Recording(tdb, group, events);
      IngestSummary sum = new Ingester(store, new EventLog(events),
          new Ingester.Options(1, false, false, Ingester.Options.DEFAULT_MAX_BYTES), SharedNlp.extractor())
          .ingest(List.of(Path.of("corpus")));
      assertEquals(4, sum.stored());
      assertEquals(4, tdb.graphs().size(), "every post is in the store");
    }
    return events;
  }

  /** A TDB2 store with another group size, that writes down each commit. */
  record Recording(TdbStore tdb, GroupCommit group, List<String> events)
      implements QuarryStore {
    @Override
    public GroupCommit groupCommit() {
      return group;
    }

    @Override
    public Batch batch() {
      Batch batch = tdb.batch();
      return new Batch() {
        @Override
        public void replace(String graph, Model model) {
          batch.replace(graph, model);
        }

        @Override
        public void update(org.apache.jena.update.UpdateRequest request) {
          batch.update(request);
        }

        @Override
        public void commit() {
          events.add("commit");
          batch.commit();
        }

        @Override
        public void close() {
          batch.close();
        }
      };
    }

    @Override
    public String location() {
      return tdb.location();
    }

    @Override
    public void removeGraph(String graph) {
      tdb.removeGraph(graph);
    }

    @Override
    public List<String> graphs() {
      return tdb.graphs();
    }

    @Override
    public void export(OutputStream out, Lang lang, PrefixMapping prefixes) {
      tdb.export(out, lang, prefixes);
    }

    @Override
    public <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
        Function<QueryExecution, T> work) {
      return tdb.query(query, bindings, timeout, work);
    }

    @Override
    public <T> T readUnion(Function<Graph, T> work) {
      return tdb.readUnion(work);
    }

    @Override
    public void close() {
      // the test closes the TDB2 store
    }
  }
}
