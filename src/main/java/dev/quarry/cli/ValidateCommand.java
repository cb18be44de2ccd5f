package dev.quarry.cli;

import dev.quarry.graph.QuarryShapes;
import dev.quarry.store.QuarryStore;
import dev.quarry.store.Validation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.Shapes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry validate}: checks the store against SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check that the store is a well-formed Quarry graph (SHACL shapes in "
        + "ontology/shapes.ttl, or --shapes FILE). Exits 1 when it does not conform.")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--shapes", paramLabel = "FILE", description = "SHACL shapes in Turtle.")
  Path shapesFile;

  @Override
  public Integer call() {
    if (shapesFile != null && !Files.isRegularFile(shapesFile)) {
      throw new QuarryException(ExitCodes.USAGE, shapesFile + ": no such shapes file");
    }
    Shapes shapes = shapesFile == null ? QuarryShapes.load() : Validation.shapes(shapesFile);
    Validation.Result r;
    try (QuarryStore st = store.open(false)) {
      r = Validation.validate(st, shapes);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Validation.Problem p : r.problems()) {
      out.println(p.focus() + (p.path().isEmpty() ? "" : " " + p.path()) + ": " + p.message());
    }
    out.println(r.conforms() ? "the store conforms to the shapes"
        : "the store does not conform: " + r.problems().size() + " problem"
            + (r.problems().size() == 1 ? "" : "s"));
    out.flush();
    return r.conforms() ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
