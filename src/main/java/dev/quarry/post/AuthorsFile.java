package dev.quarry.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Docusaurus's {@code authors.yml} (or {@code authors.json}): the authors a post names by key,
 * each with a name, a title ("Staff Engineer at Fernwood") and a page. The nearest file from a
 * post's folder up to the folder ingested counts.
 */
final class AuthorsFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** "Staff Engineer at Fernwood", "CTO @ Brindle": the company after the role. */
  private static final Pattern AT_COMPANY = Pattern.compile("^(.+?)\\s+(?:at|@)\\s+(.+)$");

  private final Map<Path, Map<String, Author>> cache = new HashMap<>();
  private final Consumer<PostException> onProblem;

  AuthorsFile(Consumer<PostException> onProblem) {
    this.onProblem = onProblem;
  }

  /** The author keys for posts in {@code dir}, from the nearest file up to {@code top}. */
  Map<String, Author> near(Path dir, Path top) {
    if (dir == null) {
      return Map.of();
    }
    Map<String, Author> known = cache.get(dir);
    if (known != null) {
      return known;
    }
    Map<String, Author> found = Map.of();
    for (String name : new String[] {"authors.yml", "authors.yaml", "authors.json"}) {
      Path file = dir.resolve(name);
      if (found.isEmpty() && Files.isRegularFile(file)) {
        found = read(file);
      }
    }
    if (found.isEmpty() && !dir.equals(top)) {
      found = near(dir.getParent(), top);
    }
    cache.put(dir, found);
    return found;
  }

  private Map<String, Author> read(Path file) {
    Object doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = file.toString().endsWith(".json") ? JSON.readValue(in, Object.class)
          : new Yaml(new LoaderOptions()).load(in);
    } catch (IOException | RuntimeException e) {
      onProblem.accept(new PostException(file, 0, "cannot be read (" + e.getMessage()
          + "); ignored", e));
      return Map.of();
    }
    Map<String, Author> out = new LinkedHashMap<>();
    if (doc instanceof Map<?, ?> keys) {
      keys.forEach((key, value) -> author(value).ifPresent(a -> out.put(String.valueOf(key), a)));
    }
    return Map.copyOf(out);
  }

  /** An author from its fields: name, title, url, and a company from the title or its own key. */
  static Optional<Author> author(Object value) {
    if (!(value instanceof Map<?, ?> m) || text(m.get("name")).isEmpty()) {
      return Optional.empty();
    }
    Optional<String> title = text(m.get("title"));
    Optional<String> company = text(m.get("company")).or(() -> text(m.get("organization")));
    if (company.isEmpty() && title.isPresent()) {
      Matcher at = AT_COMPANY.matcher(title.get());
      if (at.matches()) {
        company = Optional.of(at.group(2).strip());
      }
    }
    return Optional.of(new Author(text(m.get("name")).get(), text(m.get("url")), company, title));
  }

  private static Optional<String> text(Object value) {
    return value == null || String.valueOf(value).isBlank() ? Optional.empty()
        : Optional.of(String.valueOf(value).strip());
  }
}
