package dev.quarry.serve;

import static dev.quarry.serve.JsonReplies.error;
import static dev.quarry.serve.JsonReplies.json;

import dev.quarry.graph.Queries;
import dev.quarry.serve.NamedQueries.NamedQuery;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.QuerySyntaxException;
import dev.quarry.store.SparqlQuery;
import dev.quarry.store.StoreException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * {@code GET /queries}: the named queries and their parameters, as JSON.
 * {@code GET /queries/NAME?param=value}: runs one, answering SPARQL JSON results. Parameters are
 * bound as literals, as {@code quarry query --param} binds them.
 */
final class NamedQueryServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String SPARQL_JSON = "application/sparql-results+json";

  private final transient QuarryStore store;
  private final transient NamedQueries queries;
  private final Duration timeout;

  NamedQueryServlet(QuarryStore store, NamedQueries queries, Duration timeout) {
    this.store = store;
    this.queries = queries;
    this.timeout = timeout;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
    if (path.equals("/") || path.isEmpty()) {
      json(resp, 200, catalogue());
      return;
    }
    String name = path.substring(1);
    Optional<NamedQuery> named = queries.get(name);
    if (named.isEmpty()) {
      error(resp, 404, "no named query '" + name + "' (GET /queries lists them)");
      return;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> p : req.getParameterMap().entrySet()) {
      if (p.getValue().length != 1) {
        error(resp, 400, "give the parameter '" + p.getKey() + "' once");
        return;
      }
      params.put(p.getKey(), p.getValue()[0]);
    }
    List<String> declared = named.get().parameters().stream()
        .map(NamedQueries.Parameter::name).toList();
    for (String given : params.keySet()) {
      if (!declared.contains(given)) {
        error(resp, 400, "the query '" + name + "' has no parameter '" + given + "' ("
            + (declared.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", declared))
            + ")");
        return;
      }
    }
    for (NamedQueries.Parameter p : named.get().parameters()) {
      if (!params.containsKey(p.name())) {
        error(resp, 400, "the query '" + name + "' needs the parameter '" + p.name() + "' ("
            + p.description() + ")");
        return;
      }
    }
    SparqlQuery query;
    try {
      query = Queries.parse(name + ".rq", named.get().text(), params);
    } catch (QuerySyntaxException e) {
      error(resp, 400, e.describe());
      return;
    }
    if (!query.query().isSelectType()) {
      error(resp, 400, "the query '" + name + "' is not a SELECT query");
      return;
    }
    // Answer into memory first: an error halfway must not leave a half-written 200 response.
    byte[] body;
    try {
      body = store.query(query.query(), query.bindings(), timeout, qe -> {
        var out = new java.io.ByteArrayOutputStream();
        ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_JSON);
        return out.toByteArray();
      });
    } catch (QueryCancelledException e) {
      error(resp, 503, "the query took longer than " + timeout.toSeconds() + " s and was stopped");
      return;
    } catch (StoreException e) {
      error(resp, 502, e.getMessage());
      return;
    }
    resp.setStatus(200);
    resp.setContentType(SPARQL_JSON);
    resp.setCharacterEncoding("UTF-8");
    resp.setContentLength(body.length);
    try (OutputStream os = resp.getOutputStream()) {
      os.write(body);
    }
  }

  private JsonArray catalogue() {
    JsonArray all = new JsonArray();
    for (NamedQuery q : queries.all()) {
      JsonObject o = new JsonObject();
      o.put("name", q.name());
      o.put("description", q.description());
      JsonArray params = new JsonArray();
      q.parameters().forEach(p -> {
        JsonObject po = new JsonObject();
        po.put("name", p.name());
        po.put("description", p.description());
        params.add(po);
      });
      o.put("parameters", params);
      all.add(o);
    }
    return all;
  }
}
