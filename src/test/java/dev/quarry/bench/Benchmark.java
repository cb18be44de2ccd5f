package dev.quarry.bench;

import dev.quarry.extract.EntityExtractor;
import dev.quarry.extract.Gazetteer;
import dev.quarry.extract.NlpPipeline;
import dev.quarry.pipeline.IngestListener;
import dev.quarry.pipeline.IngestSummary;
import dev.quarry.pipeline.Ingester;
import dev.quarry.graph.Queries;
import dev.quarry.post.Corpus;
import dev.quarry.post.Post;
import dev.quarry.post.PostException;
import dev.quarry.post.PostReader;
import dev.quarry.store.TdbStore;
import dev.quarry.store.ResultFormat;
import dev.quarry.store.SparqlQuery;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Quarry's benchmark: whole ingest against the raw NLP pipeline it uses (same text, same threads),
 * 1 against 2 threads, first ingest against re-ingest, memory, the start-up of query and export,
 * and the latency of every named query. Prints a table. Run with {@code ./mvnw -Pbench verify}
 * (see the README) on the posts under {@code -Dbench.corpus=DIR} (default: corpus/), which it
 * is given as its argument. With arguments {@code --queries STORE} it times only the named
 * queries on a store already built.
 */
public final class Benchmark {
  /** A parameter value for each named query that takes one. */
  private static final Map<String, String> PARAMS = Map.ofEntries(
      Map.entry("topic", "TiKV"), Map.entry("event", "KubeCon Europe 2026"),
      Map.entry("person", "Morgan Tocker"), Map.entry("technology", "TiDB"),
      Map.entry("organization", "PingCAP"), Map.entry("entity", "Vitess"),
      Map.entry("author", "Ed Huang"), Map.entry("tag", "TiKV"));

  private final List<String[]> rows = new ArrayList<>();
  /** Tokens in the corpus, as the raw pipeline counts them (the first pair runs raw first). */
  private long tokens;

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--queries")) {
      Benchmark b = new Benchmark();
      b.queries(Path.of(args[1])); // only the named queries, on a store already built
      b.print();
      return;
    }
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("no folder of posts at " + corpus.toAbsolutePath()
          + " (give -Dbench.corpus=DIR)");
    }
    new Benchmark().run(corpus);
  }

  private void run(Path corpus) throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    List<Path> files = new ArrayList<>();
    List<Post> posts = read(corpus, files);
    System.out.printf(Locale.ROOT, "corpus %s: %d posts, %d cores, max heap %d MB%n", corpus,
        posts.size(), cores, Runtime.getRuntime().maxMemory() >> 20);

    long t0 = System.nanoTime();
    NlpPipeline nlp = NlpPipeline.create(Gazetteer.load());
    EntityExtractor extractor = new EntityExtractor(nlp);
    row("load NLP models and rules", fmt(secs(System.nanoTime() - t0)) + " s", "");

    // The first pass over the text compiles the code: warm up both ways on a third of the posts,
    // the raw pipeline (CoreNLP's code) and a whole ingest into a scratch store (Quarry's, Jena's
    // and TDB2's), so that neither run of the first pair pays for compiling its code.
    Path tmp = Files.createTempDirectory("quarry-bench");
    long w = System.nanoTime();
    List<Post> warmUp = new ArrayList<>();
    List<Path> warmUpFiles = new ArrayList<>();
    for (int i = 0; i < posts.size(); i += 3) {
      warmUp.add(posts.get(i));
      warmUpFiles.add(files.get(i));
    }
    annotateAll(nlp, warmUp, cores);
    double warmRaw = secs(System.nanoTime() - w);
    w = System.nanoTime();
    whole(extractor, warmUpFiles, cores, tmp.resolve("warm-up"));
    double warmWhole = secs(System.nanoTime() - w);
    row("warm up on " + warmUp.size() + " posts", fmt(warmRaw + warmWhole) + " s", String.format(
        Locale.ROOT, "raw pipeline %.1f s, whole ingest %.1f s", warmRaw, warmWhole));
    // Each ratio compares runs made next to each other, as the machine's speed drifts; with all
    // cores, five pairs in alternating order, and the median is the figure.
    Pair one = pair(nlp, extractor, posts, corpus, 1, tmp.resolve("store-1"), true);
    List<Pair> all = new ArrayList<>();
    for (int i = 0; i < PAIRS; i++) {
      all.add(pair(nlp, extractor, posts, corpus, cores, tmp.resolve("store-" + cores + "-" + i),
          i % 2 == 0));
    }
    for (Pair p : all) {
      row("raw NLP pipeline, " + cores + " threads", fmt(p.raw.seconds()) + " s", p.raw.detail());
      row("whole ingest, " + cores + " threads", fmt(p.whole.seconds()) + " s", p.whole.detail()
          + String.format(Locale.ROOT, "; %.3f x raw", p.ratio()));
    }
    List<Pair> byRatio = new ArrayList<>(all);
    byRatio.sort(Comparator.comparingDouble(Pair::ratio));
    Pair median = byRatio.get(byRatio.size() / 2);
    row("whole / raw, " + cores + " threads", "", String.format(Locale.ROOT,
        "median %.3f x (pairs: %s)", median.ratio(), all.stream()
            .map(p -> String.format(Locale.ROOT, "%.3f", p.ratio())).toList()));
    row(cores + " threads / 1 thread", "", String.format(Locale.ROOT,
        "raw %.2f x, whole ingest %.2f x (the median pair)", one.raw.seconds() / median.raw
            .seconds(), one.whole.seconds() / median.whole.seconds()));
    Path store = median.store;
    double firstIngest = median.whole.seconds();
    long t = System.nanoTime();
    try (TdbStore st = TdbStore.open(store, false)) {
      IngestSummary again = new Ingester(st, new IngestListener() {}, Ingester.Options.defaults(),
          extractor).ingest(List.of(corpus));
      double s = secs(System.nanoTime() - t);
      row("re-ingest, unchanged", fmt(s) + " s", String.format(Locale.ROOT,
          "%d unchanged; %.0f x faster than the first ingest", again.unchanged(),
          firstIngest / s));
    }
    row("process peak RSS so far", "", rss());

    startUp(store, "query", "queries/posts-tagged.rq", "--param", "tag=TiKV", "--format", "csv");
    startUp(store, "export", "--format", "nquads", "-o", tmp.resolve("x.nq").toString());
    queries(store);
    print();
    try (var left = Files.walk(tmp)) {
      left.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** Pairs of runs with all cores; the median ratio is the figure. */
  private static final int PAIRS = 5;

  /** One timed run: seconds and what it printed. */
  private record Run(double seconds, String detail) {}

  /** A raw run and a whole ingest of the same posts with the same threads, one after the other. */
  private record Pair(Run raw, Run whole, Path store) {
    double ratio() {
      return raw.seconds() / whole.seconds();
    }
  }

  private Pair pair(NlpPipeline nlp, EntityExtractor extractor, List<Post> posts, Path corpus,
      int threads, Path store, boolean rawFirst) throws Exception {
    Run raw = null;
    Run whole = null;
    for (int i = 0; i < 2; i++) {
      if ((i == 0) == rawFirst) {
        raw = raw(nlp, posts, threads);
      } else {
        whole = whole(extractor, List.of(corpus), threads, store);
      }
    }
    Pair p = new Pair(raw, whole, store);
    if (threads == 1) {
      row("raw NLP pipeline, 1 thread", fmt(raw.seconds()) + " s", raw.detail());
      row("whole ingest, 1 thread", fmt(whole.seconds()) + " s", whole.detail()
          + String.format(Locale.ROOT, "; %.3f x raw", p.ratio()));
    }
    return p;
  }

  private Run raw(NlpPipeline nlp, List<Post> posts, int threads) throws Exception {
    resetPeaks();
    long t = System.nanoTime();
    tokens = annotateAll(nlp, posts, threads);
    double s = secs(System.nanoTime() - t);
    return new Run(s, String.format(Locale.ROOT, "%,.0f tokens/s, %.1f posts/s, peak heap %s",
        tokens / s, posts.size() / s, peakHeap()));
  }

  private Run whole(EntityExtractor extractor, List<Path> roots, int threads, Path store) {
    resetPeaks();
    long t = System.nanoTime();
    IngestSummary sum;
    try (TdbStore st = TdbStore.open(store, true)) {
      sum = new Ingester(st, new IngestListener() {},
          new Ingester.Options(threads, false, false, Ingester.Options.DEFAULT_MAX_BYTES),
          extractor).ingest(roots);
    } catch (PostException e) {
      throw new IllegalStateException(e);
    }
    double s = secs(System.nanoTime() - t);
    return new Run(s, String.format(Locale.ROOT, "%,.0f tokens/s, %.1f posts/s, %d posts, %,d "
        + "triples, peak heap %s", tokens / s, sum.stored() / s, sum.stored(), sum.triples(),
        peakHeap()));
  }

  /** The posts Quarry reads in {@code corpus}; their files go into {@code files}, in order. */
  private static List<Post> read(Path corpus, List<Path> files) throws PostException {
    List<Post> posts = new ArrayList<>();
    for (Corpus.Source s : Corpus.find(List.of(corpus), p -> {})) {
      try {
        posts.add(PostReader.read(s.file(), s.id()));
        files.add(s.file());
      } catch (PostException e) {
        // a post Quarry skips is skipped here too
      }
    }
    return posts;
  }

  private static long annotateAll(NlpPipeline nlp, List<Post> posts, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong tokens = new AtomicLong();
    List<Future<?>> futures = new ArrayList<>();
    for (Post p : posts) {
      futures.add(pool.submit(() -> tokens.addAndGet(nlp.annotate(p.body().text())
          .get(CoreAnnotations.TokensAnnotation.class).size())));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return tokens.get();
  }

  /**
   * Wall time of a whole `quarry` process as a user starts it, through the ./quarry script (its
   * JVM options and class-data archive): JVM start, store open, the command, exit. The first of
   * six runs is not counted (it may write the archive).
   */
  private void startUp(Path store, String... args) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      List<String> cmd = new ArrayList<>(List.of(Path.of("quarry").toAbsolutePath().toString()));
      cmd.addAll(Arrays.asList(args));
      cmd.addAll(List.of("--store", store.toString()));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().remove("JAVA_OPTS");
      long t = System.nanoTime();
      Process p = pb.start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed");
      }
      if (i > 0) {
        times.add(secs(System.nanoTime() - t));
      }
    }
    times.sort(Comparator.naturalOrder());
    row("start and run `quarry " + args[0] + "`", fmt(times.get(times.size() / 2)) + " s",
        "median of 5 whole processes, " + (args[0].equals("query") ? "a named query" : "all posts"));
  }

  /**
   * Each named query on the store, warm, in this process: the median of 21 runs after 10 that
   * are not counted (the JIT compiles Jena's query code over the first few), and the slowest.
   */
  private void queries(Path store) throws IOException {
    List<Path> files;
    try (var list = Files.list(Path.of("queries"))) {
      files = list.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
    }
    try (TdbStore st = TdbStore.open(store, false)) {
      for (Path f : files) {
        String text = Files.readString(f);
        Map<String, String> params = new java.util.LinkedHashMap<>();
        PARAMS.forEach((k, v) -> {
          if (text.contains("Parameter: " + k)) {
            params.put(k, v);
          }
        });
        SparqlQuery q = Queries.parse(f.toString(), text, params);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
          long t = System.nanoTime();
          q.run(st, ResultFormat.CSV, Duration.ofSeconds(60), OutputStream.nullOutputStream());
          if (i >= 10) {
            times.add((System.nanoTime() - t) / 1e6);
          }
        }
        times.sort(Comparator.naturalOrder());
        row("query " + f.getFileName(), String.format(Locale.ROOT, "%.1f ms",
            times.get(times.size() / 2)), String.format(Locale.ROOT, "slowest %.1f ms%s",
            times.get(times.size() - 1), params.isEmpty() ? "" : "; " + params));
      }
    }
  }

  /**
   * Starts a run from a collected heap, and its peaks from there. The JVM runs as {@code quarry
   * ingest} does, where System.gc() does nothing, so this asks for the collection that {@code jcmd
   * PID GC.run} makes.
   */
  private static void resetPeaks() {
    try {
      ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcRun", null, null);
    } catch (JMException e) {
      throw new IllegalStateException("cannot collect the heap between runs", e);
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static String peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return (peak >> 20) + " MB";
  }

  private static String rss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB";
      }
    }
    return "unknown";
  }

  private void row(String what, String time, String detail) {
    rows.add(new String[] {what, time, detail});
    System.out.printf(Locale.ROOT, "  %-40s %10s  %s%n", what, time, detail);
    System.out.flush();
  }

  private void print() {
    System.out.println();
    System.out.println("| measure | time | detail |");
    System.out.println("| --- | --- | --- |");
    for (String[] r : rows) {
      System.out.println("| " + r[0] + " | " + r[1] + " | " + r[2] + " |");
    }
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static String fmt(double s) {
    return String.format(Locale.ROOT, "%.2f", s);
  }
}
