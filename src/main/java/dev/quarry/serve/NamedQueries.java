package dev.quarry.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named queries a server offers: the {@code .rq} files of a folder, or those that travel in
 * Quarry's jar. A query's first comment line describes it; its {@code # Parameter: NAME - text}
 * lines name its parameters.
 */
public final class NamedQueries {
  /** One named query. */
  public record NamedQuery(String name, String description, List<Parameter> parameters,
      String text) {
    public NamedQuery {
      parameters = List.copyOf(parameters);
    }
  }

  /** A parameter of a named query, as its header describes it. */
  public record Parameter(String name, String description) {}

  private static final Pattern PARAMETER =
      Pattern.compile("(?m)^#\\s*Parameters?:\\s*(\\w+)\\s*(?:-\\s*(.*))?$");

  private final Map<String, NamedQuery> byName;

  private NamedQueries(Map<String, NamedQuery> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The queries in {@code dir}. */
  public static NamedQueries in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": no such folder of queries");
    }
    Map<String, NamedQuery> found = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
        NamedQuery q = parse(f.getFileName().toString().replaceFirst("\\.rq$", ""),
            Files.readString(f, StandardCharsets.UTF_8));
        found.put(q.name(), q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the queries in " + dir, e);
    }
    return new NamedQueries(found);
  }

  /** The queries packaged with Quarry (the project's {@code queries/} folder). */
  public static NamedQueries builtIn() {
    try {
      URI location = NamedQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      Path code = Path.of(location);
      if (Files.isDirectory(code)) {
        return in(code.resolve("queries"));
      }
      try (FileSystem jar = FileSystems.newFileSystem(code)) {
        return in(jar.getPath("/queries"));
      }
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot find the queries packaged with Quarry", e);
    }
  }

  static NamedQuery parse(String name, String text) {
    String description = text.lines()
        .filter(l -> l.startsWith("#"))
        .map(l -> l.substring(1).strip())
        .findFirst().orElse("");
    List<Parameter> parameters = new ArrayList<>();
    Matcher m = PARAMETER.matcher(text);
    while (m.find()) {
      parameters.add(new Parameter(m.group(1), m.group(2) == null ? "" : m.group(2).strip()));
    }
    return new NamedQuery(name, description, parameters, text);
  }

  public Optional<NamedQuery> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All queries, by name. */
  public List<NamedQuery> all() {
    return new TreeMap<>(byName).values().stream().toList();
  }
}
