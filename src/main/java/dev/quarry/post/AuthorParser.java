package dev.quarry.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names in an author field: "A", "A, B and C", "[A](url)", "A (Company)", "[A](url),
 * Company", "[A](url) (Acme) [B](url) (Initech)". Commas and "and" inside a link or parentheses
 * do not split names.
 */
final class AuthorParser {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern TRAILING_PARENS = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");
  /** Lower-case words that may stand inside a person's name ("Ludwig van Beethoven"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of("van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al");

  private AuthorParser() {}

  static List<Author> parse(String field) {
    String text = field.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    // Hide links behind placeholders so their text cannot be split.
    List<String[]> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (m.find()) {
      links.add(new String[] {m.group(1).strip(), m.group(2).strip()});
      m.appendReplacement(masked, "\u0000" + (links.size() - 1) + "\u0001");
    }
    m.appendTail(masked);

    boolean splitOnAnd = looksLikeNames(masked.toString());
    List<Author> authors = new ArrayList<>();
    for (String part : split(masked.toString(), splitOnAnd)) {
      Author author = parsePart(part, links);
      if (author == null) {
        continue;
      }
      Author previous = authors.isEmpty() ? null : authors.get(authors.size() - 1);
      boolean companyAfterLinkedName =
          previous != null
              && previous.url().isPresent()
              && previous.organization().isEmpty()
              && author.url().isEmpty()
              && !author.name().contains(" ");
      if (companyAfterLinkedName) {
        authors.set(
            authors.size() - 1,
            new Author(previous.name(), previous.url(), Optional.of(author.name())));
      } else {
        authors.add(author);
      }
    }
    return authors;
  }

  private static Author parsePart(String part, List<String[]> links) {
    String s = part.strip();
    Optional<String> org = Optional.empty();
    Matcher parens = TRAILING_PARENS.matcher(s);
    if (parens.matches() && !parens.group(1).isBlank()) {
      s = parens.group(1).strip();
      org = nonBlank(parens.group(2));
    }
    Optional<String> url = Optional.empty();
    Matcher placeholder = Pattern.compile("\u0000(\\d+)\u0001").matcher(s);
    if (placeholder.find()) {
      String[] link = links.get(Integer.parseInt(placeholder.group(1)));
      url = nonBlank(link[1]);
      String linkText = link[0];
      int comma = linkText.indexOf(',');
      if (comma > 0) { // "[Reese Lee, New Relic](url)"
        org = org.or(() -> nonBlank(linkText.substring(comma + 1)));
        s = linkText.substring(0, comma);
      } else {
        s = placeholder.replaceAll(linkText.replace("\\", "\\\\").replace("$", "\\$"));
      }
    }
    String name = s.replaceAll("^[@\\s]+|[\\s.]+$", "").replaceAll("\\s+", " ");
    return name.isEmpty() ? null : new Author(name, url, org);
  }

  private static List<String> split(String s, boolean splitOnAnd) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
        // "[A](url) (Acme) [B](url) (Initech)": a linked name after a company starts the next
        if (depth == 0 && s.substring(i + 1).stripLeading().startsWith("\u0000")
            && s.substring(i + 1).length() > s.substring(i + 1).stripLeading().length()) {
          parts.add(s.substring(start, i + 1));
          start = i + 1;
        }
      } else if (depth == 0) {
        int cut = 0;
        if (c == ',' || c == ';' || c == '&' || c == '/') {
          cut = 1;
        } else if (splitOnAnd && s.startsWith(" and ", i)) {
          cut = 5;
        }
        if (cut > 0) {
          parts.add(s.substring(start, i));
          start = i + cut;
          i += cut - 1;
        }
      }
    }
    parts.add(s.substring(start));
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String t = p.strip();
      if (t.startsWith("and ")) {
        t = t.substring(4).strip();
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** "Maintainers of TiDB and TiKV" is one author; "Ana Hobden and Jay Lee" are two. */
  private static boolean looksLikeNames(String masked) {
    String plain = masked.replaceAll("\\([^)]*\\)", " ").replaceAll("\u0000\\d+\u0001", " X ");
    for (String word : plain.split("[\\s,;&]+")) {
      if (word.isEmpty() || word.equals("and")) {
        continue;
      }
      if (Character.isLowerCase(word.charAt(0)) && !NAME_PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
