package dev.quarry.post;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 but was once decoded as Mac Roman or Windows-1252 and saved again:
 * "Universit√© Libre" (Mac Roman) and "UniversitÃ© Libre" (Windows-1252) are "Université Libre".
 * Only the two- and three-character sequences that such a round trip makes of a letter are
 * replaced, so text that merely contains "√" or "Ã" is left alone.
 */
final class Mojibake {
  private static final Map<String, String> REPAIRS = new LinkedHashMap<>();
  private static final Pattern PATTERN;
  /** The characters every broken sequence starts with: text without any is clean. */
  private static final String LEADS;

  static {
    Charset[] wrong = {Charset.forName("x-MacRoman"), Charset.forName("windows-1252")};
    // Latin-1 supplement and Latin Extended-A letters, and the typographic punctuation
    StringBuilder chars = new StringBuilder();
    for (char c = 0xC0; c <= 0x17F; c++) {
      if (Character.isLetter(c)) {
        chars.append(c);
      }
    }
    chars.append("‘’“”–—…€");
    for (Charset cs : wrong) {
      for (char c : chars.toString().toCharArray()) {
        String broken = new String(String.valueOf(c).getBytes(StandardCharsets.UTF_8), cs);
        if (broken.length() >= 2 && !broken.contains("\uFFFD")) {
          REPAIRS.putIfAbsent(broken, String.valueOf(c));
        }
      }
    }
    StringBuilder leads = new StringBuilder();
    for (String k : REPAIRS.keySet()) {
      if (leads.indexOf(k.substring(0, 1)) < 0) {
        leads.append(k.charAt(0));
      }
    }
    LEADS = leads.toString();
    StringBuilder alternation = new StringBuilder();
    REPAIRS.keySet().stream().sorted((a, b) -> b.length() - a.length()).forEach(k -> {
      if (alternation.length() > 0) {
        alternation.append('|');
      }
      alternation.append(Pattern.quote(k));
    });
    PATTERN = Pattern.compile(alternation.toString());
  }

  private Mojibake() {}

  /** Where a repair happens in a text: the broken sequence's offsets and its replacement. */
  record Repair(int start, int end, String replacement) {}

  /** The repairs to make in {@code text}, in order; none for clean text. */
  static java.util.List<Repair> find(String text) {
    java.util.List<Repair> out = new java.util.ArrayList<>();
    if (!hasLead(text)) {
      return out; // the common case: no character a broken sequence could start with
    }
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      out.add(new Repair(m.start(), m.end(), REPAIRS.get(m.group())));
    }
    return out;
  }

  private static boolean hasLead(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (LEADS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with every repair made. */
  static String repair(String text) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Repair r : find(text)) {
      sb.append(text, last, r.start()).append(r.replacement());
      last = r.end();
    }
    return sb.append(text.substring(last)).toString();
  }
}
