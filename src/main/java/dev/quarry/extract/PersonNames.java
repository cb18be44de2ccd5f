package dev.quarry.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the people of one post: a first name or a short form ("Sugu", "Jiten") joins the only
 * full name it can stand for ("Sugu Sougoumarane", "Jitendra Vaidya").
 */
final class PersonNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PersonNames() {}

  /**
   * Maps each name to the full name it stands for (itself when it stands alone). A nickname in
   * parentheses is left out of the name and names the person too: "Liu (Siddon) Tang" and "Siddon
   * Tang" are "Liu Tang".
   */
  static Map<String, String> resolve(Collection<String> names) {
    Map<String, String> nicknamed = new LinkedHashMap<>();
    for (String n : names) {
      Matcher m = NICKNAME.matcher(n);
      if (m.matches()) {
        nicknamed.put(n, m.group(1) + " " + m.group(3));
        nicknamed.putIfAbsent(m.group(2) + " " + m.group(3), m.group(1) + " " + m.group(3));
      }
    }
    Set<String> formal = new LinkedHashSet<>();
    names.forEach(n -> formal.add(nicknamed.getOrDefault(n, n)));
    Map<String, String> resolved = resolveFormal(formal);
    Map<String, String> out = new LinkedHashMap<>();
    names.forEach(n -> out.put(n, resolved.get(nicknamed.getOrDefault(n, n))));
    return out;
  }

  /** A given name, a nickname in parentheses, a family name: "Liu (Siddon) Tang". */
  private static final Pattern NICKNAME =
      Pattern.compile("(\\p{Lu}[\\p{L}.'-]*) \\((\\p{Lu}[\\p{L}'-]*)\\) (\\p{Lu}[\\p{L}'-]*)");

  private static Map<String, String> resolveFormal(Collection<String> names) {
    Set<String> full = new LinkedHashSet<>();
    for (String n : names) {
      if (words(n).length >= 2) {
        full.add(n);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    // two full names of one person ("Jitendra Vaidya", "Jiten Vaidya"): the first seen wins
    List<String> kept = new ArrayList<>();
    for (String f : full) {
      Optional<String> same = kept.stream().filter(k -> samePerson(k, f)).findFirst();
      out.put(f, same.orElse(f));
      if (same.isEmpty()) {
        kept.add(f);
      }
    }
    for (String n : names) {
      if (out.containsKey(n)) {
        continue;
      }
      List<String> candidates = kept.stream().filter(f -> shortFor(n, f)).toList();
      out.put(n, candidates.size() == 1 ? candidates.get(0) : n);
    }
    return out;
  }

  /** "Sugu" for "Sugu Sougoumarane", "Jiten" for "Jitendra Vaidya", "Tocker" for "Morgan Tocker". */
  static boolean shortFor(String shortName, String fullName) {
    String[] s = words(shortName);
    String[] f = words(fullName);
    if (s.length != 1 || f.length < 2) {
      return false;
    }
    String w = s[0].toLowerCase(Locale.ROOT);
    String first = f[0].toLowerCase(Locale.ROOT);
    String last = f[f.length - 1].toLowerCase(Locale.ROOT);
    return w.equals(first) || w.equals(last) || (w.length() >= 4 && first.startsWith(w));
  }

  /** "Jiten Vaidya" and "Jitendra Vaidya": the same family name, one given name a prefix. */
  static boolean samePerson(String a, String b) {
    String[] x = words(a);
    String[] y = words(b);
    if (x.length < 2 || y.length < 2) {
      return false;
    }
    String lx = x[x.length - 1].toLowerCase(Locale.ROOT);
    String ly = y[y.length - 1].toLowerCase(Locale.ROOT);
    if (!lx.equals(ly)) {
      return false;
    }
    String fx = x[0].toLowerCase(Locale.ROOT);
    String fy = y[0].toLowerCase(Locale.ROOT);
    String shorter = fx.length() <= fy.length() ? fx : fy;
    String longer = fx.length() <= fy.length() ? fy : fx;
    return shorter.length() >= 4 && longer.startsWith(shorter);
  }

  /**
   * The family name of a full name, in lower case ("vaidya" for "Jiten Vaidya"); empty for a name
   * of one word, which {@link #samePerson} never matches.
   */
  static Optional<String> familyName(String name) {
    String[] w = words(name);
    return w.length < 2 ? Optional.empty() : Optional.of(w[w.length - 1].toLowerCase(Locale.ROOT));
  }

  private static String[] words(String name) {
    String s = name.strip();
    return s.isEmpty() ? new String[0] : SPACES.split(s);
  }
}
