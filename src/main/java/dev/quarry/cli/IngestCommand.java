package dev.quarry.cli;

import dev.quarry.extract.GazetteerException;
import dev.quarry.pipeline.IngestListener;
import dev.quarry.pipeline.IngestSummary;
import dev.quarry.pipeline.Ingester;
import dev.quarry.post.PostException;
import dev.quarry.post.Printable;
import dev.quarry.store.QuarryStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry ingest}: reads posts into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read the posts in folders and files into the store, one named graph per post.")
public final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
      description = "Folders to search for posts (.md, .mdx, .markdown, .txt, a WordPress export "
          + ".xml, or any file that opens with front matter), or single post files.")
  List<Path> paths;

  @Option(names = {"-t", "--threads"}, paramLabel = "N",
      description = "NLP threads (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force",
      description = "Extract every post again, even those unchanged since the last run.")
  boolean force;

  @Option(names = "--prune",
      description = "Remove from the store the posts not found this time (use it when you "
          + "ingest the whole corpus).")
  boolean prune;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "8",
      description = "Skip posts larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSizeMb;

  @Option(names = "--drafts",
      description = "Read drafts too (draft: true, published: false, a WordPress draft).")
  boolean drafts;

  @Option(names = "--pages", description = "Read the pages of a WordPress export as posts too.")
  boolean pages;

  @Option(names = "--follow-links",
      description = "Follow symbolic links that lead out of the folders given (by default they "
          + "are named and not followed).")
  boolean followLinks;

  @Option(names = "--gazetteer", paramLabel = "FILE",
      description = "Your own list of names, in the format of Quarry's ontology/gazetteer/*.yaml "
          + "(people and places allowed); repeatable. A quarry.yaml in a folder named can list "
          + "more under 'gazetteers:'.")
  List<Path> gazetteers = List.of();

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new QuarryException(ExitCodes.USAGE, "--threads must be at least 1");
    }
    if (maxSizeMb <= 0) {
      throw new QuarryException(ExitCodes.USAGE, "--max-size must be more than 0");
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new QuarryException(ExitCodes.USAGE, Printable.of(p) + ": no such file or folder");
      }
    }
    for (Path g : gazetteers) {
      if (!Files.isRegularFile(g)) {
        throw new QuarryException(ExitCodes.USAGE, "--gazetteer " + Printable.of(g) + ": no such file");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err);
    Ingester.Options options = new Ingester.Options(threads, force, prune,
        (long) (maxSizeMb * 1024 * 1024), drafts, pages, followLinks, gazetteers);
    IngestSummary s;
    try (QuarryStore st = store.open(true)) {
      s = new Ingester(st, progress, options).ingest(paths);
    } catch (PostException e) {
      throw new QuarryException(ExitCodes.USAGE, e.describe(), e);
    } catch (GazetteerException e) {
      throw new QuarryException(ExitCodes.USAGE, e.describe(), e);
    } finally {
      progress.close();
    }
    if (!Verbosity.quiet()) {
      out.printf(Locale.ROOT,
          "ingested %d posts (%d unchanged, %d skipped with errors%s) into %s: %d triples "
              + "in %.1f s%n", s.stored(), s.unchanged(), s.failed(),
          prune ? ", " + s.pruned() + " removed" : "", store.store, s.triples(),
          s.elapsed().toMillis() / 1000.0);
      if (!s.drafts().isEmpty()) {
        out.printf(Locale.ROOT, "%d draft%s not read (--drafts reads them): %s%n",
            s.drafts().size(), s.drafts().size() == 1 ? "" : "s",
            Printable.of(String.join(", ", s.drafts())));
      }
      s.skipped().forEach(line -> out.println(Printable.of(line)));
      out.flush();
    }
    return s.failed() > 0 ? ExitCodes.SOME_POSTS_FAILED : ExitCodes.OK;
  }

  /**
   * Problems as {@code file:line: message} lines; progress as a bar on a terminal, else as one
   * plain line per post (which a script or a log can follow). The bar moves as posts are
   * extracted and counts those stored, whose group has committed; a plain line says "stored" only
   * once the post is.
   */
  private static final class Progress implements IngestListener {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null && !Verbosity.quiet();
    private ProgressBar bar;
    private int total;
    private int done;
    private int stored;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void started(int posts) {
      total = posts;
      if (terminal) {
        bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(posts)
            .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" posts", 1)
            .build();
      }
    }

    @Override
    public void grew(int more) {
      total += more;
      if (bar != null) {
        bar.maxHint(total);
      }
    }

    @Override
    public void extracted(String postId) {
      if (bar != null) {
        bar.step();
      }
    }

    @Override
    public void finished(String postId, Outcome outcome) {
      done++;
      if (bar != null) {
        if (outcome == Outcome.STORED) {
          bar.setExtraMessage(++stored + " stored");
        } else {
          bar.step(); // a stored post moved the bar when it was extracted
        }
      } else if (!Verbosity.quiet()) {
        err.printf(Locale.ROOT, "[%d/%d] %s %s%n", done, total,
            outcome.name().toLowerCase(Locale.ROOT), Printable.of(postId));
        err.flush();
      }
    }

    @Override
    public void problem(PostException p, boolean fatal) {
      if (bar != null) {
        bar.pause();
      }
      err.println(p.describe() + (fatal && !p.getMessage().endsWith("skipped") ? " (skipped)" : ""));
      err.flush();
      if (bar != null) {
        bar.resume();
      }
    }

    void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
