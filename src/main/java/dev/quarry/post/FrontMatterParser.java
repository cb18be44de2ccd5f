package dev.quarry.post;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits a post into YAML front matter and body, and reads the front matter. YAML is composed into
 * nodes, not constructed into objects, so that every value keeps its line and no scalar is turned
 * into a {@code java.util.Date} behind our back.
 */
final class FrontMatterParser {
  private static final Set<String> TITLE_KEYS = Set.of("title");
  private static final List<String> DATE_KEYS = List.of("date", "published", "publishdate", "pubdate");
  private static final List<String> AUTHOR_KEYS = List.of("author", "authors");
  private static final List<String> DESCRIPTION_KEYS = List.of("description", "summary");

  /** The front matter, where the body starts (a char offset) and on which 1-based line. */
  record Split(FrontMatter frontMatter, int bodyOffset, int bodyLine, List<Problem> problems,
      Map<String, Integer> valueOffsets) {}

  private FrontMatterParser() {}

  static Split split(Path file, String text) throws PostException {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !isFence(lines.get(0))) {
      return new Split(FrontMatter.EMPTY, 0, 1, List.of(), Map.of());
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      if (isFence(lines.get(i)) || lines.get(i).strip().equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new PostException(file, 1, "front matter opened with '---' is never closed");
    }
    int bodyOffset = offsetOfLine(text, close + 1);
    String yaml = String.join("\n", lines.subList(1, close));
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> offsets = new LinkedHashMap<>();
    FrontMatter fm = read(file, yaml, problems, offsets);
    int yamlStart = offsetOfLine(text, 1);
    offsets.replaceAll((k, v) -> v + yamlStart);
    return new Split(fm, bodyOffset, close + 2, problems, offsets);
  }

  private static boolean isFence(String line) {
    return line.strip().equals("---");
  }

  private static int offsetOfLine(String text, int lineIndex) {
    int offset = 0;
    for (int i = 0; i < lineIndex && offset >= 0; i++) {
      int nl = text.indexOf('\n', offset);
      offset = nl < 0 ? text.length() : nl + 1;
    }
    return Math.min(offset, text.length());
  }

  /** Reads the YAML; {@code offsets} gets where the title and description values start in it. */
  private static FrontMatter read(Path file, String yaml, List<Problem> problems,
      Map<String, Integer> offsets) throws PostException {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 2;
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new PostException(file, line, "front matter is not valid YAML: " + what, e);
    } catch (YAMLException e) {
      throw new PostException(file, 2, "front matter is not valid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      return FrontMatter.EMPTY;
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new PostException(file, 2, "front matter is not a set of 'key: value' lines");
    }
    Optional<String> title = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    List<Author> authors = new ArrayList<>();
    Optional<String> description = Optional.empty();
    List<String> tags = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    Map<String, Object> extra = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        continue;
      }
      String key = keyNode.getValue().strip().toLowerCase(java.util.Locale.ROOT);
      Node value = tuple.getValueNode();
      int line = value.getStartMark().getLine() + 2;
      if (TITLE_KEYS.contains(key)) {
        title = text(value, "title", line, problems);
        offsets.put("title", valueStart(value));
      } else if (DATE_KEYS.contains(key) && date.isEmpty()) {
        Optional<String> raw = text(value, key, line, problems);
        if (raw.isPresent()) {
          date = PostDates.parse(raw.get());
          if (date.isEmpty()) {
            problems.add(new Problem(line, key + " '" + raw.get() + "' is not a date; ignored"));
          }
        }
      } else if (AUTHOR_KEYS.contains(key)) {
        for (String s : texts(value)) {
          authors.addAll(AuthorParser.parse(s));
        }
      } else if (DESCRIPTION_KEYS.contains(key) && description.isEmpty()) {
        description = text(value, key, line, problems);
        offsets.put("description", valueStart(value));
      } else if (key.equals("tags") || key.equals("keywords")) {
        tags.addAll(texts(value));
      } else if (key.equals("categories") || key.equals("category")) {
        categories.addAll(texts(value));
      } else {
        extra.put(keyNode.getValue(), plain(value));
      }
    }
    return new FrontMatter(title, date, authors, description, tags, categories, extra);
  }

  /** Where a value's text starts: after the opening quote of a quoted scalar. */
  private static int valueStart(Node node) {
    int index = node.getStartMark().getIndex();
    if (node instanceof ScalarNode s && s.getScalarStyle() != null
        && (s.getScalarStyle().getChar() != null)
        && (s.getScalarStyle().getChar() == '\'' || s.getScalarStyle().getChar() == '"')) {
      index++;
    }
    return index;
  }

  /** A scalar as text; anything else is reported and skipped. */
  private static Optional<String> text(Node node, String key, int line, List<Problem> problems) {
    if (node instanceof ScalarNode scalar) {
      String v = scalar.getValue().strip();
      return v.isEmpty() || v.equals("~") || v.equals("null") ? Optional.empty() : Optional.of(v);
    }
    if (node instanceof SequenceNode seq && seq.getValue().size() == 1
        && seq.getValue().get(0) instanceof ScalarNode only) {
      return text(only, key, line, problems);
    }
    String kind = node instanceof SequenceNode ? "a list" : "a mapping";
    problems.add(new Problem(line, key + " is " + kind + ", expected text; ignored"));
    return Optional.empty();
  }

  /** A scalar, a comma-separated scalar or a list of scalars, as a list of texts. */
  private static List<String> texts(Node node) {
    List<String> out = new ArrayList<>();
    if (node instanceof ScalarNode scalar) {
      String v = scalar.getValue().strip();
      if (!v.isEmpty() && !v.equals("~") && !v.equals("null")) {
        out.add(v);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        out.addAll(texts(item));
      }
    } else if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equalsIgnoreCase("name")) {
          out.addAll(texts(t.getValueNode()));
        }
      }
    }
    return out;
  }

  /** A node as plain Java values: strings, lists and maps. */
  private static Object plain(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        list.add(plain(item));
      }
      return List.copyOf(list);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          Object v = plain(t.getValueNode());
          if (v != null) {
            map.put(k.getValue(), v);
          }
        }
      }
    }
    return Map.copyOf(map);
  }
}
