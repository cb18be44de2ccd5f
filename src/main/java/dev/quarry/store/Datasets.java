package dev.quarry.store;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shared.PrefixMapping;

/** What every kind of store does the same way with a dataset and a query. */
final class Datasets {
  private Datasets() {}

  /** The union of the dataset's named graphs (not its default graph), with {@code prefixes}. */
  static Model unionOf(Dataset dataset, PrefixMapping prefixes) {
    Model union = ModelFactory.createDefaultModel().setNsPrefixes(prefixes);
    dataset.listNames().forEachRemaining(name -> union.add(dataset.getNamedModel(name)));
    return union;
  }

  /**
   * Formats that hold named graphs (TriG, N-Quads, JSON-LD) get every named graph; the others get
   * their union; both written with {@code prefixes}.
   */
  static void write(Dataset dataset, OutputStream out, Lang lang, PrefixMapping prefixes) {
    if (RDFLanguages.isQuads(lang)) {
      Dataset copy = DatasetFactory.create();
      copy.getPrefixMapping().setNsPrefixes(prefixes);
      dataset.listNames().forEachRemaining(
          name -> copy.addNamedModel(name, dataset.getNamedModel(name)));
      RDFDataMgr.write(out, copy, lang);
    } else {
      RDFDataMgr.write(out, unionOf(dataset, prefixes), lang);
    }
  }

  /** Builds the execution with the bindings and time limit, and hands it to {@code work}. */
  static <T> T execute(QueryExecutionBuilder builder, Map<String, RDFNode> bindings,
      Duration timeout, Function<QueryExecution, T> work) {
    builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    bindings.forEach(builder::substitution);
    try (QueryExecution qe = builder.build()) {
      return work.apply(qe);
    }
  }
}
