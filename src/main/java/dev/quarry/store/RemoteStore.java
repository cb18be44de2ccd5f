package dev.quarry.store;

import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * A store on a SPARQL 1.1 server (Fuseki, or any server with the query, update and graph store
 * protocols on one dataset URL), reached through Jena's RDFConnection.
 *
 * <p>A group of posts goes to the server as one update request ({@code DROP SILENT GRAPH} and
 * {@code INSERT DATA} for each), which a transactional server applies whole or not at all.
 * Queries run over the union of the post graphs: on a Jena server by reading the default graph
 * as Jena's union graph, elsewhere by naming every graph in FROM and FROM NAMED.
 */
public final class RemoteStore implements QuarryStore {
  private static final Node UNION = Quad.unionGraph;

  private final String url;
  private final RDFConnection conn;
  /** Whether the server reads GRAPH <urn:x-arq:UnionGraph> as Jena does; asked until it says so. */
  private boolean jenaUnion;
  private final boolean mayUseJenaUnion;

  private RemoteStore(String url, RDFConnection conn, boolean mayUseJenaUnion) {
    this.url = url;
    this.conn = conn;
    this.mayUseJenaUnion = mayUseJenaUnion;
  }

  /** Whether {@code location} names a server rather than a folder. */
  public static boolean isUrl(String location) {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /**
   * Connects to the dataset at {@code url} and checks that it answers SPARQL queries and, when
   * Quarry is to {@code write}, that it takes updates: before any post is read, not after.
   */
  public static RemoteStore connect(String url, boolean write) {
    return connect(url, write, true);
  }

  /**
   * As {@link #connect(String, boolean)}; without {@code mayUseJenaUnion} queries always name
   * every graph, as they must on a server that is not Jena's.
   */
  static RemoteStore connect(String url, boolean write, boolean mayUseJenaUnion) {
    RDFConnection conn = RDFConnectionRemote.newBuilder().destination(url).build();
    RemoteStore store = new RemoteStore(url, conn, mayUseJenaUnion);
    try {
      store.read("answer a query", () -> conn.queryAsk("ASK {}"));
      if (write) {
        // An update with nothing in it: a server that takes updates does nothing.
        store.update("take updates", new UpdateRequest());
      }
    } catch (StoreException e) {
      conn.close();
      throw e;
    }
    return store;
  }

  @Override
  public String location() {
    return url;
  }

  /**
   * The batch is one update request ({@code DROP SILENT GRAPH} and {@code INSERT DATA} per post),
   * sent at commit: a transactional server applies it whole.
   */
  @Override
  public Batch batch() {
    return new Batch() {
      private final UpdateRequest request = new UpdateRequest();
      private int posts;

      @Override
      public void replace(String graph, Model model) {
        Node g = NodeFactory.createURI(graph);
        request.add(new UpdateDrop(g, true));
        QuadDataAcc quads = new QuadDataAcc();
        model.getGraph().find().forEach(t -> quads.addQuad(Quad.create(g, t)));
        request.add(new UpdateDataInsert(quads));
        posts++;
      }

      @Override
      public void update(UpdateRequest more) {
        more.getOperations().forEach(request::add);
      }

      @Override
      public void commit() {
        RemoteStore.this.update("store " + (posts == 1 ? "1 post" : posts + " posts"), request);
      }

      @Override
      public void close() {
        // nothing was sent unless commit() sent it
      }
    };
  }

  @Override
  public void removeGraph(String graph) {
    update("remove " + graph,
        new UpdateRequest(new UpdateDrop(NodeFactory.createURI(graph), true)));
  }

  @Override
  public List<String> graphs() {
    return read("list its graphs", () -> {
      List<String> names = new ArrayList<>();
      conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g",
          r -> names.add(r.getResource("g").getURI()));
      return names;
    });
  }

  @Override
  public void export(OutputStream out, Lang lang, PrefixMapping prefixes) {
    Dataset all = read("send its graphs", conn::fetchDataset);
    Datasets.write(all, out, lang, prefixes);
  }

  /** Not tried again when the connection drops: {@code work} may have written part of it out. */
  @Override
  public <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
      Function<QueryExecution, T> work) {
    Query overUnion = overUnion(query);
    return exchange("answer the query", false, 1, () -> Datasets.execute(
        conn.newQuery().query(overUnion), bindings, timeout, work));
  }

  @Override
  public <T> T readUnion(Function<Graph, T> work) {
    Dataset all = read("send its graphs", conn::fetchDataset);
    return work.apply(Datasets.unionOf(all, PrefixMapping.Factory.create()).getGraph());
  }

  /**
   * The query asked of the union of all named graphs. A query that names its own dataset (FROM,
   * FROM NAMED) or has no pattern is sent as it is.
   */
  private Query overUnion(Query query) {
    if (query.hasDatasetDescription() || query.getQueryPattern() == null) {
      return query;
    }
    Query copy = query.cloneQuery();
    if (jenaUnion || mayUseJenaUnion && (jenaUnion = read("answer a query",
        () -> conn.queryAsk("ASK { GRAPH <" + UNION.getURI() + "> { ?s ?p ?o } }")))) {
      // GRAPH <union> { ... }: a GRAPH ?g inside still ranges over the post graphs.
      copy.setQueryPattern(new ElementNamedGraph(UNION, copy.getQueryPattern()));
    } else {
      for (String g : graphs()) {
        copy.addGraphURI(g);
        copy.addNamedGraphURI(g);
      }
    }
    return copy;
  }

  /** How often an exchange is tried when the connection fails before the server answers. */
  private static final int ATTEMPTS = 3;

  /** A query whose whole answer Quarry reads before using it, so it can safely be asked again. */
  private <T> T read(String what, Supplier<T> exchange) {
    return exchange(what, false, ATTEMPTS, exchange);
  }

  /** An update: each of Quarry's updates gives the same graph when it is sent again. */
  private void update(String what, UpdateRequest request) {
    exchange(what, true, ATTEMPTS, () -> {
      conn.update(request);
      return null;
    });
  }

  /**
   * Runs one exchange with the server, turning its failures into one line for the user. An
   * exchange the server never answered (a dropped keep-alive connection, say) is tried again, up
   * to {@code attempts} times in all.
   */
  private <T> T exchange(String what, boolean write, int attempts, Supplier<T> exchange) {
    for (int attempt = 1; ; attempt++) {
      RuntimeException failure;
      int status;
      String statusLine;
      try {
        return exchange.get();
      } catch (HttpException e) {
        failure = e;
        status = e.getStatusCode();
        statusLine = e.getStatusLine();
      } catch (QueryExceptionHTTP e) {
        failure = e;
        status = e.getStatusCode();
        statusLine = e.getStatusLine();
      }
      if (status > 0 || attempt == attempts) {
        throw new StoreException(describe(what, write, status, statusLine, failure), failure);
      }
      try {
        Thread.sleep(200L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for " + url, e);
      }
    }
  }

  private String describe(String what, boolean write, int status, String statusLine,
      Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof HttpTimeoutException) {
      return "the SPARQL store at " + url + " did not " + what + " in time (raise --timeout?)";
    }
    if (status <= 0) {
      return "cannot reach the SPARQL store at " + url + " (" + root.getClass().getSimpleName()
          + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
    String hint = write && status >= 400 && status < 500 && status != 404
        ? " (is it read-only? 'quarry serve' takes updates only with --update)"
        : status == 404 ? " (is the URL the dataset's, such as http://localhost:3030/ds?)" : "";
    return "the SPARQL store at " + url + " refused to " + what + ": " + status + " "
        + (statusLine == null ? "" : statusLine) + hint;
  }

  @Override
  public void close() {
    conn.close();
  }
}
