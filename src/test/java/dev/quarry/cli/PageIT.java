package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.serve.NamedQueries;
import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /}, in a real headless Chromium (Debian's chromium and chromedriver, see
 * the README): find "Vitess", open it, see who spoke about it in the graph and the table, read
 * the sentences that mention it, and run a named query.
 */
class PageIT {
  static QuarryServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void openThePage() throws Exception {
    server = Chromium.serve(TdbStore.open(SampleStore.copy(), false));
    browser = Chromium.open();
    wait = Chromium.waitFor(browser);
  }

  @AfterAll
  static void close() {
    Chromium.close(browser, server);
  }

  private static List<String> script(String js) {
    return Chromium.script(browser, js);
  }

  @Test
  void searchAnEntityOpenItAndSeeItsGraphAndMentions() throws Exception {
    browser.get(server.url());
    browser.findElement(By.id("search")).sendKeys("vitess");
    browser.findElement(By.cssSelector("#search-form button")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Vitess"))).click();

    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Vitess"));
    assertEquals("Technology", browser.findElement(By.id("entity-type")).getText());

    // The graph picture: the entity, its speakers, and a hub that says how they relate.
    wait.until(b -> !script("return window.quarryGraph ? window.quarryGraph.nodes()"
        + ".map(n => n.data('label')) : []").isEmpty());
    List<String> nodes = script("return window.quarryGraph.nodes().map(n => n.data('label'))");
    assertTrue(nodes.containsAll(List.of("Vitess", "Sugu Sougoumarane", "Morgan Tocker")),
        nodes.toString());
    List<String> speakersHub = script("return window.quarryGraph.nodes('.hub')"
        + ".filter(h => h.data('label').startsWith('spoken about by'))"
        + ".map(h => h.neighborhood('node.neighbour').map(n => n.data('label')).join(','))");
    assertTrue(speakersHub.size() == 1 && speakersHub.get(0).contains("Sugu Sougoumarane"),
        speakersHub.toString());
    assertTrue(browser.findElement(By.cssSelector("#graph canvas")).isDisplayed());

    // The same relations as a table.
    List<String> rows = browser.findElements(By.cssSelector("#relations tbody tr.fact")).stream()
        .map(WebElement::getText).toList();
    assertTrue(rows.contains("Sugu Sougoumarane spoke about Vitess why?"), rows.toString());

    // The posts that mention it, with the sentences and the words marked.
    List<WebElement> sentences = browser.findElements(By.cssSelector("#mentions .sentence"));
    assertTrue(sentences.size() >= 3, "sentences: " + sentences.size());
    assertTrue(sentences.stream().allMatch(s -> s.getText().contains("line ")));
    List<String> marked = browser.findElements(By.cssSelector("#mentions mark")).stream()
        .map(WebElement::getText).distinct().toList();
    assertEquals(List.of("Vitess"), marked);
    List<String> posts = browser.findElements(By.cssSelector("#mentions .post h4")).stream()
        .map(WebElement::getText).toList();
    assertTrue(posts.contains("PlanetScale and Vitess at KubeCon NA 2019"), posts.toString());
    Chromium.screenshot(browser, "page-vitess");

    // A neighbour is one click away.
    browser.findElement(By.cssSelector("#relations")).findElement(
        By.linkText("Sugu Sougoumarane")).click();
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Sugu Sougoumarane"));
    assertEquals("Person", browser.findElement(By.id("entity-type")).getText());
  }

  @Test
  void anEntityFoundByAnotherNameShowsItsNamesAndWikidataLink() {
    browser.get(server.url() + "#search=k8s");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Kubernetes"))).click();
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Kubernetes"));
    assertTrue(browser.findElement(By.id("entity-aliases")).getText().contains("K8s"));
    WebElement wikidata = browser.findElement(By.id("entity-wikidata-link"));
    assertEquals("https://www.wikidata.org/wiki/Q22661306", wikidata.getAttribute("href"));
    assertEquals("Q22661306", wikidata.getText());
  }

  @Test
  void runANamedQueryAndSeeTheTable() {
    browser.get(server.url() + "#query");
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#named-query option[value='who-spoke-about']")));
    new Select(browser.findElement(By.id("named-query"))).selectByValue("who-spoke-about");
    browser.findElement(By.id("param-topic")).sendKeys("Vitess");
    browser.findElement(By.id("named-run")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result-table")));
    List<String> header = browser.findElements(By.cssSelector("#result-table th")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("speaker", "talks", "events", "posts"), header);
    List<String> speakers = browser.findElements(
        By.cssSelector("#result-table tbody tr td:first-child")).stream()
        .map(WebElement::getText).toList();
    assertTrue(speakers.contains("Sugu Sougoumarane") && speakers.contains("Deepthi Sigireddi"),
        speakers.toString());

    browser.findElement(By.id("sparql")).clear();
    browser.findElement(By.id("sparql")).sendKeys("PREFIX schema: <http://schema.org/>\n"
        + "SELECT ?name WHERE { ?e a schema:Place ; schema:name ?name } ORDER BY ?name");
    browser.findElement(By.id("sparql-run")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#result-table th"), "name"));
    List<String> places = browser.findElements(By.cssSelector("#result-table tbody td"))
        .stream().map(WebElement::getText).toList();
    assertTrue(places.contains("Barcelona"), places.toString());
  }

  @Test
  void thePageRunsAnUpdateWithTheTokenFromItsAddressAndForgetsTheAddress() throws Exception {
    String token = "page-token-0123456789abcdef";
    QuarryServer writable = QuarryServer.start(TdbStore.open(SampleStore.copy(), false),
        QuarryServer.Options.readOnly("127.0.0.1", 0, Duration.ofSeconds(30),
            NamedQueries.in(Path.of("queries"))).withUpdate(token));
    try {
      browser.get(writable.url() + "#token=" + token);
      wait.until(b -> !b.getCurrentUrl().contains("token"));
      browser.get(writable.url() + "#query");
      WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.id("update-run")));
      browser.findElement(By.id("sparql")).clear();
      browser.findElement(By.id("sparql")).sendKeys("INSERT DATA { GRAPH <urn:x-test:g> { "
          + "<urn:x-test:a> <http://schema.org/name> \"Added from the page\" } }");
      run.click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("#query-result p"), "Done."));
      Http http = new Http(writable.port());
      var r = http.send("POST", "quarry/sparql", "ASK { ?s ?p \"Added from the page\" }",
          "Content-Type", "application/sparql-query", "Accept", "application/sparql-results+json");
      assertTrue(r.body().contains("true"), r.body());
    } finally {
      writable.close();
    }
  }
}
