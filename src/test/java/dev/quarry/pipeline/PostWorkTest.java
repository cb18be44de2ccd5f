package dev.quarry.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.post.Corpus;
import dev.quarry.post.PostEntry;
import dev.quarry.post.PostReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whatever goes wrong while one post is read fails that post alone, named, and never escapes the
 * NLP thread; a post too long to read within bounds never reaches the NLP stage (these run with
 * no extractor: touching it would fail the test).
 */
class PostWorkTest {
  private static final Path FILE = Path.of("posts/heavy.md");
  private static final Corpus.Source SOURCE = new Corpus.Source(FILE, "heavy.md", Optional.empty());

  private static PostEntry entry(PostEntry.Reading reading) {
    return new PostEntry("heavy.md", FILE, "hash", 10, () -> false, reading);
  }

  @Test
  void runningOutOfHeapFailsThatPostNamedAndIsToldApart() {
    PostWork.Done done = PostWork.run(null, SOURCE, entry(() -> {
      throw new OutOfMemoryError("Java heap space");
    }), "g", false);
    assertNull(done.post());
    assertEquals("posts/heavy.md: ran out of memory while reading it; skipped",
        done.failure().describe());
    assertTrue(done.outOfMemory());
  }

  @Test
  void anyOtherErrorFailsThatPostNamed() {
    PostWork.Done done = PostWork.run(null, SOURCE, entry(() -> {
      throw new StackOverflowError();
    }), "g", false);
    assertTrue(done.failure().describe().startsWith("posts/heavy.md: extraction failed "
        + "(java.lang.StackOverflowError)"), done.failure().describe());
    assertFalse(done.outOfMemory());
  }

  @Test
  void aPostWithMoreTextThanOnePostMayHaveIsRefusedBeforeTheNlpStage() {
    // 4 tokens a sentence: "Word", "after", "word", "."
    String md = "# Long\n\n" + "Word after word. ".repeat(PostWork.MAX_TOKENS / 4 + 1);
    byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
    PostWork.Done done = PostWork.run(null, SOURCE,
        entry(() -> PostReader.parse(FILE, "heavy.md", bytes)), "g", false);
    assertEquals("posts/heavy.md: more than 50,000 words and marks of text, the most one post "
        + "may have; skipped", done.failure().describe());
  }

  @Test
  void tokensAreCountedAsWordsAndMarks() {
    // Mira, ', s, talk, (, at, 9, :, 30, ), ended, .
    assertEquals(12, PostWork.tokens("Mira's talk (at 9:30) ended.", 100));
    assertEquals(0, PostWork.tokens(" \n\u00a0 ", 100));
    assertEquals(11, PostWork.tokens(",,,,,,,,,,,,,,,,,,,,,,,,,", 10), "stops past the most");
  }
}
