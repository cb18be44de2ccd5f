package dev.quarry.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** Checks a store against SHACL shapes. */
public final class Validation {
  /** One way the graph breaks a shape. */
  public record Problem(String focus, String path, String message) {}

  /** The outcome: whether the graph conforms, and every problem. */
  public record Result(boolean conforms, List<Problem> problems) {}

  private Validation() {}

  /** Shapes read from a Turtle file. */
  public static Shapes shapes(Path file) {
    return Shapes.parse(RDFDataMgr.loadGraph(file.toString()));
  }

  /** Validates the union of all graphs of the store. */
  public static Result validate(QuarryStore store, Shapes shapes) {
    return store.readUnion(union -> {
      ValidationReport report = ShaclValidator.get().validate(shapes, union);
      List<Problem> problems = new ArrayList<>();
      report.getEntries().forEach(e -> problems.add(new Problem(str(e.focusNode()),
          e.resultPath() == null ? "" : e.resultPath().toString(), e.message())));
      return new Result(report.conforms(), problems);
    });
  }

  private static String str(Node n) {
    return n.isURI() ? n.getURI() : n.toString();
  }
}
