package dev.quarry.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The well-known technologies, organizations and event series listed in {@code
 * ontology/gazetteer/*.yaml}, each with its type, aliases and Wikidata ID where known. It is turned
 * into a TokensRegexNER mapping, so that CoreNLP does the matching.
 */
public final class Gazetteer {
  /** The gazetteer files, read from the classpath (the jar carries ontology/). */
  static final List<String> FILES = List.of(
      "ontology/gazetteer/technologies.yaml",
      "ontology/gazetteer/organizations.yaml",
      "ontology/gazetteer/events.yaml");

  /** One listed thing. Its key, "Type|Name", is what the NER stage writes as normalized tag. */
  public record Entry(EntityType type, String name, List<String> aliases, Optional<String> wikidata) {
    public Entry {
      aliases = List.copyOf(aliases);
    }

    public String key() {
      return type.label() + "|" + name;
    }
  }

  private final Map<String, Entry> byKey;
  private final Map<String, Entry> byName;
  private final Map<String, String> regions;
  private final Map<String, List<String>> regionAliases;

  private Gazetteer(Map<String, Entry> byKey, Map<String, Entry> byName,
      Map<String, String> regions, Map<String, List<String>> regionAliases) {
    this.byKey = Map.copyOf(byKey);
    this.byName = Map.copyOf(byName);
    this.regions = Map.copyOf(regions);
    this.regionAliases = Map.copyOf(regionAliases);
  }

  /** Reads the gazetteer files Quarry ships. */
  public static Gazetteer load() {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    Map<String, Entry> byName = new LinkedHashMap<>();
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, List<String>> regionAliases = new LinkedHashMap<>();
    for (String file : FILES) {
      Map<String, Object> doc = read(file);
      EntityType type = EntityType.ofLabel(String.valueOf(doc.get("type")));
      for (Object item : list(doc.get("entries"))) {
        Entry e = entry(type, item, file);
        byKey.put(e.key(), e);
        byName.putIfAbsent(Names.key(e.name()), e);
        for (String alias : e.aliases()) {
          byName.putIfAbsent(Names.key(alias), e);
        }
      }
      if (doc.get("regions") instanceof Map<?, ?> rs) {
        rs.forEach((region, aliases) -> {
          String name = String.valueOf(region);
          regions.put(Names.key(name), name);
          List<String> forms = new ArrayList<>();
          for (Object a : list(aliases)) {
            regions.put(Names.key(String.valueOf(a)), name);
            forms.add(String.valueOf(a));
          }
          regionAliases.put(name, List.copyOf(forms));
        });
      }
    }
    return new Gazetteer(byKey, byName, regions, regionAliases);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(String file) {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer " + file + " is missing from the classpath");
      }
      Object doc = new Yaml(new LoaderOptions()).load(in);
      if (!(doc instanceof Map)) {
        throw new IllegalStateException(file + ": expected 'type:' and 'entries:'");
      }
      return (Map<String, Object>) doc;
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  private static Entry entry(EntityType type, Object item, String file) {
    if (item instanceof String name) {
      return new Entry(type, name, List.of(), Optional.empty());
    }
    if (item instanceof Map<?, ?> m && m.get("name") != null) {
      List<String> aliases = new ArrayList<>();
      for (Object a : list(m.get("aliases"))) {
        aliases.add(String.valueOf(a));
      }
      Optional<String> wd = Optional.ofNullable(m.get("wikidata")).map(String::valueOf);
      return new Entry(type, String.valueOf(m.get("name")), aliases, wd);
    }
    throw new IllegalStateException(file + ": entry without a name: " + item);
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
  }

  /** The entry written as {@code key} ("Technology|Vitess") by the NER stage. */
  public Optional<Entry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The entry one of whose names is {@code name}, ignoring case and punctuation. */
  public Optional<Entry> lookup(String name) {
    return Optional.ofNullable(byName.get(Names.key(name)));
  }

  /** The region an edition qualifier stands for ("EU" is "Europe"), if it is one. */
  public Optional<String> region(String qualifier) {
    return Optional.ofNullable(regions.get(Names.key(qualifier)));
  }

  /** The ways a region is written: its name and its aliases ("Europe", "EU"). */
  List<String> regionForms(String region) {
    List<String> forms = new ArrayList<>();
    forms.add(region);
    regionAliases.getOrDefault(region, List.of()).forEach(a -> {
      if (!forms.contains(a)) {
        forms.add(a);
      }
    });
    return forms;
  }

  /** Every word that can be part of a region's name, for the rules' $REGION. */
  List<String> regionWords() {
    List<String> words = new ArrayList<>();
    regions.keySet().forEach(k -> {
      for (String w : k.split(" ")) {
        if (!w.isEmpty() && !words.contains(w)) {
          words.add(w);
        }
      }
    });
    return words;
  }

  /**
   * The gazetteer as a TokensRegexNER mapping: one line per name, its tokens (as {@code tokenizer}
   * splits them) as literal regexes, the NER tag, and the entry's key as normalized tag.
   */
  String regexNerMapping(Function<String, List<String>> tokenizer) {
    StringBuilder sb = new StringBuilder();
    for (Entry e : byKey.values()) {
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      for (String name : names) {
        List<String> tokens = tokenizer.apply(name);
        if (tokens.isEmpty()) {
          continue;
        }
        StringBuilder pattern = new StringBuilder();
        for (String t : tokens) {
          if (pattern.length() > 0) {
            pattern.append(' ');
          }
          pattern.append(literal(t));
        }
        sb.append(pattern).append('\t').append(e.type().nerTag()).append('\t')
            .append("").append('\t').append("1.0").append('\t').append("0").append('\t')
            .append(e.key()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String literal(String token) {
    StringBuilder sb = new StringBuilder();
    for (char c : token.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
