package dev.quarry.spark;

import dev.quarry.extract.EntityExtractor;
import dev.quarry.extract.EntityIndex;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Gazetteer;
import dev.quarry.extract.NlpPipeline;
import dev.quarry.graph.Iris;
import dev.quarry.graph.PostGraph;
import dev.quarry.post.Corpus;
import dev.quarry.post.Post;
import dev.quarry.post.PostEntries;
import dev.quarry.post.PostEntry;
import dev.quarry.post.PostException;
import dev.quarry.post.PostReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The extraction a Spark executor runs: the same per-post work as {@code quarry ingest}. The NLP
 * models and the corpus listing are loaded once per executor JVM, when its first post needs them
 * (never in a driver that only plans the job).
 */
final class Worker {
  private static EntityExtractor extractor;
  private static List<String> listedRoots;
  private static Map<String, Corpus.Source> sources;

  private Worker() {}

  static synchronized EntityExtractor extractor() {
    return extractor(List.of());
  }

  /**
   * The extractor, with the gazetteers the {@code quarry.yaml} of the folders {@code roots} names
   * (as {@code ingest} reads them).
   */
  static synchronized EntityExtractor extractor(List<String> roots) {
    List<Path> files;
    try {
      files = Corpus.gazetteers(roots.stream().map(Path::of).toList());
    } catch (PostException e) {
      throw new IllegalStateException(e.describe(), e);
    }
    if (extractor == null || !files.equals(extractorGazetteers)) {
      extractor = new EntityExtractor(NlpPipeline.create(Gazetteer.load(files)));
      extractorGazetteers = files;
    }
    return extractor;
  }

  /** The user's gazetteer files the extractor was made with. */
  private static List<Path> extractorGazetteers = List.of();

  /** Lets the models go (a test that shares its JVM with others). */
  static synchronized void unload() {
    extractor = null;
  }

  /** The posts under {@code roots} by id, listed once per executor (as the driver listed them). */
  private static synchronized Map<String, Corpus.Source> sources(List<String> roots)
      throws PostException {
    if (!roots.equals(listedRoots)) {
      Map<String, Corpus.Source> byId = new HashMap<>();
      for (Corpus.Source s : Corpus.find(roots.stream().map(Path::of).toList(), p -> { })) {
        byId.put(s.id(), s);
      }
      sources = byId;
      listedRoots = List.copyOf(roots);
    }
    return sources;
  }

  /**
   * The records of the posts in the file listed as {@code id} (a WordPress export holds several):
   * extracted, or unchanged when {@code stamps} (graph -> "hash version") says so.
   */
  static List<byte[]> extract(String id, List<String> roots, Map<String, String> stamps,
      String version, long maxBytes) {
    List<byte[]> out = new ArrayList<>();
    Corpus.Source source;
    PostEntries.Found found;
    try {
      source = sources(roots).get(id);
      if (source == null) {
        out.add(PostRecord.failed(Iris.post(id), id + ": not found by this executor; skipped")
            .toBytes());
        return out;
      }
      byte[] bytes = PostReader.bytes(source.file(), PostEntries.sizeLimit(source, maxBytes));
      found = PostEntries.of(source, bytes, false);
    } catch (PostException e) {
      out.add(PostRecord.failed(Iris.post(id), e.describe()).toBytes());
      return out;
    }
    for (PostEntry entry : found.entries()) {
      String graph = Iris.post(entry.id());
      if (entry.draft().getAsBoolean()) {
        continue;
      }
      if ((entry.contentHash() + " " + version).equals(stamps.get(graph))) {
        out.add(PostRecord.unchanged(graph).toBytes());
        continue;
      }
      try {
        Post post = entry.reading().read();
        Extraction x = extractor(roots).extract(post, source.organization());
        Model m = PostGraph.build(post, x, version);
        out.add(new PostRecord(PostRecord.Kind.EXTRACTED, graph, entry.contentHash(), version,
            EntityIndex.postNames(x), nquads(graph, m), "").toBytes());
      } catch (PostException e) {
        out.add(PostRecord.failed(graph, e.describe()).toBytes());
      } catch (RuntimeException | StackOverflowError e) {
        out.add(PostRecord.failed(graph, entry.file() + ": extraction failed (" + e + ")")
            .toBytes());
      }
    }
    return out;
  }

  /** {@code m} as N-Quads in the graph named {@code graph}. */
  static byte[] nquads(String graph, Model m) {
    DatasetGraph dsg = DatasetGraphFactory.create();
    Node g = NodeFactory.createURI(graph);
    m.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(),
        t.getObject()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, dsg, Lang.NQUADS);
    return out.toByteArray();
  }
}
