package dev.quarry.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/** The SHACL shapes every graph Quarry writes conforms to: {@code ontology/shapes.ttl}. */
public final class QuarryShapes {
  private QuarryShapes() {}

  /** The shapes, read from the classpath. */
  public static Shapes load() {
    try (InputStream in = QuarryShapes.class.getClassLoader()
        .getResourceAsStream("ontology/shapes.ttl")) {
      if (in == null) {
        throw new IllegalStateException("ontology/shapes.ttl is missing from the classpath");
      }
      Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
      return Shapes.parse(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
