package dev.quarry.pipeline;

import dev.quarry.extract.EntityExtractor;
import dev.quarry.extract.Extraction;
import dev.quarry.post.Corpus;
import dev.quarry.post.Post;
import dev.quarry.post.PostEntry;
import dev.quarry.post.PostException;
import java.util.Locale;

/**
 * One post's work on an NLP thread: read it, then extract what it says. Whatever goes wrong, an
 * error or a heap run out included, fails that post alone, named; a post whose text is too long to
 * read within bounds is refused before the NLP stage, and one whose text the NLP stage read none of
 * is not taken as read.
 */
final class PostWork {
  /**
   * The most tokens one post may have for the NLP stage, counted as {@link #tokens} does: over
   * twice the longest blog post seen (a 50 KB file, about 21,000). The NLP stage holds 9-14 KB per
   * token while it reads a post (measured: ingest peaked at 2.9 GB resident with two posts of
   * 79,000 at once, against 0.6 GB without them), so two posts this long at once stay well
   * within 3 GB.
   */
  static final int MAX_TOKENS = 50_000;

  /**
   * What the NLP threads hand to the writer: a post and what was found in it, or a failure;
   * {@code replaces} says the store holds an older version of the post.
   */
  record Done(PostEntry entry, String graph, boolean replaces, Post post, Extraction extraction,
      PostException failure, Corpus.Source source) {
    /** Whether the post failed because the heap ran out (maybe for another post's sake). */
    boolean outOfMemory() {
      return failure != null && failure.getCause() instanceof OutOfMemoryError;
    }
  }

  private PostWork() {}

  /**
   * About how many tokens the NLP stage will make of {@code text}, never fewer: each run of
   * letters and digits and each other character but a space is one. Stops counting past
   * {@code most}.
   */
  static int tokens(String text, int most) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && n <= most; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
        }
        inWord = true;
      } else {
        inWord = false;
        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
          n++;
        }
      }
    }
    return n;
  }

  /** Reads and extracts one post; never throws. */
  static Done run(EntityExtractor x, Corpus.Source source, PostEntry entry, String graph,
      boolean replaces) {
    try {
      Post post = entry.reading().read();
      int tokens = tokens(post.body().text(), MAX_TOKENS);
      if (tokens > MAX_TOKENS) {
        throw new PostException(entry.file(), 0, String.format(Locale.ROOT,
            "more than %,d words and marks of text, the most one post may have; skipped",
            MAX_TOKENS));
      }
      Extraction extraction = x.extract(post, source.organization());
      if (extraction.sentences().isEmpty() && !post.body().text().isBlank()) {
        throw new PostException(entry.file(), 0, "the NLP stage read none of its text; skipped");
      }
      return new Done(entry, graph, replaces, post, extraction, null, source);
    } catch (PostException e) {
      return new Done(entry, graph, replaces, null, null, e, source);
    } catch (OutOfMemoryError e) {
      return new Done(entry, graph, replaces, null, null, new PostException(entry.file(), 0,
          "ran out of memory while reading it; skipped", e), source);
    } catch (RuntimeException | Error e) {
      return new Done(entry, graph, replaces, null, null, new PostException(entry.file(), 0,
          "extraction failed (" + e + "); skipped", e), source);
    }
  }
}
