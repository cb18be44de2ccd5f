package dev.quarry.graph;

import dev.quarry.extract.EntityType;
import dev.quarry.store.QuarryStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * The names the store's posts give their entities ({@code quarry:postName}), by type, each with
   * the number of posts that give it.
   */
  public static Map<EntityType, Map<String, Integer>> postNames(QuarryStore store) {
    if (store.knownEmpty()) {
      return Map.of();
    }
    ParameterizedSparqlString q = new ParameterizedSparqlString("""
        SELECT ?class ?n (COUNT(DISTINCT ?g) AS ?posts) WHERE {
          GRAPH ?g { ?x ?postName ?n ; a ?class }
        } GROUP BY ?class ?n""");
    q.setIri("postName", Vocab.POST_NAME.getURI());
    return names(store, q, true);
  }

  /** The names one post's graph gives its entities, by type. */
  public static Map<EntityType, Set<String>> postNames(QuarryStore store, String graph) {
    ParameterizedSparqlString q = new ParameterizedSparqlString("""
        SELECT DISTINCT ?class ?n WHERE { GRAPH ?g { ?x ?postName ?n ; a ?class } }""");
    q.setIri("postName", Vocab.POST_NAME.getURI());
    q.setIri("g", graph);
    Map<EntityType, Set<String>> out = new EnumMap<>(EntityType.class);
    names(store, q, false).forEach((type, names) -> out.put(type, names.keySet()));
    return out;
  }

  private static Map<EntityType, Map<String, Integer>> names(QuarryStore store,
      ParameterizedSparqlString q, boolean counted) {
    Map<String, EntityType> types = new HashMap<>();
    for (EntityType type : EntityType.values()) {
      types.put(EntityGraph.classOf(type).getURI(), type);
    }
    return store.query(q.asQuery(), Map.of(), QuarryStore.NO_LIMIT, qe -> {
      Map<EntityType, Map<String, Integer>> names = new EnumMap<>(EntityType.class);
      qe.execSelect().forEachRemaining(r -> {
        EntityType type = types.get(r.getResource("class").getURI());
        if (type != null) {
          names.computeIfAbsent(type, t -> new HashMap<>()).merge(
              r.getLiteral("n").getLexicalForm(), counted ? r.getLiteral("posts").getInt() : 1,
              Integer::sum);
        }
      });
      return names;
    });
  }

}
