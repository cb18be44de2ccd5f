package dev.quarry.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One blog post, read: its identity, what its front matter states and its body as plain text.
 *
 * @param id the post's path relative to the folder it was ingested from, with '/' separators
 * @param fileName the source file's name
 * @param contentHash SHA-256 of the file's bytes, hex
 * @param title the front matter's title, else the first heading, else the file name
 * @param problems what was wrong but did not stop the post from being read
 */
public record Post(
    String id,
    String fileName,
    String contentHash,
    String title,
    FrontMatter frontMatter,
    PlainText body,
    List<Problem> problems) {

  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    problems = List.copyOf(problems);
  }

  public Optional<LocalDate> date() {
    return frontMatter.date();
  }

  /** Whether the front matter says the post is a draft, not yet published. */
  public boolean draft() {
    return frontMatter.draft();
  }

  public List<Author> authors() {
    return frontMatter.authors();
  }
}
