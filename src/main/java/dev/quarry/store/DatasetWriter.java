package dev.quarry.store;

import dev.quarry.graph.Vocab;
import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/** Writes the named graphs of a dataset as RDF, the same way for every kind of store. */
final class DatasetWriter {
  private DatasetWriter() {}

  /**
   * Formats that hold named graphs (TriG, N-Quads, JSON-LD) get every named graph; the others get
   * their union. The default graph is not Quarry's and is left out.
   */
  static void write(Dataset dataset, OutputStream out, Lang lang) {
    if (RDFLanguages.isQuads(lang)) {
      Dataset copy = DatasetFactory.create();
      copy.getPrefixMapping().setNsPrefixes(Vocab.PREFIXES);
      dataset.listNames().forEachRemaining(
          name -> copy.addNamedModel(name, dataset.getNamedModel(name)));
      RDFDataMgr.write(out, copy, lang);
    } else {
      Model copy = ModelFactory.createDefaultModel().setNsPrefixes(Vocab.PREFIXES);
      dataset.listNames().forEachRemaining(name -> copy.add(dataset.getNamedModel(name)));
      RDFDataMgr.write(out, copy, lang);
    }
  }
}
