package dev.quarry.pipeline;

import dev.quarry.post.PostException;

/** Hears how an ingest goes, post by post; the CLI turns this into progress and error lines. */
public interface IngestListener {
  /** The posts were found; {@code total} will be looked at. */
  default void started(int total) {}

  /** A file held {@code more} posts than the one it was counted as (an export: many). */
  default void grew(int more) {}

  /**
   * A post was extracted and its graph written into the open group commit; it is stored, and
   * {@link #finished} says so, when the group commits.
   */
  default void extracted(String postId) {}

  /** One post is done: stored (its group committed), left as it was, a draft, or failed. */
  default void finished(String postId, Outcome outcome) {}

  /** A post could not be read, or was read with something wrong in it. */
  default void problem(PostException problem, boolean fatal) {}

  /** What became of one post. */
  enum Outcome {
    STORED,
    UNCHANGED,
    DRAFT,
    FAILED
  }
}
