package dev.quarry.post;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * One post to read from a file of the corpus: the whole file, or one item of a WordPress export.
 * Its id names its graph; its hash (of its own bytes) tells whether it changed since last time.
 *
 * @param draft whether the post is a draft (asked only of a post that changed: it may parse)
 * @param reading reads the post (on an NLP thread)
 */
public record PostEntry(String id, Path file, String contentHash, long size,
    BooleanSupplier draft, Reading reading) {
  /** Reads the post. */
  @FunctionalInterface
  public interface Reading {
    Post read() throws PostException;
  }
}
