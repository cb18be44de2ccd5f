package dev.quarry.graph;

import dev.quarry.store.QuarryStore;
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
      String file, String title, int line, String rule, double confidence, boolean implicit,
      Optional<String> role, Optional<String> asOf) {

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

  private static List<Evidence> find(QuarryStore store, String name, Optional<String> predicate,
      Optional<String> object, boolean asObject) {
    // A statement and all about it sit in its post's graph, so GRAPH ?g reads them there: over
    // the union, the rule's label (stated in every post that uses the rule) was read once per post.
    ParameterizedSparqlString q = new ParameterizedSparqlString("""
        SELECT DISTINCT ?sn ?p ?on ?sentence ?file ?title ?line ?rule ?c ?implicit ?role ?asOf
        WHERE {
          ?named (schema:name|skos:altLabel) ?label .
          FILTER (lcase(str(?label)) = lcase(str(?name)))
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
          FILTER (?NAMED_SIDE = ?named)
        }
        ORDER BY ?sn ?p ?on DESC(?c) ?file ?line
        """.replace("?NAMED_SIDE", asObject ? "?o" : "?s")
        .replace("WANT_P", predicate.isPresent() ? "FILTER (?p = ?wantP)" : "")
        .replace("WANT_O", object.isPresent() ? "FILTER EXISTS { ?o (schema:name|skos:altLabel) "
            + "?ol . FILTER (lcase(str(?ol)) = lcase(str(?wantO))) }" : ""));
    q.setNsPrefixes(Vocab.PREFIXES);
    q.setLiteral("name", name);
    predicate.ifPresent(p -> q.setIri("wantP", p));
    object.ifPresent(o -> q.setLiteral("wantO", o));
    List<Evidence> out = new ArrayList<>();
    store.query(q.asQuery(), Map.of(), QuarryStore.NO_LIMIT, qe -> {
      qe.execSelect().forEachRemaining(r -> out.add(evidence(r)));
      return null;
    });
    return out;
  }

  private static Evidence evidence(QuerySolution r) {
    return new Evidence(r.getLiteral("sn").getLexicalForm(), r.getResource("p").getURI(),
        r.getLiteral("on").getLexicalForm(),
        r.contains("sentence") ? r.getLiteral("sentence").getLexicalForm() : "",
        r.getLiteral("file").getLexicalForm(), r.getLiteral("title").getLexicalForm(),
        r.contains("line") ? r.getLiteral("line").getInt() : 0,
        r.getLiteral("rule").getLexicalForm(), r.getLiteral("c").getDouble(),
        r.contains("implicit") && r.getLiteral("implicit").getBoolean(),
        r.contains("role") ? Optional.of(r.getLiteral("role").getLexicalForm()) : Optional.empty(),
        r.contains("asOf") ? Optional.of(r.getLiteral("asOf").getLexicalForm()) : Optional.empty());
  }
}
