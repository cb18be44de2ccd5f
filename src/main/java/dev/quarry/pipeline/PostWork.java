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
 * read within bounds is refused before the NLP stage, and one whose text the NLP stage did not read
 * is not taken as read.
 */
final class PostWork {
  /**
   * The most characters of text one post may have for the NLP stage: twenty times the longest
   * blog post seen (50 KB), far below what fills the heap of an ingest.
   */
  static final int MAX_TEXT_CHARS = 1_000_000;

  /** What the NLP threads hand to the writer: a post and what was found in it, or a failure. */
  record Done(PostEntry entry, String graph, Post post, Extraction extraction,
      PostException failure, Corpus.Source source) {
    /** Whether the post failed because the heap ran out (maybe for another post's sake). */
    boolean outOfMemory() {
      return failure != null && failure.getCause() instanceof OutOfMemoryError;
    }
  }

  private PostWork() {}

  /** Reads and extracts one post; never throws. */
  static Done run(EntityExtractor x, Corpus.Source source, PostEntry entry, String graph) {
    try {
      Post post = entry.reading().read();
      int length = post.body().text().length();
      if (length > MAX_TEXT_CHARS) {
        throw new PostException(entry.file(), 0, String.format(Locale.ROOT,
            "%,d characters of text, more than the %,d one post may have; skipped", length,
            MAX_TEXT_CHARS));
      }
      Extraction extraction = x.extract(post, source.organization());
      if (extraction.sentences().isEmpty() && !post.body().text().isBlank()) {
        throw new PostException(entry.file(), 0, "the NLP stage read none of its text; skipped");
      }
      return new Done(entry, graph, post, extraction, null, source);
    } catch (PostException e) {
      return new Done(entry, graph, null, null, e, source);
    } catch (OutOfMemoryError e) {
      return new Done(entry, graph, null, null, new PostException(entry.file(), 0,
          "ran out of memory while reading it; skipped", e), source);
    } catch (RuntimeException | Error e) {
      return new Done(entry, graph, null, null, new PostException(entry.file(), 0,
          "extraction failed (" + e + "); skipped", e), source);
    }
  }
}
