package dev.quarry.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Quarry's embedded TDB2 store: one named graph per post, queried as the union of all graphs.
 * Every read and write runs in its own transaction, so the store is never half-written.
 */
public final class QuarryStore implements AutoCloseable {
  private static final String HASH = "https://quarry.dev/ns#contentHash";

  private final Path dir;
  private final Dataset dataset;

  private QuarryStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store at {@code dir}, making it when {@code create} and it does not exist. */
  public static QuarryStore open(Path dir, boolean create) {
    if (!create && !Files.isDirectory(dir)) {
      throw new StoreException("no store at " + dir + " (run 'quarry ingest' first, or give --store)");
    }
    try {
      Files.createDirectories(dir);
      Dataset ds = TDB2Factory.connectDataset(Location.create(dir.toString()));
      return new QuarryStore(dir, ds);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot make the store folder " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)")
          .matcher(msg);
      if (pid.find()) {
        throw new StoreException("the store at " + dir + " is in use by another process (pid "
            + pid.group(1) + "); wait for it to finish, or give another --store", e);
      }
      throw new StoreException("cannot open the store at " + dir + ": " + msg, e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The dataset, for queries; callers read it inside their own transaction. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Replaces several graphs in one write transaction: all of them are stored, or (after a crash)
   * none; never part of one.
   */
  public void replaceGraphs(java.util.Map<String, Model> graphs) {
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      graphs.forEach((name, model) -> {
        Node g = NodeFactory.createURI(name);
        dsg.removeGraph(g);
        dsg.addGraph(g, model.getGraph());
      });
    });
  }

  /** Removes the graph named {@code graph}, if it is there. */
  public void removeGraph(String graph) {
    Node g = NodeFactory.createURI(graph);
    Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(g));
  }

  /** The content hash stored with the post whose graph is {@code graph}, if any. */
  public Optional<String> contentHash(String graph) {
    return literal(graph, HASH);
  }

  private Optional<String> literal(String graph, String property) {
    Node g = NodeFactory.createURI(graph);
    return Txn.calculateRead(dataset, () -> {
      Iterator<Quad> it = dataset.asDatasetGraph()
          .find(g, g, NodeFactory.createURI(property), Node.ANY);
      return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm())
          : Optional.<String>empty();
    });
  }

  /** The stored {@code quarry:pipelineVersion} of the post whose graph is {@code graph}. */
  public Optional<String> pipelineVersion(String graph) {
    return literal(graph, "https://quarry.dev/ns#pipelineVersion");
  }

  /** The {@code schema:name} of every node of class {@code classIri}, in any graph. */
  public List<String> namesOf(String classIri) {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      String q = "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?x a <" + classIri
          + "> ; <http://schema.org/name> ?n } }";
      try (var qe = org.apache.jena.query.QueryExecution.dataset(dataset).query(q).build()) {
        qe.execSelect().forEachRemaining(r -> names.add(r.getLiteral("n").getLexicalForm()));
      }
      return names;
    });
  }

  /** The names of all graphs in the store. */
  public List<String> graphs() {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
      return names;
    });
  }

  /**
   * Writes the store as RDF. Formats that hold named graphs (TriG, N-Quads, JSON-LD) get every
   * post's graph; the others get the union of all graphs.
   */
  public void export(OutputStream out, Lang lang) {
    Txn.executeRead(dataset, () -> {
      if (RDFLanguages.isQuads(lang)) {
        Dataset copy = DatasetFactory.create();
        copy.getPrefixMapping().setNsPrefixes(dev.quarry.graph.Vocab.PREFIXES);
        dataset.listNames().forEachRemaining(
            name -> copy.addNamedModel(name, dataset.getNamedModel(name)));
        RDFDataMgr.write(out, copy, lang);
      } else {
        Model union = dataset.getUnionModel();
        Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
            .setNsPrefixes(dev.quarry.graph.Vocab.PREFIXES).add(union);
        RDFDataMgr.write(out, copy, lang);
      }
    });
  }

  @Override
  public void close() {
    dataset.close();
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
