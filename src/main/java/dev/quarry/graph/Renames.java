package dev.quarry.graph;

import dev.quarry.extract.EntityIndex;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL update that makes every post's graph agree with a change of preferred names: a node
 * whose preferred name changed is renamed in every graph, and a person's node whose IRI changed
 * (or two nodes now known to be one) is moved to its new IRI, as subject and as object.
 */
public final class Renames {
  private static final String MOVE = """
      DELETE { GRAPH ?g { ?old ?p ?o } } INSERT { GRAPH ?g { ?new ?p ?o } }
      WHERE { GRAPH ?g { ?old ?p ?o } };
      DELETE { GRAPH ?g { ?s ?p ?old } } INSERT { GRAPH ?g { ?s ?p ?new } }
      WHERE { GRAPH ?g { ?s ?p ?old } }""";
  private static final String NAME = """
      DELETE { GRAPH ?g { ?node ?name ?n } } INSERT { GRAPH ?g { ?node ?name ?to } }
      WHERE { GRAPH ?g { ?node ?name ?n } }""";

  private Renames() {}

  /** The update for {@code rewrites}; empty when there are none. */
  public static UpdateRequest of(List<EntityIndex.Rewrite> rewrites) {
    UpdateRequest out = new UpdateRequest();
    for (EntityIndex.Rewrite r : rewrites) {
      String to = EntityGraph.iri(r.type(), r.to());
      for (String from : r.from()) {
        String old = EntityGraph.iri(r.type(), from);
        if (!old.equals(to)) {
          ParameterizedSparqlString move = new ParameterizedSparqlString(MOVE);
          move.setIri("old", old);
          move.setIri("new", to);
          move.asUpdate().getOperations().forEach(out::add);
        }
      }
      ParameterizedSparqlString name = new ParameterizedSparqlString(NAME);
      name.setIri("node", to);
      name.setIri("name", Vocab.NAME.getURI());
      name.setLiteral("to", r.to());
      name.asUpdate().getOperations().forEach(out::add);
    }
    return out;
  }
}
