package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph at a glance, in a real headless Chromium over the sample corpus: the home page's
 * counts and lists agree with the graph and lead to their pages; a talk's page; a post's page
 * with its sentences marked; and a fact's evidence, the same that {@code quarry explain} prints.
 */
class GlancePageIT {
  static final Pattern COUNT = Pattern.compile("(\\d+) (?:post|talk)s?");
  static QuarryServer server;
  static WebDriver browser;
  static WebDriverWait wait;
  static Http http;

  @BeforeAll
  static void openThePage() throws Exception {
    server = Chromium.serve(TdbStore.open(SampleStore.copy(), false));
    http = new Http(server.port());
    browser = Chromium.open();
    wait = Chromium.waitFor(browser);
  }

  @AfterAll
  static void close() {
    Chromium.close(browser, server);
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static int count(String text) {
    Matcher m = COUNT.matcher(text);
    assertTrue(m.find(), text);
    return Integer.parseInt(m.group(1));
  }

  /** One number the store answers to a SELECT of ?n, asked over HTTP beside the page. */
  private static long ask(String where) throws Exception {
    var r = http.send("POST", "quarry/sparql", "PREFIX schema: <http://schema.org/>\n"
        + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
        + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { " + where + " }",
        "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
    return Long.parseLong(JSON.parse(r.body()).get("results").getAsObject().get("bindings")
        .getAsArray().get(0).getAsObject().get("n").getAsObject().get("value")
        .getAsString().value());
  }

  /** Opens a view afresh: a page left from an earlier test must not answer for it. */
  private static void open(String view, String iri) {
    Chromium.load(browser, server.url() + "#" + view + "="
        + URLEncoder.encode(iri, StandardCharsets.UTF_8));
  }

  @Test
  void homeCountsWhatTheGraphHoldsAndItsListsLeadToTheirPages() throws Exception {
    Chromium.load(browser, server.url());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#count-facts")));
    long posts;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      posts = files.count();
    }
    assertEquals(posts + " posts", text("#count-posts"));
    assertEquals(ask("?x a schema:Person") + " people", text("#count-people"));
    assertEquals(ask("?x a <https://quarry.dev/ns#Talk>") + " talks", text("#count-talks"));
    Chromium.screenshot(browser, "page-home");

    // Latest posts first.
    List<String> latest = texts("#latest-posts li");
    assertEquals(posts, latest.size());
    List<String> dates = latest.stream().map(l -> l.replaceAll(".*(\\d{4}-\\d\\d-\\d\\d).*", "$1"))
        .toList();
    assertEquals(dates.stream().sorted((a, b) -> b.compareTo(a)).toList(), dates);

    // The most mentioned technologies, most first; as many posts as the named query finds.
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-Technology li")));
    List<Integer> counts = texts("#top-Technology li").stream().map(GlancePageIT::count).toList();
    assertEquals(counts.stream().sorted((a, b) -> b - a).toList(), counts);
    WebElement first = browser.findElement(By.cssSelector("#top-Technology li a"));
    String name = first.getText();
    var named = http.send("GET", "queries/posts-mentioning?entity="
        + URLEncoder.encode(name, StandardCharsets.UTF_8), null);
    assertEquals(counts.get(0).intValue(), JSON.parse(named.body()).get("results").getAsObject()
        .get("bindings").getAsArray().size(), named.body());
    first.click();
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), name));

    // The event with the most talks: its page lists as many talks.
    browser.get(server.url());
    WebElement event = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#top-events li a")));
    int talks = count(text("#top-events li"));
    String eventName = event.getText();
    event.click();
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), eventName));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#relations tr.fact")));
    assertTrue(texts("#relations tr.group").contains("talks (" + talks + ")"),
        texts("#relations tr.group").toString());
  }

  @Test
  void aTalkHasItsPageAndItsPostHasItsMarkedSentences() throws Exception {
    open("entity", "https://quarry.dev/id/technology/vitess");
    wait.until(ExpectedConditions.elementToBeClickable(
        By.linkText("My First 90 Days with Vitess"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("talk-title"), "My First 90 Days with Vitess"));
    assertEquals("Morgan Tocker", text("#talk-speakers"));
    assertEquals("Percona Live Europe 2019", text("#talk-event"));
    assertTrue(text("#talk-topics").contains("Vitess"), text("#talk-topics"));
    assertTrue(text("#talk-rule").matches("rule \\S+ · confidence 0\\.\\d\\d"),
        text("#talk-rule"));
    List<String> sentences = texts("#talk-sentences .sentence");
    assertFalse(sentences.isEmpty());
    assertTrue(sentences.stream().anyMatch(s -> s.contains("My First 90 Days with Vitess")),
        sentences.toString());
    assertTrue(texts("#talk-sentences mark").containsAll(List.of("Morgan Tocker", "Vitess")));
    Chromium.screenshot(browser, "page-talk");

    // The post it was read from.
    browser.findElement(By.cssSelector("#talk-read-from a")).click();
    wait.until(ExpectedConditions.textToBe(By.id("post-title"), "Breakdown: Percona Live EU 2019"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#post-sentences mark")));
    assertTrue(texts("#post-entities a").containsAll(List.of("Vitess", "Sugu Sougoumarane")));
    assertTrue(texts("#post-talks a").contains("My First 90 Days with Vitess"));
    assertTrue(texts("#post-facts tr.fact").stream()
        .anyMatch(r -> r.startsWith("Sugu Sougoumarane spoke about Vitess")));
    // Every stored sentence of the post, each mention marked and linked to its entity.
    String post = "<https://quarry.dev/id/post/000_291316b2396c1ca8.txt>";
    assertEquals(ask("GRAPH " + post + " { ?x a nif:Sentence }"),
        texts("#post-sentences .sentence").size());
    WebElement sugu = browser.findElements(By.cssSelector("#post-sentences mark a")).stream()
        .filter(a -> a.getText().equals("Sugu Sougoumarane")).findFirst().orElseThrow();
    assertTrue(sugu.getAttribute("href").endsWith(
        "#entity=" + URLEncoder.encode("https://quarry.dev/id/person/sugu-sougoumarane",
            StandardCharsets.UTF_8)), sugu.getAttribute("href"));
    Chromium.screenshot(browser, "page-post");
  }

  @Test
  void aFactShowsTheEvidenceQuarryExplainPrints() {
    Cli cli = Cli.run("explain", "Sugu Sougoumarane", "spoke about", "Vitess",
        "--store", SampleStore.copy().toString());
    assertEquals(0, cli.exitCode(), cli.err());
    List<String> rules = cli.out().lines().filter(l -> l.strip().startsWith("rule "))
        .map(String::strip).sorted().toList();
    assertFalse(rules.isEmpty(), cli.out());

    open("entity", "https://quarry.dev/id/technology/vitess");
    WebElement row = wait.until(b -> b.findElements(By.cssSelector("#relations tr.fact")).stream()
        .filter(r -> r.getText().startsWith("Sugu Sougoumarane spoke about Vitess"))
        .findFirst().orElse(null));
    row.findElement(By.cssSelector("button.why")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence li")));
    assertTrue(text(".evidence .fact").startsWith("Sugu Sougoumarane spoke about Vitess"));
    List<String> shown = texts(".evidence .rule").stream().sorted().toList();
    assertEquals(rules, shown);
    List<String> quoted = texts(".evidence blockquote");
    assertEquals(rules.size(), quoted.size());
    assertTrue(quoted.stream().allMatch(q -> q.contains("Sugu")), quoted.toString());
    assertEquals(rules.size(), browser.findElements(By.cssSelector(".evidence li a")).size());
    Chromium.script(browser, "document.querySelector('.evidence').scrollIntoView()");
    Chromium.screenshot(browser, "page-explain");
  }
}
