package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.serve.NamedQueries;
import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code quarry serve} as a SPARQL client, a script and a browser's page see it: the standard
 * protocols, the named queries, CORS, read-only by default, and a clean stop.
 */
class ServeIT {
  static final String WHO_SPOKE = "queries/who-spoke-about.rq";
  static QuarryServer server;
  static String base;
  static List<String> speakersEmbedded;
  static List<String> explained;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void serveTheSampleCorpus() {
    Path store = SampleStore.copy();
    // What `quarry query` answers on the same store, asked before the server owns it.
    Cli q = Cli.run("query", WHO_SPOKE, "-p", "topic=Vitess", "-f", "json", "--store",
        store.toString());
    assertEquals(0, q.exitCode(), q.err());
    speakersEmbedded = column(q.out(), "speaker");
    Cli explain = Cli.run("explain", "Morgan Tocker", "works for", "PlanetScale", "--store",
        store.toString());
    assertEquals(0, explain.exitCode(), explain.err());
    explained = explain.out().lines().filter(l -> l.startsWith("    \u201c")).map(String::strip)
        .sorted().toList();
    server = QuarryServer.start(TdbStore.open(store, false), QuarryServer.Options.readOnly(
        "127.0.0.1", 0, Duration.ofSeconds(30), NamedQueries.in(Path.of("queries"))));
    base = server.url();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> column(String json, String var) {
    ResultSet rs = ResultSetMgr.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    List<String> values = new ArrayList<>();
    rs.forEachRemaining(r -> values.add(r.getLiteral(var).getLexicalForm()));
    return values;
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aNamedQueryAnswersSparqlJsonResultsLikeTheQueryCommand() throws Exception {
    HttpResponse<String> r = get("queries/who-spoke-about?topic=" + URLEncoder.encode("vitess",
        StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/sparql-results+json"));
    assertTrue(speakersEmbedded.contains("Sugu Sougoumarane"), speakersEmbedded.toString());
    assertEquals(speakersEmbedded, column(r.body(), "speaker"));
  }

  @Test
  void theNamedQueriesAreListedWithTheirParameters() throws Exception {
    HttpResponse<String> r = get("queries");
    assertEquals(200, r.statusCode());
    var list = org.apache.jena.atlas.json.JSON.parseAny(r.body()).getAsArray();
    var who = list.stream().map(v -> v.getAsObject())
        .filter(o -> o.getString("name").equals("who-spoke-about")).findFirst().orElseThrow();
    assertEquals("topic", who.getArray("parameters").iterator().next().getAsObject()
        .getString("name"));
  }

  @Test
  void aWrongNamedQueryRequestSaysWhatIsWrong() throws Exception {
    HttpResponse<String> unknown = get("queries/who-spoke");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("no named query 'who-spoke'"), unknown.body());
    HttpResponse<String> missing = get("queries/who-spoke-about");
    assertEquals(400, missing.statusCode());
    assertTrue(missing.body().contains("needs the parameter 'topic'"), missing.body());
    HttpResponse<String> extra = get("queries/who-spoke-about?topic=Vitess&colour=red");
    assertEquals(400, extra.statusCode());
    assertTrue(extra.body().contains("has no parameter 'colour' (it takes: topic)"),
        extra.body());
  }

  @Test
  void aSparqlClientQueriesTheUnionOfAllPostsAtTheEndpoint() {
    try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(base + "quarry")
        .queryEndpoint("sparql").build()) {
      List<String> speakers = new ArrayList<>();
      conn.querySelect("""
          PREFIX schema: <http://schema.org/>
          PREFIX quarry: <https://quarry.dev/ns#>
          SELECT DISTINCT ?name WHERE {
            ?t quarry:key "vitess" . ?talk schema:about ?t ; schema:performer/schema:name ?name .
          } ORDER BY ?name""", r -> speakers.add(r.getLiteral("name").getString()));
      assertEquals(speakersEmbedded, speakers);
    }
  }

  @Test
  void theGraphStoreProtocolReadsOnePostsGraph() {
    try (RDFConnection conn = RDFConnection.connect(base + "quarry")) {
      String post = "https://quarry.dev/id/post/001_6a3ad591982bdae1.txt";
      Model graph = conn.fetch(post);
      assertTrue(graph.contains(graph.createResource(post),
          graph.createProperty("http://schema.org/headline"),
          "PlanetScale and Vitess at KubeCon NA 2019"));
    }
  }

  @Test
  void theServerIsReadOnlyUnlessToldOtherwise() {
    try (RDFConnection conn = RDFConnection.connect(base + "quarry")) {
      HttpException e = org.junit.jupiter.api.Assertions.assertThrows(HttpException.class,
          () -> conn.update("INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }"));
      assertTrue(e.getStatusCode() >= 400 && e.getStatusCode() < 500, e.toString());
    }
    Cli ingest = Cli.run("ingest", "corpus", "--force", "--store", base + "quarry");
    assertEquals(1, ingest.exitCode(), ingest.out());
    assertTrue(ingest.err().contains("is it read-only?"), ingest.err());
  }

  @Test
  void byDefaultOnlyThisMachineCanConnect() throws Exception {
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (var address : java.util.Collections.list(nic.getInetAddresses())) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
          continue;
        }
        try (java.net.Socket s = new java.net.Socket()) {
          org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
              () -> s.connect(new java.net.InetSocketAddress(address, server.port()), 2000),
              "reachable at " + address);
        }
      }
    }
    assertEquals(200, get("queries").statusCode());
  }

  @Test
  void byDefaultNoPageOnAnotherOriginMayReadTheAnswers() throws Exception {
    HttpResponse<String> r = get("queries/who-spoke-about?topic=Vitess",
        "Origin", "https://notebook.example.org");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
        r.headers().toString());
  }

  @Test
  void aFactsEvidenceIsAnsweredAsJsonAsQuarryExplainPrintsIt() throws Exception {
    HttpResponse<String> r = get("explain?subject=" + URLEncoder.encode(
        "https://quarry.dev/id/person/morgan-tocker", StandardCharsets.UTF_8) + "&predicate="
        + URLEncoder.encode("http://schema.org/worksFor", StandardCharsets.UTF_8) + "&object="
        + URLEncoder.encode("https://quarry.dev/id/organization/planetscale",
            StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    var answer = org.apache.jena.atlas.json.JSON.parse(r.body());
    assertEquals("Morgan Tocker works for PlanetScale", answer.getString("fact"));
    var evidence = answer.get("evidence").getAsArray().stream().map(v -> v.getAsObject())
        .toList();
    assertFalse(evidence.isEmpty());
    // quarry explain marks the two names in brackets; the sentences are the same.
    assertEquals(explained, evidence.stream()
        .map(e -> "\u201c" + ExplainCommand.highlight(e.getString("sentence"), "Morgan Tocker",
            "PlanetScale") + "\u201d").sorted().toList());
    assertTrue(evidence.stream().allMatch(e -> e.get("confidence").isNumber()
        && e.getString("post").startsWith("https://quarry.dev/id/post/")), r.body());

    HttpResponse<String> extra = get("explain?subject=a&colour=red");
    assertEquals(400, extra.statusCode());
    assertTrue(extra.body().contains("no parameter 'colour'"), extra.body());
    HttpResponse<String> notIri = get("explain?subject=Morgan&predicate=x&object=y");
    assertEquals(400, notIri.statusCode());
    assertTrue(notIri.body().contains("'subject' once, as an absolute IRI"), notIri.body());
  }

  @Test
  void thePageAndTheGraphLibraryItLoadsAreServed() throws Exception {
    HttpResponse<String> page = get("");
    assertEquals(200, page.statusCode());
    Matcher lib = Pattern.compile("src=\"(webjars/cytoscape/[^\"]+)\"").matcher(page.body());
    assertTrue(lib.find(), page.body());
    HttpResponse<String> js = get(lib.group(1));
    assertEquals(200, js.statusCode());
    assertTrue(js.body().length() > 100_000);
    assertEquals(404, get("no-such-page.html").statusCode());
  }

  /**
   * The command itself, in a JVM without CoreNLP: with --update it says so and prints a token,
   * takes an ingest from another process that carries the token and refuses one that does not,
   * and on a TERM signal (what Ctrl-C does) stops and leaves the store whole for the next
   * command.
   */
  @Test
  void serveWithUpdateTakesARemoteIngestAndStopsCleanly() throws Exception {
    Path store = SampleStore.copy();
    Process p = Jvm.quarry(e -> e.contains("stanford-corenlp"), "serve", "--update",
        "--port", "0", "--store", store.toString()).start();
    String url = null;
    String token = null;
    StringBuilder said = new StringBuilder();
    try {
      BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
          StandardCharsets.UTF_8));
      for (String line; (line = err.readLine()) != null; ) {
        said.append(line).append('\n');
        Matcher m = Pattern.compile("serving .* at (http://\\S+/) ").matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
        Matcher t = Pattern.compile("^\\s+token\\s+(\\S+)").matcher(line);
        if (t.find()) {
          token = t.group(1);
        }
        if (line.startsWith("Ctrl-C")) {
          break;
        }
      }
      assertNotNull(url, said.toString());
      assertTrue(said.toString().contains("WARNING: updates are ON"), said.toString());
      assertNotNull(token, said.toString());
      assertTrue(said.toString().contains(url + "#token=" + token), said.toString());
      Cli refused = Cli.run("ingest", "corpus", "--force", "--store", url + "quarry");
      assertEquals(1, refused.exitCode(), refused.out());
      assertTrue(refused.err().contains("401"), refused.err());
      Cli ingest = Cli.run("ingest", "corpus", "--force", "--store", url + "quarry",
          "--token", token);
      assertEquals(0, ingest.exitCode(), ingest.err());
      assertTrue(ingest.out().startsWith("ingested 4 posts"), ingest.out());
    } finally {
      p.destroy();
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on TERM");
    Cli after = Cli.run("query", WHO_SPOKE, "-p", "topic=Vitess", "-f", "json", "--store",
        store.toString());
    assertEquals(0, after.exitCode(), after.err());
    assertEquals(speakersEmbedded, column(after.out(), "speaker"));
  }
}
