package dev.quarry.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the fields Quarry knows from a front matter's keys, whichever format they came in. */
final class FrontMatterFields {
  private static final List<String> DATE_KEYS =
      List.of("date", "published", "publishdate", "pubdate");
  private static final List<String> AUTHOR_KEYS = List.of("author", "authors");
  private static final List<String> DESCRIPTION_KEYS = List.of("description", "summary");
  private static final Set<String> TRUE = Set.of("true", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "off");

  private FrontMatterFields() {}

  /**
   * The front matter, authors named by key resolved through {@code authorKeys}; {@code problems}
   * gets what was wrong, {@code offsets} where the title and description values start in the
   * file.
   */
  static FrontMatter read(List<FrontMatterEntry> entries, Map<String, Author> authorKeys,
      List<Problem> problems, Map<String, Integer> offsets) {
    Optional<String> title = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    List<Author> authors = new ArrayList<>();
    Optional<String> description = Optional.empty();
    List<String> tags = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    Map<String, Object> extra = new LinkedHashMap<>();
    boolean draft = false;
    for (FrontMatterEntry e : entries) {
      String key = e.key().strip().toLowerCase(Locale.ROOT);
      Object value = e.value();
      int line = e.line();
      if (key.equals("title")) {
        title = text(value, "title", line, problems);
        offsets.put("title", e.valueOffset());
      } else if (key.equals("draft")) {
        draft = flag(value).orElse(false);
      } else if (key.equals("published") && flag(value).isPresent()) {
        draft = !flag(value).get(); // Jekyll's "published: false"
      } else if (DATE_KEYS.contains(key) && date.isEmpty()) {
        Optional<String> raw = text(value, key, line, problems);
        if (raw.isPresent()) {
          date = PostDates.parse(raw.get());
          if (date.isEmpty()) {
            problems.add(new Problem(line, key + " '" + raw.get() + "' is not a date; ignored"));
          }
        }
      } else if (AUTHOR_KEYS.contains(key)) {
        authors.addAll(authors(value, authorKeys));
      } else if (DESCRIPTION_KEYS.contains(key) && description.isEmpty()) {
        description = text(value, key, line, problems);
        offsets.put("description", e.valueOffset());
      } else if (key.equals("tags") || key.equals("keywords")) {
        tags.addAll(texts(value));
      } else if (key.equals("categories") || key.equals("category")) {
        categories.addAll(texts(value));
      } else if (value != null) {
        extra.put(e.key(), value);
      }
    }
    return new FrontMatter(title, date, authors, description, tags, categories, extra, draft);
  }

  /** Authors: names, keys of an authors file, or inline objects with a name (Docusaurus). */
  private static List<Author> authors(Object value, Map<String, Author> authorKeys) {
    List<Author> out = new ArrayList<>();
    List<?> values = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
    for (Object v : values) {
      if (v instanceof Map<?, ?>) {
        AuthorsFile.author(v).ifPresent(out::add);
      } else if (v instanceof String s && authorKeys.containsKey(s.strip())) {
        out.add(authorKeys.get(s.strip()));
      } else {
        for (String s : texts(v)) {
          out.addAll(AuthorParser.parse(s));
        }
      }
    }
    return out;
  }

  private static Optional<Boolean> flag(Object value) {
    String v = value instanceof String s ? s.strip().toLowerCase(Locale.ROOT) : "";
    return TRUE.contains(v) ? Optional.of(true)
        : FALSE.contains(v) ? Optional.of(false) : Optional.empty();
  }

  private static boolean empty(String v) {
    return v.isEmpty() || v.equals("~") || v.equals("null");
  }

  /** A scalar as text; anything else is reported and skipped. */
  private static Optional<String> text(Object value, String key, int line,
      List<Problem> problems) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s) {
      return empty(s.strip()) ? Optional.empty() : Optional.of(s.strip());
    }
    if (value instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String) {
      return text(list.get(0), key, line, problems);
    }
    String kind = value instanceof List<?> ? "a list" : "a mapping";
    problems.add(new Problem(line, key + " is " + kind + ", expected text; ignored"));
    return Optional.empty();
  }

  /** A scalar, a comma-separated scalar or a list of scalars, as a list of texts. */
  static List<String> texts(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof String s) {
      if (!empty(s.strip())) {
        out.add(s.strip());
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        out.addAll(texts(item));
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        if (String.valueOf(k).equalsIgnoreCase("name")) {
          out.addAll(texts(v));
        }
      });
    }
    return out;
  }
}
