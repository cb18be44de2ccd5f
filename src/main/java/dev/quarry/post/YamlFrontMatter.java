package dev.quarry.post;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * YAML front matter ({@code ---}). YAML is composed into nodes, not constructed into objects, so
 * that every value keeps its line and no scalar is turned into a {@code java.util.Date}.
 */
final class YamlFrontMatter {
  /** The most characters of YAML read: far above any front matter, far below trouble. */
  static final int MAX_CODE_POINTS = 1 << 20;
  /** The most values the front matter may hold once its aliases are expanded. */
  static final int MAX_VALUES = 100_000;

  private YamlFrontMatter() {}

  /** SnakeYAML's own limits: size, nesting, aliases; duplicate keys allowed (the last wins). */
  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(50);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  /**
   * The top-level keys of {@code yaml}, which starts on 1-based line {@code firstLine} at offset
   * {@code start} of the file's text.
   */
  static List<FrontMatterEntry> entries(Path file, String yaml, int firstLine, int start)
      throws PostException {
    Node root;
    try {
      root = new Yaml(options()).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? firstLine : mark.getLine() + firstLine;
      String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw new PostException(file, line, "front matter is not valid YAML: " + what, e);
    } catch (YAMLException e) {
      throw new PostException(file, firstLine, "front matter is not valid YAML: " + e.getMessage(),
          e);
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new PostException(file, firstLine, "front matter is not a set of 'key: value' lines");
    }
    List<FrontMatterEntry> out = new ArrayList<>();
    int[] budget = {MAX_VALUES};
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        Node value = tuple.getValueNode();
        Object plain = plain(value, budget);
        if (plain == null) {
          throw new PostException(file, value.getStartMark().getLine() + firstLine,
              "front matter expands to more than " + MAX_VALUES + " values (aliases of aliases:"
              + " a YAML bomb?); skipped");
        }
        out.add(new FrontMatterEntry(key.getValue(), plain,
            value.getStartMark().getLine() + firstLine, start + valueStart(value)));
      }
    }
    return out;
  }

  /** Where a value's text starts: after the opening quote of a quoted scalar. */
  private static int valueStart(Node node) {
    int index = node.getStartMark().getIndex();
    if (node instanceof ScalarNode s && s.getScalarStyle() != null
        && s.getScalarStyle().getChar() != null
        && (s.getScalarStyle().getChar() == '\'' || s.getScalarStyle().getChar() == '"')) {
      index++;
    }
    return index;
  }

  /**
   * A node as plain Java values: strings, lists and maps. An alias is copied where it stands, so a
   * few lines of aliases of aliases can stand for billions of values: each value copied takes one
   * from {@code budget}, and when none is left the answer is null.
   */
  private static Object plain(Node node, int[] budget) {
    if (--budget[0] < 0) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        Object v = plain(item, budget);
        if (v == null) {
          return null;
        }
        list.add(v);
      }
      return List.copyOf(list);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          Object v = plain(t.getValueNode(), budget);
          if (v == null) {
            return null;
          }
          map.put(k.getValue(), v);
        }
      }
    }
    return Map.copyOf(map);
  }
}
