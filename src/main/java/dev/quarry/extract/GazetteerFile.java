package dev.quarry.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One gazetteer file: {@code type:} (Technology, Organization, Event, Place or Person), {@code
 * entries:} (a name, or {@code {name, aliases, wikidata, in_context, language, provider}}) and,
 * for events, {@code regions:}.
 * Quarry's own files and a user's are read alike; a file that is not this gets an error naming it
 * and its line.
 */
record GazetteerFile(EntityType type, List<Gazetteer.Entry> entries,
    Map<String, List<String>> regions) {

  /** Reads {@code text}, the content of the file called {@code file}. */
  static GazetteerFile parse(String file, String text) {
    Object doc;
    try {
      doc = new Yaml(new LoaderOptions()).load(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new GazetteerException(file, line, "not a gazetteer: " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new GazetteerException(file, 0, "not a gazetteer: " + e.getMessage(), e);
    }
    if (!(doc instanceof Map<?, ?> map) || map.get("type") == null) {
      throw new GazetteerException(file, 1, "expected 'type:' and 'entries:'", null);
    }
    EntityType type;
    try {
      type = EntityType.ofLabel(String.valueOf(map.get("type")));
    } catch (IllegalArgumentException e) {
      throw new GazetteerException(file, 0, e.getMessage()
          + " (Technology, Organization, Event, Place or Person)", e);
    }
    List<Gazetteer.Entry> entries = new ArrayList<>();
    List<?> items = list(map.get("entries"));
    for (int i = 0; i < items.size(); i++) {
      Optional<Gazetteer.Entry> e = entry(type, items.get(i));
      if (e.isEmpty()) {
        throw new GazetteerException(file, entryLine(text, i), "entry without a name: " + items.get(i), null);
      }
      entries.add(e.get());
    }
    Map<String, List<String>> regions = new LinkedHashMap<>();
    if (map.get("regions") instanceof Map<?, ?> rs) {
      rs.forEach((region, aliases) -> regions.put(String.valueOf(region),
          list(aliases).stream().map(String::valueOf).toList()));
    }
    return new GazetteerFile(type, entries, regions);
  }

  private static Optional<Gazetteer.Entry> entry(EntityType type, Object item) {
    if (item instanceof String name && !name.isBlank()) {
      return Optional.of(new Gazetteer.Entry(type, name.strip(), List.of(), Optional.empty()));
    }
    if (item instanceof Map<?, ?> m && m.get("name") != null) {
      List<String> aliases = new ArrayList<>();
      for (Object a : list(m.get("aliases"))) {
        aliases.add(String.valueOf(a).strip());
      }
      Optional<String> wd = Optional.ofNullable(m.get("wikidata")).map(String::valueOf);
      return Optional.of(new Gazetteer.Entry(type, String.valueOf(m.get("name")).strip(), aliases,
          wd, Boolean.TRUE.equals(m.get("in_context")), Boolean.TRUE.equals(m.get("language")),
          Boolean.TRUE.equals(m.get("provider"))));
    }
    return Optional.empty();
  }

  /** The line of the {@code index}th entry, as the YAML parser saw it. */
  private static int entryLine(String text, int index) {
    Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    if (root instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("entries")
            && t.getValueNode() instanceof SequenceNode seq && index < seq.getValue().size()) {
          return seq.getValue().get(index).getStartMark().getLine() + 1;
        }
      }
    }
    return 0;
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
  }
}
