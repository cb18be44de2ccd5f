package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.quarry.serve.Limits;
import dev.quarry.serve.NamedQueries;
import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The attacks a web page, a DNS-rebinding site or a careless query could make on
 * {@code quarry serve --update} running on the user's desktop, each as HTTP against a running
 * server on loopback: none changes or reads anything it should not, and the server goes on.
 */
class ServeSafetyIT {
  static final String TOKEN = "test-token-0123456789abcdef";
  static final String NOTEBOOK = "https://notebook.example.org";
  static final String EVIL = "http://evil.example";
  /** A write's body limit, smaller than by default, so that the test sends less. */
  static final int MAX_BODY = 1024 * 1024;
  static QuarryServer server;
  static Http http;

  @BeforeAll
  static void serveWithUpdates() {
    server = QuarryServer.start(TdbStore.open(SampleStore.copy(), false),
        QuarryServer.Options.readOnly("127.0.0.1", 0, Duration.ofSeconds(3),
            NamedQueries.in(Path.of("queries"))).withUpdate(TOKEN).withCors(List.of(NOTEBOOK))
            .withLimits(Limits.DEFAULT.withMaxBodyBytes(MAX_BODY)));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static int triples() throws Exception {
    HttpResponse<String> r = http.send("POST", "quarry/sparql",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "Accept", "text/csv",
        "Content-Type", "application/x-www-form-urlencoded");
    assertEquals(200, r.statusCode(), r.body());
    return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
  }

  @Test
  void aCrossSiteFormPostCannotDropTheStoreWhateverItsContentType() throws Exception {
    int before = triples();
    assertTrue(before > 1000, "triples: " + before);
    for (String type : List.of("application/x-www-form-urlencoded", "text/plain",
        "multipart/form-data; boundary=x", "application/sparql-update")) {
      String body = type.startsWith("application/sparql") ? "DROP ALL" : "update=DROP+ALL";
      HttpResponse<String> r = http.send("POST", "quarry/update", body, "Content-Type", type,
          "Origin", EVIL);
      assertEquals(403, r.statusCode(), type + ": " + r.body());
      // Even with the token (a page cannot know it, but a browser could hold one).
      r = http.send("POST", "quarry/update", body, "Content-Type", type, "Origin", EVIL,
          "Authorization", "Bearer " + TOKEN);
      assertEquals(403, r.statusCode(), type + ": " + r.body());
    }
    HttpResponse<String> noOrigin = http.send("POST", "quarry", "update=DROP+ALL",
        "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "cross-site");
    assertEquals(403, noOrigin.statusCode(), noOrigin.body());
    HttpResponse<String> fromNotebook = http.send("POST", "quarry/update", "DROP ALL",
        "Content-Type", "application/sparql-update", "Origin", NOTEBOOK,
        "Authorization", "Bearer " + TOKEN);
    assertEquals(403, fromNotebook.statusCode(), "a --cors origin may read, never write");
    assertEquals(before, triples());
  }

  @Test
  void writesNeedTheTokenAndTakeItFromTheServersOwnPage() throws Exception {
    int before = triples();
    String insert = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:a> <urn:x-test:b> 1 } }";
    for (String[] auth : List.of(new String[0], new String[] {"Authorization", "Bearer wrong"},
        new String[] {"Authorization", "Basic " + TOKEN})) {
      List<String> headers = new ArrayList<>(List.of("Content-Type", "application/sparql-update"));
      headers.addAll(List.of(auth));
      HttpResponse<String> r = http.send("POST", "quarry/update", insert,
          headers.toArray(String[]::new));
      assertEquals(401, r.statusCode(), r.body());
      assertTrue(r.body().contains("needs the token"), r.body());
    }
    HttpResponse<String> put = http.send("PUT", "quarry/data?graph=urn:x-test:g",
        "<urn:x-test:a> <urn:x-test:b> 1 .", "Content-Type", "text/turtle");
    assertEquals(401, put.statusCode(), put.body());
    HttpResponse<String> delete = http.send("DELETE",
        "quarry/data?graph=https://quarry.dev/id/post/001_6a3ad591982bdae1.txt", null);
    assertEquals(401, delete.statusCode(), delete.body());
    assertEquals(before, triples());

    HttpResponse<String> own = http.send("POST", "quarry/update", insert,
        "Content-Type", "application/sparql-update", "Origin", http.origin(),
        "Sec-Fetch-Site", "same-origin", "Authorization", "Bearer " + TOKEN);
    assertEquals(204, own.statusCode(), own.body());
    assertEquals(before + 1, triples());
    HttpResponse<String> drop = http.send("POST", "quarry/update", "DROP GRAPH <urn:x-test:g>",
        "Content-Type", "application/sparql-update", "Authorization", "token " + TOKEN);
    assertEquals(204, drop.statusCode(), drop.body());
    assertEquals(before, triples());
  }

  @Test
  void onlyTheOriginsGivenWithCorsMayReadAndNeverWithCredentials() throws Exception {
    String path = "queries/who-spoke-about?topic=Vitess";
    HttpResponse<String> evil = http.send("GET", path, null, "Origin", EVIL);
    assertFalse(evil.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    HttpResponse<String> preflight = http.send("OPTIONS", "quarry/sparql", null,
        "Origin", EVIL, "Access-Control-Request-Method", "POST");
    assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    HttpResponse<String> notebook = http.send("GET", path, null, "Origin", NOTEBOOK);
    assertEquals(200, notebook.statusCode());
    assertEquals(NOTEBOOK, notebook.headers().firstValue("Access-Control-Allow-Origin")
        .orElse(""));
    assertFalse(notebook.headers().firstValue("Access-Control-Allow-Credentials")
        .filter("true"::equals).isPresent());
  }

  @Test
  void aForeignHostHeaderIsRefusedAndLoopbackNamesAreAnswered() throws Exception {
    Http.Raw rebound = http.raw("GET", "queries/who-spoke-about?topic=Vitess",
        "evil.example:" + server.port());
    assertEquals(403, rebound.status(), rebound.text());
    assertFalse(rebound.text().contains("Sougoumarane"), rebound.text());
    for (String host : List.of("localhost:" + server.port(), "127.0.0.1:" + server.port(),
        "[::1]:" + server.port(), "LOCALHOST")) {
      Http.Raw ok = http.raw("GET", "queries/who-spoke-about?topic=Vitess", host);
      assertEquals(200, ok.status(), host + ": " + ok.text());
      assertTrue(ok.text().contains("Sougoumarane"));
    }
  }

  @Test
  void noJsonpAndNoStylesheetChosenByTheCaller() throws Exception {
    HttpResponse<String> jsonp = http.send("GET",
        "quarry/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D&callback=steal", null);
    assertEquals(400, jsonp.statusCode(), jsonp.body());
    assertFalse(jsonp.body().contains("steal("), jsonp.body());
    HttpResponse<String> xsl = http.send("GET", "quarry/sparql?query=ASK%7B%7D&output=xml"
        + "&stylesheet=%22%3F%3E%3Cscript%3Ealert(1)%3C/script%3E", null);
    assertEquals(400, xsl.statusCode(), xsl.body());
    assertFalse(xsl.body().contains("<script>"), xsl.body());
  }

  @Test
  void serviceCannotFetchOtherAddresses() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HttpServer intranet = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    intranet.createContext("/", exchange -> {
      asked.incrementAndGet();
      byte[] secret = "the-intranet-secret".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, secret.length);
      exchange.getResponseBody().write(secret);
      exchange.close();
    });
    intranet.start();
    try {
      String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:"
          + intranet.getAddress().getPort() + "/sparql> { ?s ?p ?o } }";
      HttpResponse<String> r = http.send("POST", "quarry/sparql", query,
          "Content-Type", "application/sparql-query");
      assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
      assertFalse(r.body().contains("intranet-secret"), r.body());
      assertEquals(0, asked.get(), "the server fetched the address");
    } finally {
      intranet.stop(0);
    }
  }

  @Test
  void aNamedQueryRefusesParametersItDoesNotDeclare() throws Exception {
    HttpResponse<String> r = http.send("GET",
        "queries/posts-by-author?author=Lucy%20Burns&title=y", null);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("no parameter 'title'") && r.body().contains("author"),
        r.body());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("", "app.js", "queries", "quarry/sparql?query=ASK%7B%7D")) {
      HttpResponse<String> r = http.send("GET", path, null);
      assertEquals(200, r.statusCode(), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
          && csp.contains("default-src 'none'") && !csp.contains("unsafe"), path + ": " + csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }
  }

  @Test
  void oversizedRequestsAreRefusedWithAClearError() throws Exception {
    // A body announced over the limit is refused before it is read.
    for (String type : List.of("application/sparql-query", "application/x-www-form-urlencoded")) {
      Http.Raw body = http.raw("POST /quarry/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Content-Type: " + type + "\r\nContent-Length: " + 300 * 1024
          + "\r\nConnection: close\r\n\r\nquery=SELECT");
      assertEquals(413, body.status(), body.text());
      assertTrue(body.text().contains("the query is 307200 bytes; the limit is 262144 bytes"),
          body.text());
    }
    String longQuery = "SELECT%20*%20WHERE%20%7B%7D%20%23" + "x".repeat(300 * 1024);
    Http.Raw url = http.raw("GET", "quarry/sparql?query=" + longQuery, "127.0.0.1");
    assertTrue(url.status() == 414 || url.status() == 431, url.text());
    int before = triples();
    int chunked = http.sendChunked("quarry/update",
        "INSERT DATA { <urn:x-test:a> <urn:x-test:b> 1 }", 4 * MAX_BODY, TOKEN);
    assertTrue(chunked >= 400, "status " + chunked);
    assertEquals(before, triples());
    assertEquals(200, http.send("GET", "queries", null).statusCode());
  }

  @Test
  void aBacktrackingRegexStopsAtTheTimeout() throws Exception {
    // A back-reference after a nested repeat: Java's matcher tries every split of the a's
    // (35 s for 30 of them here; 48 would take days).
    String query = "SELECT * WHERE { BIND(CONCAT(\"" + "a".repeat(48) + "\", \"b\") AS ?s) "
        + "FILTER REGEX(?s, \"^(a+)+\\\\1$\") }";
    HttpResponse<String> r = http.send("POST", "quarry/sparql", query,
        "Content-Type", "application/sparql-query");
    assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    // The match itself stops too, not only the answer: no thread is left matching.
    boolean stillMatching = true;
    for (int i = 0; i < 100 && stillMatching; i++) {
      stillMatching = Thread.getAllStackTraces().values().stream().anyMatch(stack ->
          List.of(stack).stream().anyMatch(f -> f.getClassName().startsWith("java.util.regex")));
      Thread.sleep(100);
    }
    assertFalse(stillMatching, "a thread is still running the regular expression");
    assertEquals(200, http.send("GET", "queries", null).statusCode());
  }

  @Test
  void aQueryThatWouldFillTheHeapFailsAloneAndTheServerGoesOn() throws Exception {
    String s = "\"aaaaaaaaaa\"";
    for (int i = 0; i < 9; i++) {
      s = "REPLACE(" + s + ", \"a\", \"aaaaaaaaaa\")";
    }
    HttpResponse<String> r = http.send("POST", "quarry/sparql",
        "SELECT (STRLEN(" + s + ") AS ?n) WHERE {}", "Content-Type", "application/sparql-query");
    assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
    HttpResponse<String> after = http.send("GET", "queries/who-spoke-about?topic=Vitess", null);
    assertEquals(200, after.statusCode());
    assertTrue(after.body().contains("Sougoumarane"));
  }

  @Test
  void aBurstOfRequestsIsAnsweredOrRefusedNeverCrashesTheServer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        answers.add(pool.submit(() -> http.send("GET",
            "queries/who-spoke-about?topic=Vitess", null).statusCode()));
      }
      for (Future<Integer> a : answers) {
        int status = a.get();
        assertTrue(status == 200 || status == 503, "status " + status);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(200, http.send("GET", "queries/who-spoke-about?topic=Vitess", null)
        .statusCode());
  }
}
