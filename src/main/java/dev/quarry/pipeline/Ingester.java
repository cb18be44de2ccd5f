package dev.quarry.pipeline;

import dev.quarry.extract.EntityExtractor;
import dev.quarry.extract.EntityIndex;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Gazetteer;
import dev.quarry.extract.NlpPipeline;
import dev.quarry.graph.Iris;
import dev.quarry.graph.PostGraph;
import dev.quarry.graph.Renames;
import dev.quarry.graph.Stored;
import dev.quarry.post.Corpus;
import dev.quarry.post.Post;
import dev.quarry.post.PostEntries;
import dev.quarry.post.PostEntry;
import dev.quarry.post.PostException;
import dev.quarry.post.PostReader;
import dev.quarry.post.Problem;
import dev.quarry.store.QuarryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.update.UpdateRequest;

/**
 * Runs the pipeline over a corpus: post -> extract -> graph -> store. Posts are read and annotated
 * on a pool of threads; this thread resolves entities across posts and writes them in corpus order.
 * A post whose bytes and pipeline are unchanged is skipped before any NLP, and the NLP models are
 * loaded only when some post needs them.
 *
 * <p>Group commit: each post's graph goes into the store's open batch (for TDB2, a write
 * transaction) as soon as it is built, and the batch is committed once it holds as many posts, or
 * has been open as long, as the store's {@link QuarryStore#groupCommit()} says, whichever comes
 * first. TDB2 copies every index block a transaction touches, so few large transactions cost far
 * less than many small ones (see the README's figures). A post is in the store whole or not at
 * all, and is reported stored only once its batch has committed: a crash loses at most the last
 * uncommitted group, which the next run extracts again.
 */
public final class Ingester {
  /**
   * How to ingest: the number of NLP threads, whether to redo unchanged posts, whether to remove
   * the posts of the store that were not found this time, the largest post read (bytes), whether
   * to read drafts, whether to read the pages of a WordPress export, whether to follow links out
   * of the folders named, and the user's own gazetteer files (besides those a {@code quarry.yaml}
   * names).
   */
  public record Options(int threads, boolean force, boolean prune, long maxBytes, boolean drafts,
      boolean pages, boolean followLinks, List<Path> gazetteers) {
    /** The largest post read by default: far above any blog post, far below trouble. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      if (maxBytes < 1) {
        throw new IllegalArgumentException("the size limit must be at least 1 byte");
      }
      gazetteers = List.copyOf(gazetteers);
    }

    /** Options that follow no link out of the corpus and use no gazetteer of the user's. */
    public Options(int threads, boolean force, boolean prune, long maxBytes, boolean drafts,
        boolean pages) {
      this(threads, force, prune, maxBytes, drafts, pages, false, List.of());
    }

    /** Options that skip drafts and pages. */
    public Options(int threads, boolean force, boolean prune, long maxBytes) {
      this(threads, force, prune, maxBytes, false, false);
    }

    public static Options defaults() {
      return new Options(Runtime.getRuntime().availableProcessors(), false, false,
          DEFAULT_MAX_BYTES);
    }
  }

  /** Posts read ahead of the writer, per NLP thread. */
  static final int READ_AHEAD_POSTS = 32;
  /** Bytes of posts read ahead of the writer at most. */
  static final long READ_AHEAD_BYTES = 32L * 1024 * 1024;

  private final QuarryStore store;
  private final IngestListener listener;
  private final Options options;
  private EntityExtractor extractor;
  private EntityIndex index;

  public Ingester(QuarryStore store, IngestListener listener, Options options) {
    this(store, listener, options, null);
  }

  /** An ingester that uses an extractor already built (its models loaded), e.g. to time ingest. */
  public Ingester(QuarryStore store, IngestListener listener, Options options,
      EntityExtractor extractor) {
    this.store = store;
    this.listener = listener;
    this.options = options;
    this.extractor = extractor;
  }

  /** Ingests every post found under {@code roots}. */
  public IngestSummary ingest(List<Path> roots) throws PostException {
    long t0 = System.nanoTime();
    Counts counts = new Counts();
    List<Corpus.Source> sources = Corpus.find(roots, options.followLinks(),
        p -> listener.problem(p, false), p -> {
          listener.problem(p, true);
          counts.failed++;
        });
    listener.started(sources.size());
    List<Path> gazetteers = new java.util.ArrayList<>(options.gazetteers());
    gazetteers.addAll(Corpus.gazetteers(roots));
    Gazetteer gazetteer = Gazetteer.load(gazetteers);
    String version = NlpPipeline.fingerprint() + gazetteer.userFingerprint();
    // read even with --force: a post stored before is replaced, and its old names forgotten
    Map<String, Stored.Stamp> stamps = Stored.stamps(store);
    java.util.Set<String> seen = new java.util.HashSet<>();
    ExecutorService pool = null;
    Deque<Future<PostWork.Done>> window = new ArrayDeque<>();
    Deque<Long> sizes = new ArrayDeque<>();
    long pendingBytes = 0;
    try {
      for (Corpus.Source source : sources) {
        PostEntries.Found found;
        try {
          byte[] bytes = PostReader.bytes(source.file(),
              PostEntries.sizeLimit(source, options.maxBytes()));
          found = PostEntries.of(source, bytes, options.pages());
        } catch (PostException e) {
          seen.add(Iris.post(source.id()));
          fail(source.id(), e, counts);
          continue;
        }
        counts.skipped.addAll(found.skipped());
        if (found.entries().size() != 1) {
          listener.grew(found.entries().size() - 1);
        }
        for (PostEntry entry : found.entries()) {
          Path taken = counts.ids.putIfAbsent(entry.id(), entry.file());
          if (taken != null) {
            fail(entry.id(), new PostException(entry.file(), 0, "its id '" + entry.id()
                + "' is taken by " + taken + " already (rename one of them, or ingest it into "
                + "another store); skipped"), counts);
            continue;
          }
          String graph = Iris.post(entry.id());
          Stored.Stamp stamp = stamps.get(graph);
          if (!options.force() && unchanged(stamp, entry.contentHash(), version)) {
            seen.add(graph);
            counts.unchanged++;
            listener.finished(entry.id(), IngestListener.Outcome.UNCHANGED);
            continue;
          }
          if (!options.drafts() && entry.draft().getAsBoolean()) {
            counts.drafts.add(entry.id());
            if (stamp != null) {
              counts.unpublished.add(graph); // stored before it became a draft
            }
            listener.finished(entry.id(), IngestListener.Outcome.DRAFT);
            continue;
          }
          seen.add(graph);
          if (pool == null) {
            prepareNlp(gazetteer);
            pool = Executors.newFixedThreadPool(options.threads(), r -> {
              Thread t = new Thread(r, "quarry-nlp");
              t.setDaemon(true);
              return t;
            });
          }
          EntityExtractor x = extractor;
          boolean replaces = stamp != null;
          window.add(pool.submit(() -> PostWork.run(x, source, entry, graph, replaces)));
          sizes.add(entry.size());
          pendingBytes += entry.size();
          // read ahead far enough that no NLP thread runs dry while the writer waits, in corpus
          // order, for one long post; bounded so that memory stays flat
          while (window.size() > READ_AHEAD_POSTS * options.threads()
              || pendingBytes > READ_AHEAD_BYTES) {
            write(window.poll(), version, counts);
            pendingBytes -= sizes.poll();
          }
        }
      }
      while (!window.isEmpty()) {
        write(window.poll(), version, counts);
        pendingBytes -= sizes.poll();
      }
      // a post whose NLP ran out of heap may have run beside the post that filled it: each is
      // read once more, alone
      for (PostWork.Done again : List.copyOf(counts.outOfMemory)) {
        EntityExtractor x = extractor;
        write(pool.submit(() -> PostWork.run(x, again.source(), again.entry(), again.graph(),
            again.replaces())),
            version, counts, false);
      }
      commit(counts);
    } finally {
      endGroup(); // after a failure, the open group is dropped: none of it is stored
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    List<String> removed = new ArrayList<>(counts.unpublished);
    if (options.prune()) {
      store.graphs().stream().filter(g -> !seen.contains(g) && !removed.contains(g))
          .forEach(removed::add);
    }
    remove(removed);
    int pruned = removed.size() - counts.unpublished.size();
    return new IngestSummary(counts.stored, counts.unchanged, counts.failed, pruned,
        counts.triples, Duration.ofNanos(System.nanoTime() - t0), counts.drafts, counts.skipped);
  }

  private static boolean unchanged(Stored.Stamp stamp, String hash, String version) {
    return stamp != null && stamp.contentHash().equals(hash)
        && stamp.pipelineVersion().equals(version);
  }

  private void prepareNlp(Gazetteer gazetteer) {
    if (extractor == null) {
      extractor = new EntityExtractor(NlpPipeline.create(gazetteer));
    }
    index();
  }

  /** The names the store's posts give their entities, read once. */
  private EntityIndex index() {
    if (index == null) {
      index = new EntityIndex(Stored.postNames(store));
    }
    return index;
  }

  /**
   * Removes posts' graphs; the preferred names their posts voted for are settled again, so that
   * the store is what ingesting only the remaining posts would give.
   */
  private void remove(List<String> graphs) {
    if (graphs.isEmpty()) {
      return;
    }
    for (String graph : graphs) {
      index().forget(Stored.postNames(store, graph));
      store.removeGraph(graph);
    }
    UpdateRequest renames = Renames.of(index.settle());
    if (!renames.getOperations().isEmpty()) {
      try (QuarryStore.Batch b = store.batch()) {
        b.update(renames);
        b.commit();
      }
    }
  }

  /** The open group: its batch (null when none is open) and its posts' ids, in corpus order. */
  private QuarryStore.Batch batch;
  private final List<String> groupIds = new ArrayList<>();
  private long groupTriples;
  private long groupStarted;

  /** The next post from the NLP threads; commits the waiting group when it is due meanwhile. */
  private PostWork.Done await(Future<PostWork.Done> future, Counts counts) {
    try {
      while (true) {
        if (batch == null) {
          return future.get();
        }
        long left = groupStarted + store.groupCommit().span().toNanos() - System.nanoTime();
        if (left <= 0) {
          commit(counts);
          continue;
        }
        try {
          return future.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          commit(counts);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("NLP thread failed", e.getCause());
    }
  }

  /** Commits the open group, then reports its posts stored. */
  private void commit(Counts counts) {
    if (batch == null) {
      return;
    }
    UpdateRequest renames = Renames.of(index.settle());
    if (!renames.getOperations().isEmpty()) {
      batch.update(renames);
    }
    batch.commit();
    counts.triples += groupTriples;
    counts.stored += groupIds.size();
    List<String> ids = new ArrayList<>(groupIds);
    endGroup();
    for (String id : ids) {
      listener.finished(id, IngestListener.Outcome.STORED);
    }
  }

  /** Closes the open group's batch, if any (dropping what it did not commit), and forgets it. */
  private void endGroup() {
    if (batch != null) {
      batch.close();
      batch = null;
    }
    groupIds.clear();
    groupTriples = 0;
  }

  private void write(Future<PostWork.Done> future, String version, Counts counts) {
    write(future, version, counts, true);
  }

  /** Writes one post's graph; one that ran out of heap is kept for later, {@code mayRetry}. */
  private void write(Future<PostWork.Done> future, String version, Counts counts,
      boolean mayRetry) {
    PostWork.Done done = await(future, counts);
    if (done.outOfMemory() && mayRetry) {
      counts.outOfMemory.add(done);
      return;
    }
    if (done.failure() != null) {
      fail(done.entry().id(), done.failure(), counts);
      return;
    }
    for (Problem p : done.post().problems()) {
      listener.problem(new PostException(done.entry().file(), p.line(), p.message()), false);
    }
    if (done.replaces()) {
      index.forget(Stored.postNames(store, done.graph()));
    }
    EntityIndex.Resolved resolved = index.resolve(done.extraction());
    Model graph = PostGraph.build(done.post(), resolved, version);
    if (batch == null) {
      batch = store.batch();
      groupStarted = System.nanoTime();
    }
    batch.replace(done.graph(), graph);
    listener.extracted(done.entry().id());
    groupIds.add(done.entry().id());
    groupTriples += graph.size();
    if (groupIds.size() >= store.groupCommit().posts()) {
      commit(counts);
    }
  }

  /** Names a post that could not be read, and counts it. */
  private void fail(String id, PostException why, Counts counts) {
    listener.problem(why, true);
    counts.failed++;
    listener.finished(id, IngestListener.Outcome.FAILED);
  }

  /** Running totals, touched only by the writer. */
  private static final class Counts {
    int stored;
    int unchanged;
    int failed;
    long triples;
    final List<String> drafts = new ArrayList<>();
    final List<String> unpublished = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<PostWork.Done> outOfMemory = new ArrayList<>();
    /** The file each post id was found in. */
    final Map<String, Path> ids = new java.util.HashMap<>();
  }
}
