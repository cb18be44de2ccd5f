package dev.quarry.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a post's front matter states. Keys Quarry does not interpret are kept in {@code extra} as
 * strings, lists and maps. {@code draft} is set by {@code draft: true} or {@code published: false}.
 */
public record FrontMatter(
    Optional<String> title,
    Optional<LocalDate> date,
    List<Author> authors,
    Optional<String> description,
    List<String> tags,
    List<String> categories,
    Map<String, Object> extra,
    boolean draft) {

  public FrontMatter {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    extra = Map.copyOf(extra);
  }

  /** The same, with these authors (found in the body when the front matter names none). */
  public FrontMatter withAuthors(List<Author> others) {
    return new FrontMatter(title, date, others, description, tags, categories, extra, draft);
  }

  public static final FrontMatter EMPTY =
      new FrontMatter(
          Optional.empty(), Optional.empty(), List.of(), Optional.empty(), List.of(), List.of(),
          Map.of(), false);
}
