package dev.quarry.extract;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names compare: ignoring case, accents, punctuation and extra spaces. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N}+#]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern AROUND =
      Pattern.compile("^[\"'“”‘’`*_(\\[]+|[\"'“”‘’`*_,;:.!?)\\]]+$");

  /** The better of two spellings: accents kept, not shouted, capitalised, longer, then A-Z. */
  public static final Comparator<String> BETTER = Comparator
      .comparingInt(Names::marks).reversed()
      .thenComparing(n -> n.chars().noneMatch(Character::isLowerCase))
      .thenComparingInt(Names::shoutedWords)
      .thenComparingInt(Names::lowerCaseWords)
      .thenComparing(Comparator.comparingInt((String n) -> Names.key(n).length()).reversed())
      .thenComparing(Comparator.naturalOrder());

  private Names() {}

  /** The comparison key of a name: "Université Libre" and "universite-libre" share one. */
  public static String key(String name) {
    return NOT_NAME.matcher(folded(name)).replaceAll(" ").strip();
  }

  /** A name without accents, in lower case: "université libre" for "Université Libre". */
  public static String folded(String name) {
    return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
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
    String s = SPACES.matcher(name).replaceAll(" ").strip();
    return AROUND.matcher(s).replaceAll("").strip();
  }

  /** Letters with accents: "Kröhling" has one, "Krohling" none. */
  private static int marks(String name) {
    return (int) Normalizer.normalize(name, Normalizer.Form.NFD).chars()
        .filter(c -> Character.getType(c) == Character.NON_SPACING_MARK).count();
  }

  /** Words of four letters or more in capitals ("SMITH"; an acronym such as "AWS" is shorter). */
  private static int shoutedWords(String name) {
    int n = 0;
    for (String w : name.split("\\s+")) {
      if (w.length() >= 4 && w.chars().allMatch(c -> !Character.isLetter(c)
          || Character.isUpperCase(c)) && w.chars().anyMatch(Character::isLetter)) {
        n++;
      }
    }
    return n;
  }

  /** Words that open in lower case: "ted young" has two, "Ted Young" none. */
  private static int lowerCaseWords(String name) {
    int n = 0;
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        n++;
      }
    }
    return n;
  }
}
