package dev.quarry.cli;

import dev.quarry.spark.SparkJob;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quarry spark}: ingest's extraction as a Spark job, in this process unless --master names
 * a cluster. Spark's classes are loaded only when this command runs.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Extract posts as a Spark job (in this process by default) and write each "
        + "post's graph as gzipped N-Quads under OUT/graphs (the graphs that changed since the "
        + "last run under OUT/changed), for 'quarry load'. A post unchanged since the last run "
        + "into OUT is not extracted again.")
public final class SparkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Posts, as for ingest.")
  List<Path> posts;

  @Option(names = "--out", required = true, paramLabel = "DIR|URI",
      description = "Where the graphs and the job's records go (a folder or a Hadoop URI).")
  String out;

  @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
      description = "Spark's master (default: ${DEFAULT-VALUE}, in this process).")
  String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the posts (default: Spark's default parallelism).")
  int partitions;

  @Option(names = "--force", description = "Extract every post again.")
  boolean force;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "8",
      description = "Skip posts larger than this (default: ${DEFAULT-VALUE} MB).")
  long maxSizeMb;

  @Override
  public Integer call() {
    for (Path p : posts) {
      if (!Files.exists(p)) {
        throw new QuarryException(ExitCodes.USAGE, p + ": no such file or folder");
      }
    }
    SparkJob.Result r;
    try {
      r = SparkJob.run(new SparkJob.Options(posts.stream().map(Path::toString).toList(), out,
          master, partitions, force, maxSizeMb << 20));
    } catch (NoClassDefFoundError e) {
      throw new QuarryException(ExitCodes.FAILURE, "Spark's classes are not on the class path ("
          + e.getMessage() + "): run 'quarry spark' through ./quarry, which adds target/spark-lib");
    }
    PrintWriter err = spec.commandLine().getErr();
    r.problems().forEach(err::println);
    if (!Verbosity.quiet()) {
      err.printf("%d posts extracted, %d unchanged; %d graphs in %s/graphs, %d changed in "
          + "%s/changed%n", r.extracted(), r.unchanged(), r.graphs(), out, r.changed(), out);
    }
    err.flush();
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_POSTS_FAILED;
  }
}
