package dev.quarry.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The words that signal relations, read from {@code ontology/relations.yaml}. */
final class Lexicon {
  static final String FILE = "ontology/relations.yaml";

  final Set<String> talkNouns;
  final Set<String> talkVerbs;
  final Set<String> lightVerbs;
  final Set<String> listenerWords;
  final Set<String> elsewhere;
  final Set<String> useLemmas;
  final List<String> usePhrases;
  final Set<String> roles;
  final Set<String> colleague;
  final Set<String> genericRoles;
  final Set<String> sponsor;
  final Set<String> we;
  final Set<String> i;

  private Lexicon(Map<String, Object> doc) {
    talkNouns = words(doc, "talk", "nouns");
    talkVerbs = words(doc, "talk", "verbs");
    lightVerbs = words(doc, "talk", "light_verbs");
    listenerWords = words(doc, "talk", "listener_words");
    elsewhere = words(doc, "talk", "elsewhere");
    useLemmas = words(doc, "uses", "lemmas");
    usePhrases = List.copyOf(words(doc, "uses", "phrases"));
    roles = words(doc, "employment", "roles");
    colleague = words(doc, "employment", "colleague");
    genericRoles = words(doc, "employment", "generic");
    sponsor = words(doc, "sponsor", "lemmas");
    we = words(doc, "voice", "we");
    i = words(doc, "voice", "i");
  }

  @SuppressWarnings("unchecked")
  static Lexicon load() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      return new Lexicon((Map<String, Object>) new Yaml(new LoaderOptions()).load(in));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> words(Map<String, Object> doc, String section, String key) {
    Object s = doc.get(section);
    if (!(s instanceof Map<?, ?> m) || !(m.get(key) instanceof List<?> list)) {
      throw new IllegalStateException(FILE + ": " + section + "." + key + " is missing");
    }
    return ((List<Object>) list).stream().map(o -> String.valueOf(o).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A role word that is no job title: "employees", "members". */
  boolean isGenericRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return genericRoles.contains(w) || genericRoles.contains(w.replaceAll("s$", ""));
  }

  /** A role word: "CTO", "Co-Founder", "engineers" (a plural counts). */
  boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (roles.contains(w) || roles.contains(w.replaceAll("s$", ""))) {
      return true;
    }
    return w.endsWith("founder");
  }
}
