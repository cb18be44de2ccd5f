package dev.quarry.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.update.UpdateRequest;

/**
 * Where Quarry keeps its graph: one named graph per post, queried as the union of all graphs.
 * Either an embedded TDB2 folder ({@link TdbStore}) or a SPARQL 1.1 server ({@link RemoteStore}).
 * A post's graph is replaced whole or not at all.
 */
public interface QuarryStore extends AutoCloseable {
  /** How long a query may run when the caller gives no limit. */
  Duration NO_LIMIT = Duration.ofHours(1);

  /**
   * Opens the store at {@code location}: an {@code http(s)://} URL of a SPARQL dataset, or a
   * folder. With {@code create} the store is to be written: a folder is made when it does not
   * exist, and a server must take updates.
   */
  static QuarryStore open(String location, boolean create) {
    if (RemoteStore.isUrl(location)) {
      return RemoteStore.connect(location, create);
    }
    return TdbStore.open(Path.of(location), create);
  }

  /** The folder or URL, as the user gave it. */
  String location();

  /**
   * Starts a batch of graph replacements that lands whole: all of them are stored at
   * {@link Batch#commit()}, or (after a crash, a refused request, or a close without commit)
   * none; never part of one. Use it from one thread, and close it.
   */
  Batch batch();

  /**
   * How much one batch of an ingest should hold at most: it is committed after this many posts or
   * this long a span of work, whichever comes first. A crash loses at most one such group. A
   * store whose commits are dear asks for larger groups; one that holds a group in memory until
   * the commit asks for smaller ones.
   */
  default GroupCommit groupCommit() {
    return GroupCommit.SMALL;
  }

  /** The most posts, and the longest span of work, one batch of an ingest holds. */
  record GroupCommit(int posts, Duration span) {
    /** For a store that holds the group in memory until the commit: 128 posts or 10 s. */
    public static final GroupCommit SMALL = new GroupCommit(128, Duration.ofSeconds(10));

    public GroupCommit {
      if (posts < 1 || span.isNegative() || span.isZero()) {
        throw new IllegalArgumentException("a group holds at least one post, for some time");
      }
    }
  }

  /** Replaces several graphs at once, as one {@link #batch()}. */
  default void replaceGraphs(Map<String, Model> graphs) {
    try (Batch batch = batch()) {
      graphs.forEach(batch::replace);
      batch.commit();
    }
  }

  /** Graph replacements that are stored together, or not at all. */
  interface Batch extends AutoCloseable {
    /** Replaces the graph named {@code graph} with {@code model}'s triples, in this batch. */
    void replace(String graph, Model model);

    /** Runs a SPARQL update over the named graphs, in this batch, after its replacements. */
    void update(UpdateRequest request);

    /** Stores every replacement of the batch at once; the batch is over. */
    void commit();

    /** Ends the batch; what was not committed is dropped. */
    @Override
    void close();
  }

  /** Removes the graph named {@code graph}, if it is there. */
  void removeGraph(String graph);

  /** The names of all graphs in the store. */
  List<String> graphs();

  /**
   * Writes the store as RDF, with {@code prefixes}. Formats that hold named graphs (TriG, N-Quads,
   * JSON-LD) get every post's graph; the others get the union of all graphs.
   */
  void export(OutputStream out, Lang lang, PrefixMapping prefixes);

  /**
   * Runs {@code query} over the union of all graphs, with {@code bindings} substituted for its
   * variables, and hands the execution to {@code work} (inside a read transaction where the
   * store has them). A query running longer than {@code timeout} is stopped.
   */
  <T> T query(Query query, Map<String, RDFNode> bindings, Duration timeout,
      Function<QueryExecution, T> work);

  /** Hands the union of all graphs to {@code work}, as one consistent snapshot. */
  <T> T readUnion(Function<Graph, T> work);

  @Override
  void close();

  /**
   * Whether the store is known to hold nothing without asking it: a caller that only wants to know
   * what is there can skip its query (and any wait for the store) when this says so.
   */
  default boolean knownEmpty() {
    return false;
  }
}
