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
  private YamlFrontMatter() {}

  /**
   * The top-level keys of {@code yaml}, which starts on 1-based line {@code firstLine} at offset
   * {@code start} of the file's text.
   */
  static List<FrontMatterEntry> entries(Path file, String yaml, int firstLine, int start)
      throws PostException {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(true);
      root = new Yaml(options).compose(new StringReader(yaml));
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
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        Node value = tuple.getValueNode();
        out.add(new FrontMatterEntry(key.getValue(), plain(value),
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
