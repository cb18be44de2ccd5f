package dev.quarry.serve;

import dev.quarry.store.TdbStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Quarry's store served over HTTP by an embedded Fuseki: the SPARQL 1.1 Protocol and the Graph
 * Store Protocol at {@code /quarry}, the named queries at {@code /queries}, the page at {@code /}.
 * The default graph is the union of the post graphs, as for {@code quarry query}.
 */
public final class QuarryServer implements AutoCloseable {
  /** The dataset's name in URLs: {@code /quarry/sparql}, {@code /quarry/get}. */
  public static final String DATASET = "quarry";

  /** What to serve and how. */
  public record Options(String host, int port, boolean update, Duration timeout,
      NamedQueries queries) {}

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
    boolean loopback = isLoopback(options.host());
    FusekiServer fuseki = FusekiServer.create()
        .port(options.port())
        .loopback(loopback)
        .add("/" + DATASET, dsg, options.update())
        .enableCors(true, null)
        .enablePing(true)
        .addServlet("/queries/*", new NamedQueryServlet(store, options.queries(),
            options.timeout()))
        .addFilter("/*", new StaticFiles())
        .build();
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
