package dev.quarry.extract;

import java.text.Normalizer;
import java.util.Locale;

/** How names compare: ignoring case, accents, punctuation and extra spaces. */
public final class Names {
  private Names() {}

  /** The comparison key of a name: "Université Libre" and "universite-libre" share one. */
  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}+#]+", " ")
        .strip();
  }

  /**
   * The identity of an entity in a post and across posts: its type and the key of its name. Two
   * names with one identity are one node.
   */
  public static String identity(EntityType type, String name) {
    return type + "|" + key(name);
  }

  /** Collapses white space and strips quotes and punctuation around a name. */
  public static String clean(String name) {
    String s = name.replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^[\"'“”‘’`*_(\\[]+|[\"'“”‘’`*_,;:.!?)\\]]+$", "");
    return s.strip();
  }
}
