package dev.quarry.graph;

import dev.quarry.store.QuarryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * Finds why the graph believes a fact: every reified statement about an entity, with the
 * sentence it was read from, the post and line, the rule and its confidence.
 */
public final class Explainer {
  /** The relations a user can name, by the words they would use. */
  static final Map<String, String> PREDICATES = Map.ofEntries(
      Map.entry("worksfor", Vocab.WORKS_FOR.getURI()),
      Map.entry("works", Vocab.WORKS_FOR.getURI()),
      Map.entry("uses", Vocab.USES.getURI()),
      Map.entry("use", Vocab.USES.getURI()),
      Map.entry("spokeat", Vocab.SPOKE_AT.getURI()),
      Map.entry("spokeabout", Vocab.SPOKE_ABOUT.getURI()),
      Map.entry("location", Vocab.LOCATION.getURI()),
      Map.entry("heldin", Vocab.LOCATION.getURI()),
      Map.entry("sponsor", Vocab.SPONSOR.getURI()),
      Map.entry("sponsoredby", Vocab.SPONSOR.getURI()));

  /** How each relation reads in a sentence. */
  private static final Map<String, String> READS_AS = Map.of(
      Vocab.WORKS_FOR.getURI(), "works for",
      Vocab.USES.getURI(), "uses",
      Vocab.SPOKE_AT.getURI(), "spoke at",
      Vocab.SPOKE_ABOUT.getURI(), "spoke about",
      Vocab.LOCATION.getURI(), "was held in",
      Vocab.SPONSOR.getURI(), "was sponsored by");

  /** One piece of evidence for a fact. */
  public record Evidence(String subject, String predicate, String object, String sentence,
      String post, String file, String title, int line, String rule, double confidence,
      boolean implicit, Optional<String> role, Optional<String> asOf) {

    /** The fact in words: "Sugu Sougoumarane works for PlanetScale". */
    public String fact() {
      return subject + " " + READS_AS.getOrDefault(predicate, predicate) + " " + object;
    }
  }

  private Explainer() {}

  /** The predicate IRI a user's word stands for ("works for", "worksFor", "spoke-about"). */
  public static Optional<String> predicate(String word) {
    String key = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (word.startsWith("http://") || word.startsWith("https://")) {
      return Optional.of(word);
    }
    return Optional.ofNullable(PREDICATES.get(key));
  }

  /** Every piece of evidence for facts whose subject (or, failing that, object) is named so. */
  public static List<Evidence> explain(QuarryStore store, String subject,
      Optional<String> predicate, Optional<String> object) {
    List<Evidence> out = find(store, subject, predicate, object, false);
    if (out.isEmpty() && object.isEmpty()) {
      out = find(store, subject, predicate, Optional.empty(), true);
    }
    return out;
  }

  /** Every piece of evidence for one fact, its subject, predicate and object given as IRIs. */
  public static List<Evidence> ofFact(QuarryStore store, String subject, String predicate,
      String object, Duration timeout) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(TEMPLATE
        .replace("WHO", "VALUES (?s ?p ?o) { (?wantS ?wantP ?wantO) }")
        .replace("WANT_P", "").replace("WANT_O", "").replace("SIDE", ""));
    q.setIri("wantS", subject);
    q.setIri("wantP", predicate);
    q.setIri("wantO", object);
    return run(store, q, timeout);
  }

  private static List<Evidence> find(QuarryStore store, String name, Optional<String> predicate,
      Optional<String> object, boolean asObject) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(TEMPLATE
        .replace("WHO", """
            ?named (schema:name|skos:altLabel) ?label .
            FILTER (lcase(str(?label)) = lcase(str(?name)))""")
        .replace("SIDE", "FILTER (" + (asObject ? "?o" : "?s") + " = ?named)")
        .replace("WANT_P", predicate.isPresent() ? "FILTER (?p = ?wantP)" : "")
        .replace("WANT_O", object.isPresent() ? "FILTER EXISTS { ?o (schema:name|skos:altLabel) "
            + "?ol . FILTER (lcase(str(?ol)) = lcase(str(?wantO))) }" : ""));
    q.setLiteral("name", name);
    predicate.ifPresent(p -> q.setIri("wantP", p));
    object.ifPresent(o -> q.setLiteral("wantO", o));
    return run(store, q, QuarryStore.NO_LIMIT);
  }

  private static List<Evidence> run(QuarryStore store, ParameterizedSparqlString q,
      Duration timeout) {
    List<Evidence> out = new ArrayList<>();
    store.query(q.asQuery(), Map.of(), timeout, qe -> {
      qe.execSelect().forEachRemaining(r -> out.add(evidence(r)));
      return null;
    });
    return out;
  }

  /**
   * The evidence query: WHO finds the statements' subject (and more), SIDE ties it to them,
   * WANT_P and WANT_O narrow them. A statement and all about it sit in its post's graph, so
   * GRAPH ?g reads them there: over the union, the rule's label (stated in every post that uses
   * the rule) was read once per post.
   */
  private static final String TEMPLATE = """
        PREFIX schema: <http://schema.org/>
        PREFIX quarry: <https://quarry.dev/ns#>
        PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov:   <http://www.w3.org/ns/prov#>
        PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
        PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?sn ?p ?on ?sentence ?post ?file ?title ?line ?rule ?c ?implicit ?role
               ?asOf
        WHERE {
          WHO
          GRAPH ?g {
            ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                prov:wasDerivedFrom ?post ;
                prov:wasAttributedTo/rdfs:label ?rule ;
                quarry:confidence ?c .
            WANT_P
            ?s schema:name ?sn .
            ?o schema:name ?on .
            WANT_O
            ?post quarry:sourceFile ?file ; schema:headline ?title .
            OPTIONAL { ?st nif:sentence/nif:anchorOf ?sentence }
            OPTIONAL { ?st quarry:line ?line }
            OPTIONAL { ?st quarry:implicit ?implicit }
            OPTIONAL { ?job prov:wasDerivedFrom ?st . OPTIONAL { ?job schema:roleName ?role }
                       OPTIONAL { ?job quarry:asOf ?asOf } }
          }
          SIDE
        }
        ORDER BY ?sn ?p ?on DESC(?c) ?file ?line
        """;

  private static Evidence evidence(QuerySolution r) {
    return new Evidence(r.getLiteral("sn").getLexicalForm(), r.getResource("p").getURI(),
        r.getLiteral("on").getLexicalForm(),
        r.contains("sentence") ? r.getLiteral("sentence").getLexicalForm() : "",
        r.getResource("post").getURI(),
        r.getLiteral("file").getLexicalForm(), r.getLiteral("title").getLexicalForm(),
        r.contains("line") ? r.getLiteral("line").getInt() : 0,
        r.getLiteral("rule").getLexicalForm(), r.getLiteral("c").getDouble(),
        r.contains("implicit") && r.getLiteral("implicit").getBoolean(),
        r.contains("role") ? Optional.of(r.getLiteral("role").getLexicalForm()) : Optional.empty(),
        r.contains("asOf") ? Optional.of(r.getLiteral("asOf").getLexicalForm()) : Optional.empty());
  }
}
