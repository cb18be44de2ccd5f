package dev.quarry.cli;

import dev.quarry.store.NQuadsLoader;
import dev.quarry.store.QuarryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry load}: stores N-Quads, e.g. what {@code quarry spark} wrote. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Load N-Quads (.nq, .nq.gz; one named graph per post, as 'quarry spark' writes "
        + "them) into the store: a new store with TDB2's bulk loader, an existing store or a "
        + "server post by post, each post's graph replacing the one stored for it.")
public final class LoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
      description = "N-Quads files, or folders holding them.")
  List<Path> inputs;

  @Override
  public Integer call() {
    List<Path> files;
    try {
      files = NQuadsLoader.files(inputs);
    } catch (IOException e) {
      throw new QuarryException(ExitCodes.USAGE, e.getMessage());
    }
    if (files.isEmpty()) {
      throw new QuarryException(ExitCodes.USAGE, "no .nq or .nq.gz files in " + inputs);
    }
    NQuadsLoader.Loaded loaded;
    try (QuarryStore st = store.open(true)) {
      loaded = NQuadsLoader.load(st, files);
    }
    if (!Verbosity.quiet()) {
      spec.commandLine().getErr().printf("loaded %d graphs (%d quads) from %d files%s%n",
          loaded.graphs(), loaded.quads(), loaded.files(), loaded.bulk() ? " (bulk)" : "");
    }
    return ExitCodes.OK;
  }
}
