package dev.quarry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the machine cannot take (a full disk) is said in one plain sentence naming the store,
 * and what was committed before is still there. The failures are raised where TDB2 raises them,
 * inside the write, by a graph that fails as it is copied in.
 */
class StoreWriteFailureTest {
  private static final String A = "https://quarry.dev/id/post/a";
  private static final String B = "https://quarry.dev/id/post/b";

  @TempDir Path tmp;

  /** A graph whose triples cannot be read: copying it into the store fails with {@code fault}. */
  private static Model failing(Supplier<? extends Throwable> fault) {
    return ModelFactory.createModelForGraph(new GraphBase() {
      @Override
      protected ExtendedIterator<Triple> graphBaseFind(Triple triple) {
        Throwable t = fault.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    });
  }

  private static Model post(String iri) {
    return RDFParser.fromString("<" + iri + "> <http://schema.org/name> \"a post\" .", Lang.NT)
        .toModel();
  }

  @Test
  void noSpaceLeftIsSaidPlainlyAndTheCommittedPostsStay() {
    Path dir = tmp.resolve("store");
    try (TdbStore store = TdbStore.open(dir, true)) {
      store.replaceGraphs(Map.of(A, post(A)));
      StoreException e = assertThrows(StoreException.class, () -> store.replaceGraphs(Map.of(B,
          failing(() -> new UncheckedIOException(new IOException("No space left on device"))))));
      assertEquals("no space left on device while writing the store at " + dir
          + "; the store is unchanged since the last commit", e.getMessage());
      assertEquals(List.of(A), store.graphs());
    }
    try (TdbStore again = TdbStore.open(dir, false)) {
      assertEquals(List.of(A), again.graphs());
    }
  }

  @Test
  void aFaultInAMappedFileIsSaidAsSuch() {
    Path dir = tmp.resolve("store");
    InternalError fault = new InternalError(
        "a fault occurred in a recent unsafe memory access operation in compiled Java code");
    try (TdbStore store = TdbStore.open(dir, true)) {
      store.replaceGraphs(Map.of(A, post(A)));
      StoreException e = assertThrows(StoreException.class,
          () -> store.replaceGraphs(Map.of(B, failing(() -> fault))));
      // this disk has room: the fault is not taken for a full disk
      assertEquals("a fault in the memory-mapped files of the store at " + dir + " while writing "
          + "it (is its disk full, or was a file of it changed by another program?); the store "
          + "is unchanged since the last commit", e.getMessage());
      assertEquals(List.of(A), store.graphs());
    }
  }

  @Test
  void theSameFaultWithTheDiskAlmostFullIsAFullDisk() {
    Path dir = tmp.resolve("store");
    InternalError fault = new InternalError(
        "a fault occurred in a recent unsafe memory access operation in compiled Java code");
    assertEquals("no space left on device while writing the store at " + dir
        + "; the store is unchanged since the last commit",
        StoreFolder.writeFailure(dir, new RuntimeException(fault), 1 << 20).getMessage());
  }

  @Test
  void aFailureTheMachineDidNotCauseIsLeftAsItIs() {
    assertEquals(null, StoreFolder.writeFailure(tmp, new IllegalStateException("a bug"), 0));
  }
}
