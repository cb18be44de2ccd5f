package dev.quarry.store;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
import dev.quarry.graph.Keys;

/**
 * A parsed SPARQL query and the values of its parameters. Parameters are bound as literals in the
 * parsed query, never pasted into its text, so a value cannot change what the query does.
 */
public final class SparqlQuery {
  private final Query query;
  private final Map<String, RDFNode> bindings;

  private SparqlQuery(Query query, Map<String, RDFNode> bindings) {
    this.query = query;
    this.bindings = Map.copyOf(bindings);
  }

  /**
   * Parses {@code text} (named {@code source} in messages) and binds {@code params} as plain
   * literals. A parameter the query does not use is an error, not silently ignored.
   */
  public static SparqlQuery parse(String source, String text, Map<String, String> params) {
    Query query;
    try {
      query = QueryFactory.create(withPrefixes(text), Syntax.syntaxARQ);
    } catch (QueryParseException e) {
      int prefixLines = prefixLines(text);
      int line = e.getLine() > prefixLines ? e.getLine() - prefixLines : e.getLine();
      String msg = e.getMessage().replaceFirst("^Line \\d+, column \\d+: ", "").strip();
      throw new QuerySyntaxException(source, line, e.getColumn(), msg);
    }
    Map<String, RDFNode> bindings = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : params.entrySet()) {
      String name = p.getKey();
      boolean used = uses(text, name);
      boolean keyUsed = uses(text, name + KEY_SUFFIX);
      if (!used && !keyUsed) {
        throw new QuerySyntaxException(source, 0, 0,
            "the query has no variable ?" + name + " for --param " + name);
      }
      if (used) {
        bindings.put(name, ResourceFactory.createStringLiteral(p.getValue()));
      }
      if (keyUsed) {
        bindings.put(name + KEY_SUFFIX, ResourceFactory.createStringLiteral(Keys.of(p.getValue())));
      }
    }
    return new SparqlQuery(query, bindings);
  }

  /**
   * Beside each parameter NAME, a query may use ?NAME_key: the value's comparison key (lower case,
   * no accents or punctuation), to match the {@code quarry:key} of entity names by index.
   */
  public static final String KEY_SUFFIX = "_key";

  private static boolean uses(String text, String variable) {
    return Pattern.compile("[?$]" + Pattern.quote(variable) + "\\b").matcher(text).find();
  }

  /** The standard prefixes are declared for the query unless it declares them itself. */
  private static String withPrefixes(String text) {
    StringBuilder sb = new StringBuilder();
    dev.quarry.graph.Vocab.PREFIXES.getNsPrefixMap().forEach((prefix, ns) -> {
      if (!Pattern.compile("(?i)PREFIX\\s+" + Pattern.quote(prefix) + "\\s*:").matcher(text)
          .find()) {
        sb.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n");
      }
    });
    return sb.append(text).toString();
  }

  private static int prefixLines(String text) {
    return (int) withPrefixes(text).lines().count() - (int) text.lines().count();
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
          m.setNsPrefixes(dev.quarry.graph.Vocab.PREFIXES);
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
