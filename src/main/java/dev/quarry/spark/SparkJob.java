package dev.quarry.spark;

import dev.quarry.extract.Gazetteer;
import dev.quarry.extract.NlpPipeline;
import dev.quarry.post.Corpus;
import dev.quarry.post.PostException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code quarry spark}: the extraction of {@code quarry ingest} as a Spark job. Executors extract
 * posts (skipping those unchanged since the last run); a keyed step resolves names across all
 * posts; the job writes every post's graph as gzipped N-Quads ({@code OUT/graphs}), the graphs
 * that differ from the last run's ({@code OUT/changed}, for {@code quarry load} into a store that
 * holds the rest) and its records ({@code OUT/state}) for the next run.
 */
public final class SparkJob {
  /** What to run: posts (local or shared folders), the output (any Hadoop file system URI). */
  public record Options(List<String> posts, String out, String master, int partitions,
      boolean force, long maxBytes) {}

  /** What a run did; problems name file and line. */
  public record Result(long extracted, long unchanged, long graphs, long changed,
      List<String> problems) {}

  private SparkJob() {}

  /** For spark-submit: {@code POSTS... --out OUT [--partitions N] [--force]}. */
  public static void main(String[] args) {
    List<String> posts = new ArrayList<>();
    String out = null;
    int partitions = 0;
    boolean force = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = args[++i];
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--force" -> force = true;
        default -> posts.add(args[i]);
      }
    }
    if (out == null || posts.isEmpty()) {
      System.err.println("usage: POSTS... --out OUT [--partitions N] [--force]");
      System.exit(2);
    }
    Result r = run(new Options(posts, out, null, partitions, force, 8L << 20));
    r.problems().forEach(System.err::println);
    System.err.printf("quarry spark: %d extracted, %d unchanged, %d graphs, %d changed%n",
        r.extracted(), r.unchanged(), r.graphs(), r.changed());
    System.exit(r.problems().isEmpty() ? 0 : 3);
  }

  /** Runs the job in a Spark context of its own ({@code master} null: as spark-submit says). */
  public static Result run(Options o) {
    SparkConf conf = new SparkConf().setAppName("quarry").set("spark.ui.enabled", "false");
    if (o.master() != null) {
      conf.setMaster(o.master());
    }
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      return run(sc, o);
    }
  }

  static Result run(JavaSparkContext sc, Options o) {
    List<String> problems = new ArrayList<>();
    List<String> ids;
    String userNames;
    try {
      ids = Corpus.find(o.posts().stream().map(Path::of).toList(), p -> problems.add(p.describe()))
          .stream().map(Corpus.Source::id).toList();
      // the user's gazetteers (quarry.yaml's 'gazetteers:') are part of what was extracted, as
      // for ingest
      userNames = Gazetteer.load(Corpus.gazetteers(o.posts().stream().map(Path::of).toList()))
          .userFingerprint();
    } catch (PostException e) {
      throw new IllegalArgumentException(e.describe(), e);
    }
    try {
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(o.out());
      FileSystem fs = out.getFileSystem(sc.hadoopConfiguration());
      org.apache.hadoop.fs.Path state = new org.apache.hadoop.fs.Path(out, "state");
      org.apache.hadoop.fs.Path next = new org.apache.hadoop.fs.Path(out, ".next");
      fs.delete(next, true);
      JavaRDD<byte[]> previous = !o.force() && fs.exists(state)
          ? sc.<byte[]>objectFile(state.toString()) : sc.emptyRDD();
      Map<String, String> stamps = new HashMap<>(previous.map(b -> {
        PostRecord r = PostRecord.fromBytes(b);
        return r.graph() + "\t" + r.contentHash() + " " + r.version();
      }).collect().stream().collect(java.util.stream.Collectors.toMap(
          s -> s.substring(0, s.indexOf('\t')), s -> s.substring(s.indexOf('\t') + 1))));
      Broadcast<Map<String, String>> stampsB = sc.broadcast(stamps);
      List<String> roots = new ArrayList<>(o.posts());
      String version = NlpPipeline.fingerprint() + userNames;
      long maxBytes = o.maxBytes();
      int parts = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism();
      JavaRDD<byte[]> found = sc.parallelize(ids, Math.max(1, Math.min(parts, ids.size())))
          .flatMap(id -> Worker.extract(id, roots, stampsB.value(), version, maxBytes).iterator())
          .persist(StorageLevel.MEMORY_AND_DISK());
      JavaRDD<byte[]> extracted = found.filter(b -> PostRecord.kindOf(b) == PostRecord.Kind.EXTRACTED);
      JavaRDD<byte[]> kept = found.filter(b -> PostRecord.kindOf(b) == PostRecord.Kind.UNCHANGED)
          .mapToPair(b -> new scala.Tuple2<>(PostRecord.fromBytes(b).graph(), 0))
          .join(previous.mapToPair(b -> new scala.Tuple2<>(PostRecord.fromBytes(b).graph(), b)))
          .values().map(scala.Tuple2::_2);
      JavaRDD<byte[]> current = extracted.union(kept).persist(StorageLevel.MEMORY_AND_DISK());
      found.filter(b -> PostRecord.kindOf(b) == PostRecord.Kind.FAILED)
          .map(b -> PostRecord.fromBytes(b).problem()).collect().forEach(problems::add);

      Broadcast<Map<String, String>> after =
          sc.broadcast(new HashMap<>(Resolution.renames(current).collectAsMap()));
      Broadcast<Map<String, String>> before =
          sc.broadcast(new HashMap<>(Resolution.renames(previous).collectAsMap()));
      boolean first = stamps.isEmpty();
      current.map(b -> Resolution.resolved(PostRecord.fromBytes(b), after.value()))
          .saveAsTextFile(new org.apache.hadoop.fs.Path(next, "graphs").toString(),
              GzipCodec.class);
      JavaRDD<byte[]> changed = current.filter(b -> {
        PostRecord r = PostRecord.fromBytes(b);
        return first || !(r.contentHash() + " " + r.version()).equals(stamps.get(r.graph()))
            || Resolution.renamedBetween(r, before.value(), after.value());
      });
      changed.map(b -> Resolution.resolved(PostRecord.fromBytes(b), after.value()))
          .saveAsTextFile(new org.apache.hadoop.fs.Path(next, "changed").toString(),
              GzipCodec.class);
      current.saveAsObjectFile(new org.apache.hadoop.fs.Path(next, "state").toString());
      Result result = new Result(extracted.count(), kept.count(), current.count(),
          changed.count(), problems);
      // the new output replaces the last run's only once it is all written
      for (String dir : List.of("graphs", "changed", "state")) {
        org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(out, dir);
        fs.delete(to, true);
        fs.rename(new org.apache.hadoop.fs.Path(next, dir), to);
        if (!dir.equals("state")) {
          nameNQuads(fs, to);
        }
      }
      fs.delete(next, true);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names the part files {@code part-N.nq.gz}, so that {@code quarry load} finds them. */
  private static void nameNQuads(FileSystem fs, org.apache.hadoop.fs.Path dir) throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      String name = f.getPath().getName();
      if (name.startsWith("part-") && name.endsWith(".gz") && !name.endsWith(".nq.gz")) {
        fs.rename(f.getPath(), new org.apache.hadoop.fs.Path(dir,
            name.substring(0, name.length() - 3) + ".nq.gz"));
      }
    }
  }
}
