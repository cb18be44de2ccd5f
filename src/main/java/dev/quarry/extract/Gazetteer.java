package dev.quarry.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * One listed thing. Its key, "Type|Name", is what the NER stage writes as normalized tag. {@code
   * inContext}: its name alone is an everyday word ("Go"), found only where the text speaks of
   * software ({@link TechnologyContext}), its aliases anywhere; {@code language}: a programming
   * language, which names a project's part after the project's name ("OpenTelemetry Go");
   * {@code provider}: a cloud provider, a company where people work ("engineer at AWS") whose
   * name opens its products' names ("AWS Identity and Access Management").
   */
  public record Entry(EntityType type, String name, List<String> aliases, Optional<String> wikidata,
      boolean inContext, boolean language, boolean provider) {
    public Entry {
      aliases = List.copyOf(aliases);
    }

    public Entry(EntityType type, String name, List<String> aliases, Optional<String> wikidata) {
      this(type, name, aliases, wikidata, false, false, false);
    }

    public String key() {
      return type.label() + "|" + name;
    }
  }

  private final Map<String, Entry> byKey;
  private final Map<String, Entry> byName;
  private final Map<String, String> regions;
  private final Map<String, List<String>> regionAliases;

  private final String userFingerprint;
  private final Map<String, Entry> inContext = new LinkedHashMap<>();
  private final List<Entry> dotNames = new ArrayList<>();

  private Gazetteer(Map<String, Entry> byKey, Map<String, Entry> byName,
      Map<String, String> regions, Map<String, List<String>> regionAliases,
      String userFingerprint) {
    this.userFingerprint = userFingerprint;
    this.byKey = Map.copyOf(byKey);
    this.byName = Map.copyOf(byName);
    this.regions = Map.copyOf(regions);
    this.regionAliases = Map.copyOf(regionAliases);
    for (Entry e : byKey.values()) {
      if (e.inContext()) {
        inContext.put(Names.key(e.name()), e);
      }
      if (e.name().startsWith(".")) {
        dotNames.add(e);
      }
    }
  }

  /** Reads the gazetteer files Quarry ships. */
  public static Gazetteer load() {
    return load(List.of());
  }

  /**
   * Reads the gazetteer files Quarry ships, then {@code userFiles} (the same format; people and
   * places allowed), whose entries win over Quarry's for the same name.
   *
   * @throws GazetteerException naming the file and line of a user file that is not a gazetteer
   */
  public static Gazetteer load(List<Path> userFiles) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    Map<String, Entry> byName = new LinkedHashMap<>();
    Map<String, String> regions = new LinkedHashMap<>();
    Map<String, List<String>> regionAliases = new LinkedHashMap<>();
    for (String file : FILES) {
      add(GazetteerFile.parse(file, resource(file)), false, byKey, byName, regions, regionAliases);
    }
    StringBuilder user = new StringBuilder();
    for (Path file : userFiles) {
      String text = read(file);
      user.append(text).append('\0');
      add(GazetteerFile.parse(file.toString(), text), true, byKey, byName, regions, regionAliases);
    }
    return new Gazetteer(byKey, byName, regions, regionAliases,
        userFiles.isEmpty() ? "" : "+" + sha256(user.toString()));
  }

  private static void add(GazetteerFile f, boolean user, Map<String, Entry> byKey,
      Map<String, Entry> byName, Map<String, String> regions,
      Map<String, List<String>> regionAliases) {
    for (Entry e : f.entries()) {
      if (user) {
        // the user's word for a name replaces Quarry's, whatever type Quarry gave it
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        names.forEach(n -> {
          Entry old = byName.remove(Names.key(n));
          if (old != null && !old.key().equals(e.key())) {
            byKey.remove(old.key());
          }
        });
      }
      byKey.put(e.key(), e);
      byName.putIfAbsent(Names.key(e.name()), e);
      for (String alias : e.aliases()) {
        byName.putIfAbsent(Names.key(alias), e);
      }
    }
    f.regions().forEach((name, aliases) -> {
      regions.put(Names.key(name), name);
      aliases.forEach(a -> regions.put(Names.key(a), name));
      regionAliases.put(name, List.copyOf(aliases));
    });
  }

  private static String resource(String file) {
    try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer " + file + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file, e);
    }
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GazetteerException(file.toString(), 0, "cannot be read ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
    }
  }

  /**
   * What the user's gazetteers add to the code's fingerprint ("" when there are none): a post
   * extracted with other lists is extracted again.
   */
  public String userFingerprint() {
    return userFingerprint;
  }

  /** The entry written as {@code key} ("Technology|Vitess") by the NER stage. */
  public Optional<Entry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The entry one of whose names is {@code name}, ignoring case and punctuation. */
  public Optional<Entry> lookup(String name) {
    return Optional.ofNullable(byName.get(Names.key(name)));
  }

  /** The entries whose name is an everyday word, found only in context ("Go"), by name key. */
  Map<String, Entry> inContext() {
    return inContext;
  }

  /** Whether a name is a programming language's ("Go", "JavaScript"). */
  boolean isLanguage(String name) {
    return lookup(name).filter(Entry::language).isPresent();
  }

  /** The listed names that open with a dot (".NET"), which the tokenizer splits off its word. */
  List<Entry> dotNames() {
    return dotNames;
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
      if (!e.inContext()) {
        names.add(e.name());
      }
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
