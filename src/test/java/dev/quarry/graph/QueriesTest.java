package dev.quarry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.store.QuerySyntaxException;
import dev.quarry.store.SparqlQuery;
import java.util.Map;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** A user's query is read with Quarry's prefixes, and each parameter bound with its key. */
class QueriesTest {
  @Test
  void aParameterIsBoundAsItIsAndAsItsComparisonKey() {
    SparqlQuery q = Queries.parse("q", "SELECT ?e { ?e quarry:key ?org_key ; schema:name ?org }",
        Map.of("org", "Université-Libre"));
    assertEquals(Map.of(
        "org", ResourceFactory.createStringLiteral("Université-Libre"),
        "org_key", ResourceFactory.createStringLiteral("universite libre")), q.bindings());
  }

  @Test
  void aQueryMayUseOnlyTheKeyOfAParameter() {
    SparqlQuery q = Queries.parse("q", "SELECT ?e { ?e quarry:key ?org_key }",
        Map.of("org", "ACME  Inc."));
    assertEquals(Map.of("org_key", ResourceFactory.createStringLiteral("acme inc")),
        q.bindings());
  }

  @Test
  void quarrysPrefixesAreDeclaredUnlessTheQueryDeclaresItsOwn() {
    SparqlQuery q = Queries.parse("q", "SELECT ?p { ?p a schema:Person ; quarry:key ?k }",
        Map.of());
    assertEquals(Vocab.QUARRY, q.query().getPrefixMapping().getNsPrefixURI("quarry"));
    SparqlQuery own = Queries.parse("q",
        "PREFIX schema: <https://schema.org/>\nSELECT ?p { ?p a schema:Person }", Map.of());
    assertEquals("https://schema.org/", own.query().getPrefixMapping().getNsPrefixURI("schema"));
  }

  @Test
  void aParameterTheQueryDoesNotUseIsAnError() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> Queries.parse("q.rq", "SELECT ?e { ?e ?p ?o }", Map.of("org", "Acme")));
    assertEquals("q.rq: the query has no variable ?org for --param org", e.describe());
  }

  @Test
  void aSyntaxErrorIsPlacedOnTheUsersLineNotAfterTheDeclaredPrefixes() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> Queries.parse("q.rq", "SELECT ?e\nWHERE { ?e schema:name }", Map.of()));
    assertTrue(e.describe().startsWith("q.rq:2:"), e.describe());
  }
}
