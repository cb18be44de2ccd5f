package dev.quarry.pipeline;

import dev.quarry.graph.Iris;
import dev.quarry.graph.PostGraph;
import dev.quarry.post.Corpus;
import dev.quarry.post.Post;
import dev.quarry.post.PostException;
import dev.quarry.post.PostReader;
import dev.quarry.post.Problem;
import dev.quarry.store.QuarryStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * Runs the pipeline over a corpus: post -> graph -> store, one post per transaction. A post that
 * cannot be read is reported and skipped; the posts already stored are never touched by it.
 */
public final class Ingester {
  private final QuarryStore store;
  private final IngestListener listener;

  public Ingester(QuarryStore store, IngestListener listener) {
    this.store = store;
    this.listener = listener;
  }

  /** Ingests every post found under {@code roots}. */
  public IngestSummary ingest(List<Path> roots) throws PostException {
    long t0 = System.nanoTime();
    List<Corpus.Source> sources = Corpus.find(roots, p -> listener.problem(p, false));
    listener.started(sources.size());
    int stored = 0;
    int failed = 0;
    long triples = 0;
    for (Corpus.Source source : sources) {
      Optional<Post> post = read(source);
      if (post.isEmpty()) {
        failed++;
        listener.finished(source.id(), IngestListener.Outcome.FAILED);
        continue;
      }
      Model graph = PostGraph.build(post.get());
      store.replaceGraph(Iris.post(post.get().id()), graph);
      triples += graph.size();
      stored++;
      listener.finished(source.id(), IngestListener.Outcome.STORED);
    }
    return new IngestSummary(stored, 0, failed, 0, triples,
        Duration.ofNanos(System.nanoTime() - t0));
  }

  private Optional<Post> read(Corpus.Source source) {
    try {
      Post post = PostReader.read(source.file(), source.id());
      for (Problem p : post.problems()) {
        listener.problem(new PostException(source.file(), p.line(), p.message()), false);
      }
      return Optional.of(post);
    } catch (PostException e) {
      listener.problem(e, true);
      return Optional.empty();
    }
  }
}
