package dev.quarry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.extract.EntityType;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.TdbStore;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ingest reads back from a store: each post's stamp and the names already known. */
class StoredTest {
  private static final String A = Iris.post("a.md");
  private static final String B = Iris.post("b.md");
  private static final String C = Iris.post("c.md");

  @TempDir Path tmp;

  private static Model post(String iri, String hash, String version, EntityType type,
      String name) {
    Model m = ModelFactory.createDefaultModel();
    var p = m.createResource(iri, Vocab.BLOG_POSTING).addProperty(Vocab.CONTENT_HASH, hash);
    if (version != null) {
      p.addProperty(Vocab.PIPELINE_VERSION, version);
    }
    m.createResource(EntityGraph.iri(type, name), EntityGraph.classOf(type))
        .addProperty(Vocab.NAME, name).addProperty(Vocab.POST_NAME, name);
    return m;
  }

  @Test
  void stampsAndNamesAreReadBackFromWhatWasStored() {
    try (TdbStore store = TdbStore.open(tmp.resolve("s"), true)) {
      store.replaceGraphs(Map.of(
          A, post(A, "abc", "v1", EntityType.PERSON, "Jane Doe"),
          B, post(B, "def", null, EntityType.ORGANIZATION, "Acme")));
      assertEquals(Map.of(A, new Stored.Stamp("abc", "v1"), B, new Stored.Stamp("def", "")),
          Stored.stamps(store));
      store.replaceGraphs(Map.of(C, post(C, "ghi", "v1", EntityType.PERSON, "Jane Doe")));
      assertEquals(Map.of(EntityType.PERSON, Map.of("Jane Doe", 2),
          EntityType.ORGANIZATION, Map.of("Acme", 1)), Stored.postNames(store));
      assertEquals(Map.of(EntityType.ORGANIZATION, Set.of("Acme")), Stored.postNames(store, B));
    }
  }

  @Test
  void aPostsNamesAreReadWhileABatchIsOpen() {
    // the ingester reads the names of a post it replaces with its group's batch open
    try (TdbStore store = TdbStore.open(tmp.resolve("s"), true)) {
      store.replaceGraphs(Map.of(A, post(A, "abc", "v1", EntityType.PERSON, "Jane Doe")));
      try (QuarryStore.Batch batch = store.batch()) {
        batch.replace(B, post(B, "def", "v1", EntityType.ORGANIZATION, "Acme"));
        assertEquals(Map.of(EntityType.PERSON, Set.of("Jane Doe")), Stored.postNames(store, A));
        batch.commit();
      }
      assertEquals(Map.of(EntityType.ORGANIZATION, Set.of("Acme")), Stored.postNames(store, B));
    }
  }

  @Test
  void aStoreKnownToBeEmptyIsNotAskedAndAnyOtherIs() {
    assertEquals(Map.of(), Stored.stamps(new Unasked(true)));
    assertEquals(Map.of(), Stored.postNames(new Unasked(true)));
    assertThrows(UnsupportedOperationException.class, () -> Stored.stamps(new Unasked(false)));
    assertThrows(UnsupportedOperationException.class,
        () -> Stored.postNames(new Unasked(false)));
  }

  /** A store that fails every request, and may say it is empty. */
  private record Unasked(boolean knownEmpty) implements QuarryStore {
    @Override
    public String location() {
      return "nowhere";
    }

    @Override
    public Batch batch() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void removeGraph(String graph) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> graphs() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void export(OutputStream out, Lang lang, PrefixMapping prefixes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
        Function<QueryExecution, T> work) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T readUnion(Function<Graph, T> work) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
