package dev.quarry.graph;

import dev.quarry.extract.EntityType;
import dev.quarry.store.QuarryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * What an ingest reads back from a store before it starts, in the terms {@link PostGraph} wrote:
 * each post's stamp, and the names of the entities already known.
 */
public final class Stored {
  /** What a stored post was made from: its bytes' hash and the pipeline's version. */
  public record Stamp(String contentHash, String pipelineVersion) {}

  private Stored() {}

  /** The stamp of every post in the store, by graph name, read at once. */
  public static Map<String, Stamp> stamps(QuarryStore store) {
    if (store.knownEmpty()) {
      return Map.of();
    }
    ParameterizedSparqlString q = new ParameterizedSparqlString("""
        SELECT ?g ?hash ?version WHERE {
          GRAPH ?g { ?g ?contentHash ?hash
                     OPTIONAL { ?g ?pipelineVersion ?version } }
        }""");
    q.setIri("contentHash", Vocab.CONTENT_HASH.getURI());
    q.setIri("pipelineVersion", Vocab.PIPELINE_VERSION.getURI());
    return store.query(q.asQuery(), Map.of(), QuarryStore.NO_LIMIT, qe -> {
      Map<String, Stamp> stamps = new HashMap<>();
      qe.execSelect().forEachRemaining(r -> stamps.put(r.getResource("g").getURI(),
          new Stamp(r.getLiteral("hash").getLexicalForm(),
              r.contains("version") ? r.getLiteral("version").getLexicalForm() : "")));
      return stamps;
    });
  }

  /** The name of every entity of {@code type}, in any graph. */
  public static List<String> names(QuarryStore store, EntityType type) {
    if (store.knownEmpty()) {
      return List.of();
    }
    ParameterizedSparqlString q = new ParameterizedSparqlString(
        "SELECT DISTINCT ?n WHERE { ?x a ?class ; ?name ?n }");
    q.setIri("class", EntityGraph.classOf(type).getURI());
    q.setIri("name", Vocab.NAME.getURI());
    return store.query(q.asQuery(), Map.of(), QuarryStore.NO_LIMIT, qe -> {
      List<String> names = new ArrayList<>();
      qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("n").getLexicalForm()));
      return names;
    });
  }
}
