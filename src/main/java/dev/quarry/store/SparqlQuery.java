package dev.quarry.store;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/**
 * A parsed SPARQL query and the values of its parameters. Parameters are bound as literals in the
 * parsed query, never pasted into its text, so a value cannot change what the query does.
 */
public final class SparqlQuery {
  private final Query query;
  private final Map<String, RDFNode> bindings;
  private final PrefixMapping prefixes;

  private SparqlQuery(Query query, Map<String, RDFNode> bindings, PrefixMapping prefixes) {
    this.query = query;
    this.bindings = Map.copyOf(bindings);
    this.prefixes = prefixes;
  }

  /**
   * Parses {@code text} (named {@code source} in messages) and binds {@code params} as plain
   * literals. {@code prefixes} are declared for the query unless it declares them itself, and
   * written into a graph it constructs. Beside each parameter NAME, the query may use ?NAME
   * followed by a suffix of {@code derived}, bound to that function of the value. A parameter the
   * query does not use, in either way, is an error, not silently ignored.
   */
  public static SparqlQuery parse(String source, String text, Map<String, String> params,
      PrefixMapping prefixes, Map<String, UnaryOperator<String>> derived) {
    Query query;
    try {
      query = QueryFactory.create(withPrefixes(text, prefixes), Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      int prefixLines = prefixLines(text, prefixes);
      int line = e.getLine() > prefixLines ? e.getLine() - prefixLines : e.getLine();
      String msg = e.getMessage().replaceFirst("^Line \\d+, column \\d+: ", "").strip();
      throw new QuerySyntaxException(source, line, e.getColumn(), msg);
    }
    Map<String, RDFNode> bindings = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : params.entrySet()) {
      String name = p.getKey();
      boolean used = uses(text, name);
      if (used) {
        bindings.put(name, ResourceFactory.createStringLiteral(p.getValue()));
      }
      for (Map.Entry<String, UnaryOperator<String>> d : derived.entrySet()) {
        if (uses(text, name + d.getKey())) {
          used = true;
          bindings.put(name + d.getKey(),
              ResourceFactory.createStringLiteral(d.getValue().apply(p.getValue())));
        }
      }
      if (!used) {
        throw new QuerySyntaxException(source, 0, 0,
            "the query has no variable ?" + name + " for --param " + name);
      }
    }
    return new SparqlQuery(query, bindings, prefixes);
  }

  private static boolean uses(String text, String variable) {
    return Pattern.compile("[?$]" + Pattern.quote(variable) + "\\b").matcher(text).find();
  }

  /** The prefixes are declared for the query unless it declares them itself. */
  private static String withPrefixes(String text, PrefixMapping prefixes) {
    StringBuilder sb = new StringBuilder();
    prefixes.getNsPrefixMap().forEach((prefix, ns) -> {
      if (!Pattern.compile("(?i)PREFIX\\s+" + Pattern.quote(prefix) + "\\s*:").matcher(text)
          .find()) {
        sb.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n");
      }
    });
    return sb.append(text).toString();
  }

  private static int prefixLines(String text, PrefixMapping prefixes) {
    return (int) withPrefixes(text, prefixes).lines().count() - (int) text.lines().count();
  }

  public Query query() {
    return query;
  }

  /**
   * Runs the query over the union of the store's graphs and writes its result to {@code out}.
   * SELECT and ASK results print in {@code format}; CONSTRUCT and DESCRIBE print as Turtle (JSON-LD
   * for json).
   */
  public void run(QuarryStore store, ResultFormat format, Duration timeout, OutputStream out) {
    store.query(query, bindings, timeout, qe -> {
      try {
        if (query.isSelectType()) {
          write(qe.execSelect(), format, out);
        } else if (query.isAskType()) {
          boolean answer = qe.execAsk();
          if (format == ResultFormat.TABLE) {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.println(answer ? "yes" : "no");
            w.flush();
          } else {
            ResultSetMgr.write(out, answer, lang(format));
          }
        } else {
          Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
          m.setNsPrefixes(prefixes);
          RDFDataMgr.write(out, m, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
      } catch (QueryCancelledException e) {
        throw new StoreException("the query took longer than " + timeout.toSeconds()
            + " s and was stopped (raise --timeout to let it run longer)", e);
      }
      return null;
    });
  }

  /** The values bound to the query's parameters, by variable name. */
  public Map<String, RDFNode> bindings() {
    return bindings;
  }

  private void write(ResultSet rs, ResultFormat format, OutputStream out) {
    if (format == ResultFormat.TABLE) {
      ResultSetFormatter.out(out, rs, query.getPrologue());
    } else {
      ResultSetMgr.write(out, rs, lang(format));
    }
  }

  private static Lang lang(ResultFormat format) {
    return switch (format) {
      case CSV -> ResultSetLang.RS_CSV;
      case TSV -> ResultSetLang.RS_TSV;
      case JSON -> ResultSetLang.RS_JSON;
      case XML, TABLE -> ResultSetLang.RS_XML;
    };
  }
}
