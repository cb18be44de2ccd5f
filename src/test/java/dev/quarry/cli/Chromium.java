package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.serve.NamedQueries;
import dev.quarry.serve.QuarryServer;
import dev.quarry.store.TdbStore;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium for the page tests (Debian's chromium and chromedriver). */
final class Chromium {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  /** The server a page test browses: read-only, on loopback, with the project's named queries. */
  static QuarryServer serve(TdbStore store) {
    return QuarryServer.start(store, QuarryServer.Options.readOnly("127.0.0.1", 0,
        Duration.ofSeconds(30), NamedQueries.in(Path.of("queries"))));
  }

  /** Quits the browser and closes the server, whichever of them was opened. */
  static void close(WebDriver browser, QuarryServer server) {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static WebDriver open() throws IOException {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the page test needs Debian's chromium and chromedriver: "
            + "apt-get install chromium chromium-driver");
    Path profile = Files.createTempDirectory("quarry-chromium");
    ChromeOptions options = new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
            "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  static WebDriverWait waitFor(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /**
   * Loads {@code url} as a new document, even when only its fragment differs from the page shown:
   * by way of a blank page, since a refresh can be cut short by a navigation still in flight.
   */
  static void load(WebDriver browser, String url) {
    browser.get("about:blank");
    browser.get(url);
  }

  /** What {@code js} returns in the page. */
  @SuppressWarnings("unchecked")
  static <T> T script(WebDriver browser, String js) {
    return (T) ((JavascriptExecutor) browser).executeScript(js);
  }

  /** A screenshot of the page as it is, in target/NAME.png, to look at after the run. */
  static void screenshot(WebDriver browser, String name) {
    try {
      Files.write(Path.of("target", name + ".png"),
          ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
