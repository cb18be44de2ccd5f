package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry load}: N-Quads into a new store in bulk, into an existing one post by post. */
class LoadTest {
  private static final String A = "<https://quarry.dev/id/post/a.md>";
  private static final String B = "<https://quarry.dev/id/post/b.md>";
  private static final String NAME = "<http://schema.org/name>";

  @TempDir Path tmp;

  private static String quad(String s, String o, String g) {
    return s + " " + NAME + " \"" + o + "\" " + g + " .\n";
  }

  private void gzip(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Set<String> quads(Path store) {
    Cli export = Cli.run("export", "--format", "nquads", "--store", store.toString());
    assertEquals(0, export.exitCode(), export.err());
    return new TreeSet<>(Arrays.asList(export.out().strip().split("\n")));
  }

  @Test
  void aNewStoreIsBulkLoadedAndAnExistingOneGetsEachPostsGraphReplaced() throws Exception {
    Path out = tmp.resolve("out");
    gzip(out.resolve("part-0.nq.gz"), quad(A, "Post A", A) + quad("<urn:x:ted>", "Ted Young", A));
    gzip(out.resolve("part-1.nq.gz"), quad(B, "Post B", B));
    Path store = tmp.resolve("store");
    Cli load = Cli.run("load", out.toString(), "--store", store.toString());
    assertEquals(0, load.exitCode(), load.err());
    assertTrue(load.err().contains("loaded 2 graphs (3 quads) from 2 files (bulk)"), load.err());
    assertEquals(Set.of(quad(A, "Post A", A).strip(), quad("<urn:x:ted>", "Ted Young", A).strip(),
        quad(B, "Post B", B).strip()), quads(store));

    // a re-run's output for post A alone replaces A's graph and leaves B's
    Path rerun = tmp.resolve("rerun/part-0.nq");
    Files.createDirectories(rerun.getParent());
    Files.writeString(rerun, quad(A, "Post A, again", A));
    load = Cli.run("load", rerun.toString(), "--store", store.toString());
    assertEquals(0, load.exitCode(), load.err());
    assertTrue(load.err().contains("loaded 1 graphs (1 quads) from 1 files\n"), load.err());
    assertEquals(Set.of(quad(A, "Post A, again", A).strip(), quad(B, "Post B", B).strip()),
        quads(store));
  }

  @Test
  void aFileThatDoesNotParseIsNamedWithItsLineAndNothingIsStored() throws Exception {
    Path store = tmp.resolve("store");
    Path good = tmp.resolve("in/a.nq");
    Files.createDirectories(good.getParent());
    Files.writeString(good, quad(A, "Post A", A));
    assertEquals(0, Cli.run("load", good.toString(), "--store", store.toString()).exitCode());
    Path bad = tmp.resolve("in/b.nq");
    Files.writeString(bad, quad(B, "Post B", B)
        + "<urn:x:broken> " + NAME + " <urn:x:no end> " + B + " .\n");
    Cli load = Cli.run("load", good.getParent().toString(), "--store", store.toString());
    assertEquals(1, load.exitCode());
    assertTrue(load.err().contains(bad + ": ") && load.err().contains("line: 2"), load.err());
    assertEquals(Set.of(quad(A, "Post A", A).strip()), quads(store));
  }

  @Test
  void nothingToLoadIsAUsageError() {
    Cli load = Cli.run("load", tmp.toString(), "--store", tmp.resolve("s").toString());
    assertEquals(2, load.exitCode());
    assertTrue(load.err().contains("no .nq or .nq.gz files"), load.err());
  }
}
