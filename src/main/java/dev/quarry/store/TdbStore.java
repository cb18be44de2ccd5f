package dev.quarry.store;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.time.Duration;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Quarry's embedded TDB2 store: one named graph per post, queried as the union of all graphs.
 * Every read and write runs in its own transaction, so the store is never half-written.
 */
public final class TdbStore implements QuarryStore {

  /**
   * How a new store is laid out; a store keeps the layout it was made with. Every post is a named
   * graph, and Quarry reads them as their union or one graph whole, so four quad indexes serve
   * every lookup: GSPO (a graph whole) and SPOG, POSG, OSPG (the union, by subject, predicate or
   * object). TDB2's default adds GPOS and GOSP, lookups by predicate or object within one named
   * graph, which no Quarry query makes; each index costs the same to keep at ingest.
   */
  static final StoreParams NEW_STORE_PARAMS = StoreParams.builder()
      .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
      .build();

  /**
   * Groups of 512 posts or 40 s of work. A commit flushes every index block the group wrote, and
   * TDB2 copies each block a transaction touches, so larger groups touch and flush each block
   * fewer times: on the 652 blog posts, against 128 posts or 10 s, the writer's CPU went from
   * 5.4-5.7 s to 4.7 s and the store from 336-360 MB to 280 MB.
   */
  public static final GroupCommit GROUP_COMMIT =
      new GroupCommit(512, java.time.Duration.ofSeconds(40));

  private final Path dir;
  /**
   * The dataset: done when {@link #open} returns, unless open found no store and is making one;
   * until then the store holds nothing, as every write waits for it.
   */
  private final Future<Dataset> made;

  private TdbStore(Path dir, Future<Dataset> made) {
    this.dir = dir;
    this.made = made;
  }

  /**
   * Opens the store at {@code dir}, making it when {@code create} and there is none (no folder, or
   * an empty one). TDB2 took 0.35-0.5 s to make one on the ext4 disk Quarry was measured on (it
   * maps and formats 18 files, and that disk reads ahead 8 MB), with nothing else to do meanwhile:
   * so a new store is made on a thread of its own, and open returns at once. Until it is made the
   * store is {@link #knownEmpty()} (an ingest need not ask it what it holds, and starts its NLP
   * meanwhile); anything else waits for it, and a failure to make it is thrown there, as open
   * throws it for a store that exists.
   */
  public static TdbStore open(Path dir, boolean create) {
    return open(dir, create, make -> new Thread(make, "quarry-store-make").start());
  }

  /** As {@link #open(Path, boolean)}, with {@code maker} running the making of a new store. */
  static TdbStore open(Path dir, boolean create, Executor maker) {
    if (!create && !Files.exists(dir)) {
      throw new StoreException("no store at " + dir + " (run 'quarry ingest' first, or give --store)");
    }
    if (!create && !StoreFolder.isStore(dir)) {
      throw new StoreException("not a Quarry store: " + dir + " (no TDB2 database in it; only "
          + "'quarry ingest' makes one)");
    }
    boolean none = create && StoreFolder.isEmpty(dir);
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new StoreException("cannot make the store folder " + dir + ": " + e.getMessage(), e);
    }
    if (!none) {
      return new TdbStore(dir, CompletableFuture.completedFuture(connect(dir)));
    }
    FutureTask<Dataset> make = new FutureTask<>(() -> connect(dir));
    maker.execute(make);
    return new TdbStore(dir, make);
  }

  /** Opens or makes the TDB2 store in the folder {@code dir}, which exists. */
  private static Dataset connect(Path dir) {
    StoreFolder.checkWritable(dir);
    try {
      return DatasetFactory.wrap(
          DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), NEW_STORE_PARAMS));
    } catch (RuntimeException e) {
      throw StoreFolder.openFailure(dir, e);
    }
  }

  @Override
  public String location() {
    return dir.toString();
  }

  /**
   * The dataset, for the server and tests; callers read it inside their own transaction. Waits
   * while open is still making the store, and throws its failure if it could not.
   */
  public Dataset dataset() {
    try {
      return made.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StoreException failed) {
        throw new StoreException(failed.getMessage(), failed);
      }
      throw new StoreException("cannot make the store at " + dir + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while making the store at " + dir, e);
    }
  }

  /** While open is still making the store, it holds nothing. */
  @Override
  public boolean knownEmpty() {
    return !made.isDone();
  }

  /**
   * The batch is one write transaction, begun now on the calling thread: each post's graph is
   * written into it as it comes, so the posts waiting for the commit take no heap; a crash before
   * the commit leaves the store as it was.
   */
  @Override
  public Batch batch() {
    Dataset dataset = dataset();
    dataset.begin(TxnType.WRITE);
    return new Batch() {
      @Override
      public void replace(String graph, Model model) {
        Node g = NodeFactory.createURI(graph);
        DatasetGraph dsg = dataset.asDatasetGraph();
        writing(() -> {
          dsg.removeGraph(g);
          dsg.addGraph(g, model.getGraph());
        });
      }

      @Override
      public void update(UpdateRequest request) {
        UpdateExecution.dataset(dataset).update(request).execute();
      }

      @Override
      public void commit() {
        writing(() -> {
          dataset.commit();
          dataset.end();
        });
      }

      @Override
      public void close() {
        if (dataset.isInTransaction()) {
          try {
            dataset.abort();
            dataset.end();
          } catch (RuntimeException | InternalError e) {
            // a write already failed (a full disk); the journal keeps what was committed
          }
        }
      }
    };
  }

  /** Runs a write; a failure the machine caused (a full disk) is said as such. */
  private void writing(Runnable write) {
    try {
      write.run();
    } catch (RuntimeException | InternalError e) {
      StoreException said = StoreFolder.writeFailure(dir, e);
      if (said != null) {
        throw said;
      }
      throw e;
    }
  }

  @Override
  public GroupCommit groupCommit() {
    return GROUP_COMMIT;
  }

  @Override
  public void removeGraph(String graph) {
    Node g = NodeFactory.createURI(graph);
    Dataset dataset = dataset();
    writing(() -> Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().removeGraph(g)));
  }

  @Override
  public List<String> graphs() {
    Dataset dataset = dataset();
    return Txn.calculateRead(dataset, () -> {
      List<String> names = new ArrayList<>();
      dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
      return names;
    });
  }

  @Override
  public void export(OutputStream out, Lang lang, PrefixMapping prefixes) {
    Dataset dataset = dataset();
    Txn.executeRead(dataset, () -> Datasets.write(dataset, out, lang, prefixes));
  }

  @Override
  public <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
      Function<QueryExecution, T> work) {
    Dataset dataset = dataset();
    return Txn.calculateRead(dataset, () -> Datasets.execute(QueryExecution.dataset(dataset)
        .query(query).set(TDB2.symUnionDefaultGraph, true), bindings, timeout, work));
  }

  @Override
  public <T> T readUnion(Function<Graph, T> work) {
    Dataset dataset = dataset();
    return Txn.calculateRead(dataset, () -> work.apply(dataset.getUnionModel().getGraph()));
  }

  @Override
  public void close() {
    Dataset dataset;
    try {
      dataset = dataset();
    } catch (StoreException e) {
      return; // never made: nothing is open
    }
    dataset.close();
    TDBInternal.expel(dataset.asDatasetGraph());
  }
}
