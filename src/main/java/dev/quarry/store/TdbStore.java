package dev.quarry.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.time.Duration;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Quarry's embedded TDB2 store: one named graph per post, queried as the union of all graphs.
 * Every read and write runs in its own transaction, so the store is never half-written.
 */
public final class TdbStore implements QuarryStore {
  private final Path dir;
  private final Dataset dataset;

  private TdbStore(Path dir, Dataset dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store at {@code dir}, making it when {@code create} and it does not exist. */
  public static TdbStore open(Path dir, boolean create) {
    if (!create && !Files.isDirectory(dir)) {
      throw new StoreException("no store at " + dir + " (run 'quarry ingest' first, or give --store)");
    }
    try {
      Files.createDirectories(dir);
      Dataset ds = TDB2Factory.connectDataset(Location.create(dir.toString()));
      return new TdbStore(dir, ds);
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

  @Override
  public String location() {
    return dir.toString();
  }

  /** The dataset, for the server and tests; callers read it inside their own transaction. */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * Replaces several graphs in one write transaction: all of them are stored, or (after a crash)
   * none; never part of one.
   */
  @Override
  public void replaceGraphs(Map<String, Model> graphs) {
    Txn.executeWrite(dataset, () -> {
      DatasetGraph dsg = dataset.asDatasetGraph();
      graphs.forEach((name, model) -> {
        Node g = NodeFactory.createURI(name);
        dsg.removeGraph(g);
        dsg.addGraph(g, model.getGraph());
      });
    });
  }

  @Override
  public void removeGraph(String graph) {
    Node g = NodeFactory.createURI(graph);
    Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(g));
  }

  @Override
  public List<String> graphs() {
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
      return names;
    });
  }

  @Override
  public void export(OutputStream out, Lang lang) {
    Txn.executeRead(dataset, () -> Datasets.write(dataset, out, lang));
  }

  @Override
  public <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
      Function<QueryExecution, T> work) {
    return Txn.calculateRead(dataset, () -> Datasets.execute(QueryExecution.dataset(dataset)
        .query(query).set(TDB2.symUnionDefaultGraph, true), bindings, timeout, work));
  }

  @Override
  public <T> T readUnion(Function<Graph, T> work) {
    return Txn.calculateRead(dataset, () -> work.apply(dataset.getUnionModel().getGraph()));
  }

  @Override
  public void close() {
    dataset.close();
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
