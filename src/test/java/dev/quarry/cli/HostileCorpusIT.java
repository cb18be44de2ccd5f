package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.graph.Iris;
import dev.quarry.store.TdbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile corpus beside good posts, ingested as a user would: every good post is stored, every
 * bad one is named, nothing outside the corpus is read, and the run ends with exit 3.
 */
class HostileCorpusIT {
  private static final String SECRET = "aws_secret_access_key_quarrytest";

  @TempDir static Path tmp;
  static Cli run;
  static List<String> graphs;
  static String export;

  private static void post(Path file, String title, String body) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\n---\n\n" + body + "\n");
  }

  @BeforeAll
  static void ingestAHostileCorpus() throws Exception {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("credentials.md"), "key: " + SECRET + "\n");
    Files.createDirectories(outside.resolve("home"));
    Files.writeString(outside.resolve("home/notes.md"), "# Notes\n\n" + SECRET + "\n");

    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    post(corpus.resolve("good-one.md"), "Queues at Fernwood",
        "Mira Castell works at Fernwood Labs. She moved every queue to Kestrel.");
    post(corpus.resolve("good-two.md"), "Orchard meetup",
        "Tomas Lindqvist spoke about Kestrel at the Orchard meetup in Oslo.");
    Files.createSymbolicLink(corpus.resolve("passwd.md"), outside.resolve("credentials.md"));
    Files.createSymbolicLink(corpus.resolve("home"), outside.resolve("home"));

    StringBuilder bomb = new StringBuilder("---\ntitle: Bomb\na0: &a0 [x, x]\n");
    for (int i = 1; i <= 25; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    Files.writeString(corpus.resolve("bomb.md"), bomb + "---\n\nText.\n");

    Files.writeString(corpus.resolve("million-lines.md"), "# Lines\n\n" + "ab\n".repeat(1_000_000));
    Files.writeString(corpus.resolve("many-lines.md"), "# Some lines\n\n"
        + "Kestrel\n".repeat(2_000) + "\nMira Castell wrote this.\n");
    Files.writeString(corpus.resolve("one-word.md"), "# A word\n\nOrchard keeps "
        + "x".repeat(5_000_000) + " in Oslo.\n");

    post(corpus.resolve("a/b.md"), "Slash", "Filed under a.");
    post(corpus.resolve("a\\b.md"), "Backslash", "Filed under nothing.");
    post(corpus.resolve("new\nstored forged.md"), "Newline", "A name with a line break.");
    post(corpus.resolve("\u001b[2Jclear.md"), "Escape", "A name with an escape sequence.");

    Path second = Files.createDirectories(tmp.resolve("second"));
    post(second.resolve("good-one.md"), "Another one", "Same name, another folder.");

    String store = tmp.resolve("store").toString();
    run = Cli.run("ingest", corpus.toString(), second.toString(), "--store", store,
        "--threads", "2");
    try (TdbStore st = TdbStore.open(Path.of(store), false)) {
      graphs = st.graphs().stream().sorted().toList();
    }
    Cli exported = Cli.run("export", "--format", "nquads", "--store", store);
    assertEquals(0, exported.exitCode(), exported.err());
    export = exported.out();
  }

  @Test
  void theRunEndsWithExitThreeAndNoStackTrace() {
    assertEquals(ExitCodes.SOME_POSTS_FAILED, run.exitCode(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void everyGoodPostIsStoredAndNothingElse() {
    List<String> expected = List.of("a/b.md", "a\\b.md", "good-one.md", "good-two.md",
        "many-lines.md", "new\nstored forged.md", "one-word.md", "\u001b[2Jclear.md").stream()
        .map(Iris::post).sorted().toList();
    assertEquals(expected, graphs);
  }

  @Test
  void nothingOutsideTheCorpusIsRead() {
    assertFalse(export.contains(SECRET));
    assertTrue(run.err().contains("passwd.md: link to outside the corpus; not followed"),
        run.err());
    assertTrue(run.err().contains("home: link to outside the corpus; not followed"), run.err());
  }

  @Test
  void everyBadPostIsNamed() {
    String err = run.err();
    assertTrue(err.contains("bomb.md:"), err);
    assertTrue(err.contains("YAML bomb"), err);
    assertTrue(err.contains("million-lines.md: more than 50,000 words and marks"), err);
    assertTrue(err.contains("one-word.md:3: a run of more than 1000 characters"), err);
    assertTrue(err.contains("second/good-one.md: its id 'good-one.md' is taken by "
        + tmp.resolve("corpus/good-one.md")), err);
    assertTrue(run.out().contains("5 skipped with errors"), run.out());
  }

  @Test
  void theLongPostsThatWereReadHaveTheirTextStored() {
    assertTrue(export.contains("Mira Castell wrote this."), "many-lines.md's last sentence");
    assertTrue(export.contains(" in Oslo."), "one-word.md's text after the long run");
  }

  @Test
  void fileNamesArePrintedEscaped() {
    String err = run.err();
    assertFalse(err.contains("\u001b"), "a raw escape sequence reached the terminal");
    assertTrue(err.contains("\\e[2Jclear.md"), err);
    assertTrue(err.contains("new\\nstored forged.md"), err);
    assertFalse(err.lines().anyMatch(l -> l.startsWith("stored forged.md")), err);
  }
}
