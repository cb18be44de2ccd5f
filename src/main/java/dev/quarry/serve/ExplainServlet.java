package dev.quarry.serve;

import static dev.quarry.serve.JsonReplies.error;
import static dev.quarry.serve.JsonReplies.json;

import dev.quarry.graph.Explainer;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.StoreException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code GET /explain?subject=IRI&predicate=IRI&object=IRI}: why the graph believes one fact,
 * as JSON: each sentence it was read from, with its post, line, rule and confidence, the same
 * evidence {@code quarry explain} prints.
 */
final class ExplainServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final List<String> PARAMETERS = List.of("subject", "predicate", "object");

  private final transient QuarryStore store;
  private final Duration timeout;

  ExplainServlet(QuarryStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    for (String given : req.getParameterMap().keySet()) {
      if (!PARAMETERS.contains(given)) {
        error(resp, 400, "explain has no parameter '" + given + "' (it takes: subject, "
            + "predicate, object)");
        return;
      }
    }
    String[] iri = new String[3];
    for (int i = 0; i < 3; i++) {
      String name = PARAMETERS.get(i);
      String[] values = req.getParameterValues(name);
      if (values == null || values.length != 1 || !absoluteIri(values[0])) {
        error(resp, 400, "explain needs the parameter '" + name + "' once, as an absolute IRI");
        return;
      }
      iri[i] = values[0];
    }
    List<Explainer.Evidence> evidence;
    try {
      evidence = Explainer.ofFact(store, iri[0], iri[1], iri[2], timeout);
    } catch (QueryCancelledException e) {
      error(resp, 503, "explaining took longer than " + timeout.toSeconds() + " s and was stopped");
      return;
    } catch (StoreException e) {
      error(resp, 502, e.getMessage());
      return;
    }
    JsonObject answer = new JsonObject();
    JsonArray list = new JsonArray();
    for (Explainer.Evidence e : evidence) {
      answer.put("fact", e.fact());
      JsonObject o = new JsonObject();
      o.put("sentence", e.sentence());
      o.put("post", e.post());
      o.put("file", e.file());
      o.put("title", e.title());
      o.put("line", e.line());
      o.put("rule", e.rule().replaceFirst("^rule:", ""));
      o.put("confidence", JsonNumber.value(e.confidence()));
      o.put("implicit", e.implicit());
      e.role().ifPresent(r -> o.put("role", r));
      e.asOf().ifPresent(d -> o.put("asOf", d));
      list.add(o);
    }
    answer.put("evidence", list);
    json(resp, 200, answer);
  }

  private static boolean absoluteIri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
