package dev.quarry.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads N-Quads files (gzipped or not; one named graph per post) into a store: a new TDB2 store
 * with TDB2's parallel bulk loader (the fastest of its loaders), any other store post by post, each post's graph replacing what
 * the store held for it, in the store's batches.
 */
public final class NQuadsLoader {
  /** What a load did: how many files and graphs it read, and whether it bulk-loaded. */
  public record Loaded(int files, long graphs, long quads, boolean bulk) {}

  private NQuadsLoader() {}

  /** The {@code .nq} and {@code .nq.gz} files under {@code roots} (folders walked), in order. */
  public static List<Path> files(List<Path> roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException(root + ": no such file or folder");
      }
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(Files::isRegularFile).filter(NQuadsLoader::isNQuads).sorted()
              .forEach(out::add);
        }
      } else {
        out.add(root);
      }
    }
    return out;
  }

  private static boolean isNQuads(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".nq") || n.endsWith(".nq.gz");
  }

  /**
   * Loads {@code files} into {@code store}. Every file is parsed before anything is written, so
   * that a file that does not parse (named with its line in the {@link StoreException}) leaves
   * the store as it was.
   */
  public static Loaded load(QuarryStore store, List<Path> files) {
    for (Path f : files) {
      parse(f, null);
    }
    if (store instanceof TdbStore tdb && tdb.graphs().isEmpty()) {
      return bulk(tdb, files);
    }
    long graphs = 0;
    long quads = 0;
    int group = store.groupCommit().posts();
    for (Path f : files) {
      DatasetGraph dsg = DatasetGraphFactory.createGeneral();
      parse(f, dsg);
      List<org.apache.jena.graph.Node> names = new ArrayList<>();
      dsg.listGraphNodes().forEachRemaining(names::add);
      for (int i = 0; i < names.size(); i += group) {
        try (QuarryStore.Batch batch = store.batch()) {
          for (org.apache.jena.graph.Node g : names.subList(i, Math.min(names.size(), i + group))) {
            Model m = ModelFactory.createModelForGraph(dsg.getGraph(g));
            batch.replace(g.getURI(), m);
            graphs++;
            quads += m.size();
          }
          batch.commit();
        }
      }
    }
    return new Loaded(files.size(), graphs, quads, false);
  }

  private static Loaded bulk(TdbStore tdb, List<Path> files) {
    DatasetGraph dsg = tdb.dataset().asDatasetGraph();
    // TDB2's parallel plan, for the indexes this store has (Quarry's stores leave out two)
    StoreParams params = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
    LoaderPlan plan = new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(),
        params.getTripleIndexes(),
        params.getQuadIndexes(), new String[0][], new String[0][]);
    DataLoader loader = LoaderFactory.createLoader(plan, dsg, (format, args) -> { });
    loader.startBulk();
    try {
      loader.load(files.stream().map(Path::toString).toList());
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
      throw new StoreException("bulk load failed: " + e.getMessage(), e);
    }
    long graphs = org.apache.jena.system.Txn.calculateRead(dsg, () -> {
      long n = 0;
      for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
        n++;
      }
      return n;
    });
    return new Loaded(files.size(), graphs, loader.countQuads(), true);
  }

  /** Parses {@code file} into {@code into} (or only checks it, when null). */
  private static void parse(Path file, DatasetGraph into) {
    try (InputStream in = open(file)) {
      RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
          .parse(into == null ? StreamRDFLib.sinkNull() : StreamRDFLib.dataset(into));
    } catch (RiotException e) {
      throw new StoreException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
