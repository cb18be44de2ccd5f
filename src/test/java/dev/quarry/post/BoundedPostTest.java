package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every post is read with bounded work: front matter limited in size and in what its aliases
 * expand to, text cut into pieces the NLP stage can take, runs that are no word left out.
 */
class BoundedPostTest {
  private static final Path FILE = Path.of("posts/odd.md");
  /** A guard against a hang, far above the milliseconds these take. */
  private static final Duration HANG = Duration.ofSeconds(20);

  private static Post read(String text) throws PostException {
    return PostReader.parse(FILE, "odd.md", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The longest stretch of text between two blank lines. */
  private static int longestPiece(String text) {
    int longest = 0;
    for (String piece : text.split("\n\n")) {
      longest = Math.max(longest, piece.length());
    }
    return longest;
  }

  @Test
  void aYamlBombUnderTheAliasLimitIsRefusedNamingTheFile() {
    StringBuilder yaml = new StringBuilder("---\ntitle: Bomb\na0: &a0 [x, x]\n");
    for (int i = 1; i <= 25; i++) { // 2^25 values from 25 aliased lists
      yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    yaml.append("---\n\nText.\n");
    PostException e = assertTimeoutPreemptively(HANG,
        () -> assertThrows(PostException.class, () -> read(yaml.toString())));
    assertTrue(e.describe().startsWith("posts/odd.md:"), e.describe());
    assertTrue(e.getMessage().contains("YAML bomb"), e.getMessage());
  }

  @Test
  void aFewAliasesAreReadAsUsual() throws PostException {
    Post post = read("---\ntitle: Shared\nbase: &b [kafka, flink]\ntags: *b\n---\n\nText.\n");
    assertEquals(java.util.List.of("kafka", "flink"), post.frontMatter().tags());
  }

  @Test
  void frontMatterOverAMegabyteIsRefused() {
    String big = "---\ntitle: Big\nnotes: \"" + "n".repeat(1_100_000) + "\"\n---\n\nText.\n";
    PostException e = assertThrows(PostException.class, () -> read(big));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("front matter of 1,100,0"), e.getMessage());
  }

  @Test
  void aParagraphOfAMillionShortLinesIsCutIntoPiecesThatKeepTheirLines() {
    StringBuilder md = new StringBuilder("# Lines\n\n");
    for (int i = 0; i < 1_000_000; i++) {
      md.append(i % 1000 == 999 ? "Kestrel" : "ab").append('\n');
    }
    Post post = assertTimeoutPreemptively(HANG, () -> read(md.toString()));
    String text = post.body().text();
    assertTrue(longestPiece(text) <= TextBuilder.HARD_PIECE + 10, "" + longestPiece(text));
    // every word still maps to its own line: the 'Kestrel' of line 3 + 999
    int at = text.indexOf("Kestrel");
    assertEquals(3 + 999, post.body().sourceLine(at));
    int last = text.lastIndexOf("Kestrel");
    assertEquals(3 + 999_999, post.body().sourceLine(last));
    assertEquals(java.util.List.of(), post.problems());
  }

  @Test
  void aLongParagraphIsCutAtASentenceEnd() throws PostException {
    String sentence = "Mira Castell moved the queues of Fernwood Labs to Kestrel last spring. ";
    String paragraph = sentence.repeat(60).strip();
    Post post = read("# Long\n\n" + paragraph + "\n");
    String text = post.body().text();
    for (String piece : text.split("\n\n")) {
      assertTrue(piece.length() <= TextBuilder.SOFT_PIECE + sentence.length(), piece);
      assertTrue(piece.equals("Long") || piece.endsWith("spring."), piece);
    }
    assertEquals(paragraph.replace(" ", ""), text.substring(text.indexOf("Mira"))
        .replace("\n", "").replace(" ", ""));
  }

  @Test
  void aShortParagraphIsLeftWhole() throws PostException {
    Post post = read("Mira Castell spoke.\nShe works at Fernwood Labs.\n");
    assertEquals("Mira Castell spoke. She works at Fernwood Labs.", post.body().text().strip());
  }

  @Test
  void aFiveMegabyteWordIsLeftOutAndSaidWithItsLine() {
    String md = "# Word\n\nBefore it.\n\n" + "x".repeat(5_000_000) + " after it.\n";
    Post post = assertTimeoutPreemptively(HANG, () -> read(md));
    String text = post.body().text();
    assertFalse(Pattern.compile("\\S{" + (TextBuilder.MAX_WORD + 1) + "}").matcher(text).find());
    assertTrue(text.contains("Before it."), text);
    int after = text.indexOf("after it.");
    assertTrue(after > 0, text);
    assertEquals(5, post.body().sourceLine(after));
    assertEquals(1, post.problems().size(), post.problems().toString());
    assertEquals(5, post.problems().get(0).line());
    assertTrue(post.problems().get(0).message().contains("without a space"),
        post.problems().get(0).message());
  }

  @Test
  void aLongWordGivenInPiecesIsLeftOutToo() throws PostException {
    TextBuilder b = new TextBuilder("");
    for (int i = 0; i < 50; i++) {
      b.append("y".repeat(100), -1);
    }
    b.append(" end", -1);
    String text = b.build().text();
    assertFalse(Pattern.compile("\\S{" + (TextBuilder.MAX_WORD + 1) + "}").matcher(text).find(),
        "" + text.length());
    assertTrue(text.endsWith(" end"), text);
  }
}
