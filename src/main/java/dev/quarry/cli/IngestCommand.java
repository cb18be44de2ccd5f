package dev.quarry.cli;

import dev.quarry.pipeline.IngestListener;
import dev.quarry.pipeline.IngestSummary;
import dev.quarry.pipeline.Ingester;
import dev.quarry.post.PostException;
import dev.quarry.store.QuarryStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry ingest}: reads posts into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read the posts in folders and files into the store, one named graph per post.")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
      description = "Folders to search for posts (.md, .markdown, .txt, or any file that opens "
          + "with front matter), or single post files.")
  List<Path> paths;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "NLP threads (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force",
      description = "Extract every post again, even those unchanged since the last run.")
  boolean force;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new QuarryException(ExitCodes.USAGE, "--threads must be at least 1");
    }
    for (Path p : paths) {
      if (!p.toFile().exists()) {
        throw new QuarryException(ExitCodes.USAGE, p + ": no such file or folder");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestListener listener = new IngestListener() {
      @Override
      public void problem(PostException p, boolean fatal) {
        err.println(p.describe() + (fatal ? " (skipped)" : ""));
        err.flush();
      }
    };
    IngestSummary s;
    try (QuarryStore st = store.open(true)) {
      s = new Ingester(st, listener, new Ingester.Options(threads, force)).ingest(paths);
    } catch (PostException e) {
      throw new QuarryException(ExitCodes.USAGE, e.describe(), e);
    }
    if (!Verbosity.quiet()) {
      out.printf("ingested %d posts (%d unchanged, %d failed) into %s: %d triples in %.1f s%n",
          s.stored(), s.unchanged(), s.failed(), store.store, s.triples(),
          s.elapsed().toMillis() / 1000.0);
      out.flush();
    }
    return s.failed() > 0 ? ExitCodes.SOME_POSTS_FAILED : ExitCodes.OK;
  }
}
