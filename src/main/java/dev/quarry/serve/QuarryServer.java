package dev.quarry.serve;

import dev.quarry.store.TdbStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Quarry's store served over HTTP by an embedded Fuseki: the SPARQL 1.1 Protocol and the Graph
 * Store Protocol at {@code /quarry}, the named queries at {@code /queries}, the evidence for a fact
 * at {@code /explain}, the page at {@code /}.
 * The default graph is the union of the post graphs, as for {@code quarry query}.
 */
public final class QuarryServer implements AutoCloseable {
  /** The dataset's name in URLs: {@code /quarry/sparql}, {@code /quarry/get}. */
  public static final String DATASET = "quarry";

  /**
   * What to serve and how. {@code token} is what writes must carry when {@code update} is on;
   * {@code corsOrigins} are the other origins whose pages may read the answers; SERVICE reaches
   * other hosts only with {@code allowService}.
   */
  public record Options(String host, int port, boolean update, Duration timeout,
      NamedQueries queries, String token, List<String> corsOrigins, boolean allowService,
      Limits limits) {
    public Options {
      corsOrigins = List.copyOf(corsOrigins);
      if (update && (token == null || token.isBlank())) {
        throw new IllegalArgumentException("a server that takes updates needs a token");
      }
    }

    /** Read-only, no CORS, no SERVICE. */
    public static Options readOnly(String host, int port, Duration timeout, NamedQueries queries) {
      return new Options(host, port, false, timeout, queries, null, List.of(), false,
          Limits.DEFAULT);
    }

    /** The same, taking writes that carry {@code token}. */
    public Options withUpdate(String token) {
      return new Options(host, port, true, timeout, queries, token, corsOrigins, allowService,
          limits);
    }

    /** The same, letting pages at {@code origins} read the answers. */
    public Options withCors(List<String> origins) {
      return new Options(host, port, update, timeout, queries, token, origins, allowService,
          limits);
    }

    /** The same, with other limits on each request. */
    public Options withLimits(Limits other) {
      return new Options(host, port, update, timeout, queries, token, corsOrigins, allowService,
          other);
    }

    /** The same, with SERVICE to other hosts allowed or not. */
    public Options withService(boolean allow) {
      return new Options(host, port, update, timeout, queries, token, corsOrigins, allow,
          limits);
    }
  }

  private final FusekiServer fuseki;
  private final TdbStore store;
  private final String host;
  private boolean closed;

  private QuarryServer(FusekiServer fuseki, TdbStore store, String host) {
    this.fuseki = fuseki;
    this.store = store;
    this.host = host;
  }

  /** Starts serving {@code store}; the server owns the store from now on and closes it. */
  public static QuarryServer start(TdbStore store, Options options) {
    DatasetGraph dsg = store.dataset().asDatasetGraph();
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
    dsg.getContext().set(ARQ.httpServiceAllowed, options.allowService());
    SafeFunctions.install(dsg.getContext());
    boolean loopback = isLoopback(options.host());
    Limits limits = options.limits();
    FusekiServer.Builder builder = FusekiServer.create()
        .port(options.port())
        .loopback(loopback)
        .add("/" + DATASET, dsg, options.update())
        .enableCors(false)
        .enablePing(true)
        .addServlet("/queries/*", new NamedQueryServlet(store, options.queries(),
            options.timeout()))
        .addServlet("/explain", new ExplainServlet(store, options.timeout()))
        .addFilter("/*", new RequestLimits(limits))
        .addFilter("/*", new RequestGuard(new HostNames(options.host()), options.update(),
            options.token()));
    if (!options.corsOrigins().isEmpty()) {
      builder.addFilter("/*", Cors.readOnly(options.corsOrigins()));
    }
    FusekiServer fuseki = builder.addFilter("/*", new StaticFiles()).build();
    // A form body (a query sent as a form) is read by Jetty itself: the same limit there.
    fuseki.getJettyServer().getDescendant(ServletContextHandler.class)
        .setMaxFormContentSize((int) limits.maxQueryBytes());
    if (!loopback) {
      for (var c : fuseki.getJettyServer().getConnectors()) {
        if (c instanceof ServerConnector sc) {
          sc.setHost(options.host());
        }
      }
    }
    fuseki.start();
    return new QuarryServer(fuseki, store, options.host());
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host '" + host + "'", e);
    }
  }

  /** Whether only this machine can reach the server. */
  public boolean loopback() {
    return isLoopback(host);
  }

  /** The port the server listens on (the one chosen when 0 was asked for). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The page's address. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "localhost" : h) + ":" + port() + "/";
  }

  /** Waits until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Stops taking requests, lets the ones under way finish, then closes the store. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      fuseki.stop();
    } finally {
      store.close();
    }
  }
}
