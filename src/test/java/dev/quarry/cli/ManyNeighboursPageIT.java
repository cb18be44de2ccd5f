package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An entity with 94 neighbours, in a real headless Chromium: the picture groups them by relation,
 * shows a dozen of each until "show all", and no two labels overlap, before or after.
 */
class ManyNeighboursPageIT {
  static final String ACME = "https://quarry.dev/id/organization/acme-widgets";
  static QuarryServer server;
  static WebDriver browser;
  static WebDriverWait wait;

  /** 60 people work for Acme, it uses 14 tools and sponsored 20 conferences. */
  static String graph() {
    StringBuilder t = new StringBuilder("""
        PREFIX schema: <http://schema.org/>
        PREFIX quarry: <https://quarry.dev/ns#>
        <https://quarry.dev/id/post/acme.md> {
          <https://quarry.dev/id/post/acme.md> a schema:BlogPosting ;
              schema:headline "Acme at a glance" ; quarry:sourceFile "acme.md" .
          <%s> a schema:Organization ; schema:name "Acme Widgets" .
        """.formatted(ACME));
    for (int i = 1; i <= 60; i++) {
      t.append(("<https://quarry.dev/id/person/engineer-%d> a schema:Person ; schema:name "
          + "\"Engineer Number %d of the Widget Works\" ; schema:worksFor <%s> .%n")
          .formatted(i, i, ACME));
    }
    for (int i = 1; i <= 14; i++) {
      t.append(("<https://quarry.dev/id/technology/tool-%d> a quarry:Technology ; schema:name "
          + "\"Widget Tool %d\" . <%s> quarry:uses <https://quarry.dev/id/technology/tool-%d> .%n")
          .formatted(i, i, ACME, i));
    }
    for (int i = 1; i <= 20; i++) {
      t.append(("<https://quarry.dev/id/event/widgetconf-%d> a schema:Event ; schema:name "
          + "\"WidgetConf %d, the yearly conference\" ; schema:sponsor <%s> .%n")
          .formatted(i, 2000 + i, ACME));
    }
    return t.append("}\n").toString();
  }

  @BeforeAll
  static void openThePage() throws Exception {
    Path dir = Files.createTempDirectory("quarry-many");
    TdbStore store = TdbStore.open(dir.resolve("store"), true);
    Txn.executeWrite(store.dataset(), () -> RDFParser.create().source(new StringReader(graph()))
        .lang(Lang.TRIG).parse(store.dataset()));
    server = Chromium.serve(store);
    browser = Chromium.open();
    wait = Chromium.waitFor(browser);
  }

  @AfterAll
  static void close() {
    Chromium.close(browser, server);
  }

  private static long neighbours() {
    return Chromium.<Long>script(browser, "return window.quarryGraph.nodes('.neighbour').length");
  }

  /** Pairs of nodes whose labels overlap, as "A / B". */
  private static List<String> overlaps() {
    return Chromium.script(browser, """
        const boxes = window.quarryGraph.nodes().map(n => [n.data('label'),
          n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })]);
        const out = [];
        boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
          if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) out.push(a + ' / ' + b);
        }));
        return out;""");
  }

  @Test
  void manyNeighboursAreGroupedByRelationCollapsedAndNeverOverlap() {
    browser.get(server.url() + "#entity=" + URLEncoder.encode(ACME, StandardCharsets.UTF_8));
    wait.until(b -> Chromium.<Boolean>script(b, "return !!window.quarryGraph"));
    List<String> hubs = Chromium.script(browser,
        "return window.quarryGraph.nodes('.hub').map(h => h.data('label')).sort()");
    assertEquals(List.of("people who work here (60)", "sponsored (20)", "uses (14)"), hubs);
    assertEquals(36, neighbours(), "a dozen of each relation");
    assertEquals(3L, Chromium.<Long>script(browser,
        "return window.quarryGraph.nodes('.more').length"));
    assertEquals(List.of(), overlaps());
    assertTrue(Chromium.<Number>script(browser, "return window.quarryGraph.zoom()")
        .doubleValue() >= 0.6, "labels are shown at a readable size");
    Chromium.screenshot(browser, "page-many");

    browser.findElements(By.cssSelector("#graph-controls button")).stream()
        .filter(b -> b.getText().equals("Show all 60: people who work here"))
        .findFirst().orElseThrow().click();
    wait.until(b -> neighbours() == 60 + 12 + 12);
    assertEquals(List.of(), overlaps());
    assertTrue(Chromium.<Number>script(browser, "return window.quarryGraph.zoom()")
        .doubleValue() >= 0.6, "labels are shown at a readable size");
    assertEquals(94, browser.findElements(By.cssSelector("#relations tr.fact")).size());
    Chromium.screenshot(browser, "page-many-all");
  }
}
