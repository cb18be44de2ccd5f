package dev.quarry.cli;

import dev.quarry.serve.NamedQueries;
import dev.quarry.serve.QuarryServer;
import dev.quarry.store.RemoteStore;
import dev.quarry.store.TdbStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry serve}: a SPARQL endpoint and a web page over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the store over HTTP: a page to explore it at /, SPARQL at /quarry/sparql "
        + "(Graph Store Protocol at /quarry/get), named queries at /queries/NAME?param=value. "
        + "Read-only unless --update. Ctrl-C stops it.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "3030",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; "
          + "0.0.0.0 for every network).")
  String host;

  @Option(names = "--update",
      description = "Also take SPARQL Update and Graph Store writes at /quarry/update and "
          + "/quarry/data, from requests that carry the token printed at start.")
  boolean update;

  @Option(names = "--cors", paramLabel = "ORIGIN",
      description = "Let pages at ORIGIN (such as https://notebook.example.org) read the "
          + "answers; repeatable. Default: no other origin.")
  List<String> cors = new ArrayList<>();

  @Option(names = "--allow-service",
      description = "Let queries fetch from other hosts with SERVICE (off by default: it would "
          + "let anyone who can query make this machine fetch any address).")
  boolean allowService;

  @Option(names = "--queries", paramLabel = "DIR",
      description = "The named queries to offer (default: ./queries when it exists, else the "
          + "ones Quarry comes with).")
  Path queries;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Stop a query that runs longer (default: ${DEFAULT-VALUE} s).")
  long timeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    if (RemoteStore.isUrl(store.store)) {
      throw new QuarryException(ExitCodes.USAGE, "serve needs a store folder; " + store.store
          + " is already a SPARQL server");
    }
    if (port < 0 || port > 65535) {
      throw new QuarryException(ExitCodes.USAGE, "--port must be between 0 and 65535");
    }
    if (timeoutSeconds <= 0) {
      throw new QuarryException(ExitCodes.USAGE, "--timeout must be more than 0 seconds");
    }
    NamedQueries named;
    if (queries != null) {
      if (!Files.isDirectory(queries)) {
        throw new QuarryException(ExitCodes.USAGE, queries + ": no such folder of queries");
      }
      named = NamedQueries.in(queries);
    } else {
      named = Files.isDirectory(Path.of("queries")) ? NamedQueries.in(Path.of("queries"))
          : NamedQueries.builtIn();
    }
    for (String origin : cors) {
      if (!origin.matches("https?://[^/\\s]+")) {
        throw new QuarryException(ExitCodes.USAGE, "--cors takes an origin such as "
            + "https://notebook.example.org (scheme, host and port, no path): " + origin);
      }
    }
    String token = store.token;
    if (token != null && token.length() < 16) {
      throw new QuarryException(ExitCodes.USAGE, "--token must be 16 characters or more");
    }
    QuarryServer.Options options = QuarryServer.Options.readOnly(host, port,
        Duration.ofSeconds(timeoutSeconds), named).withCors(cors).withService(allowService);
    if (update) {
      if (token == null) {
        token = newToken();
      }
      options = options.withUpdate(token);
    }
    TdbStore st = TdbStore.open(Path.of(store.store), false);
    QuarryServer server;
    try {
      server = QuarryServer.start(st, options);
    } catch (RuntimeException e) {
      st.close();
      throw new QuarryException(ExitCodes.FAILURE, "cannot serve on " + host + ":" + port + ": "
          + rootMessage(e), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    // Ctrl-C (or a TERM signal): stop taking requests, then close the store.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      err.println("quarry: stopped; the store is closed");
      err.flush();
    }, "quarry-serve-stop"));
    String url = server.url();
    err.printf("quarry: serving %s at %s (%s)%n", store.store, url,
        update ? "SPARQL Update ON" : "read-only");
    err.printf("  page             %s%s%n", url, update ? "#token=" + token : "");
    err.printf("  SPARQL query     %s%s/sparql%n", url, QuarryServer.DATASET);
    err.printf("  graph store      %s%s/get?graph=IRI%n", url, QuarryServer.DATASET);
    err.printf("  named queries    %squeries/NAME?param=value (list: %squeries)%n", url, url);
    if (update) {
      err.printf("quarry: WARNING: updates are ON (%s%s/update, %s%s/data) for requests that "
          + "carry the token%n", url, QuarryServer.DATASET, url, QuarryServer.DATASET);
      err.printf("  token            %s (header 'Authorization: Bearer TOKEN'; "
          + "quarry ingest --token or QUARRY_TOKEN)%n", token);
    }
    if (!cors.isEmpty()) {
      err.printf("  CORS             pages at %s may read the answers%n", String.join(", ", cors));
    }
    if (!server.loopback()) {
      err.printf("quarry: WARNING: listening on %s, not only on this machine%n", host);
    }
    err.println("Ctrl-C stops the server.");
    err.flush();
    server.join();
    return ExitCodes.OK;
  }

  /** 24 random bytes, as URL-safe text: what Jupyter's tokens hold. */
  private static String newToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
