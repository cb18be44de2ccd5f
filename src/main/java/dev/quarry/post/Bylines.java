package dev.quarry.post;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a post's author in its body when the front matter names none: a byline near the top
 * ("Author: Sam Lee, Acme Corp", "By Jane Doe") or a signature at the end ("— Jane Doe, Acme").
 */
final class Bylines {
  /** Blocks looked at from the start and from the end of the body. */
  private static final int NEAR = 3;
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:(?:written |posted )?by|authors?|written by)\\s*[:\\-–—]?\\s+(.+?)\\.?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SIGNATURE = Pattern.compile("^(?:—|–|--|~)\\s*(.+?)\\.?$");
  /** Two to four capitalized words, with the particles names have. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:van|von|de|da|del|der|di|la|le)\\s+)?\\p{Lu}[\\p{L}'’.-]*){1,3}");
  private static final Pattern COMPANY_AFTER =
      Pattern.compile("^(.+?)\\s*(?:,|\\bat\\b|\\bfrom\\b|@|\\()\\s*([^()]+?)\\)?$");

  private Bylines() {}

  static List<Author> find(PlainText body) {
    List<Block> blocks = body.blocks().stream()
        .filter(b -> b.kind() != Block.Kind.TITLE && b.kind() != Block.Kind.DESCRIPTION)
        .toList();
    for (int i = 0; i < blocks.size(); i++) {
      boolean top = i < NEAR;
      boolean end = i >= blocks.size() - NEAR;
      if (!top && !end) {
        continue;
      }
      String text = line(body, blocks.get(i));
      Matcher by = BYLINE.matcher(text);
      Optional<Author> found = by.matches() ? author(by.group(1)) : Optional.empty();
      Matcher sig = SIGNATURE.matcher(text);
      if (found.isEmpty() && end && sig.matches()) {
        found = author(sig.group(1));
      }
      if (found.isPresent()) {
        return List.of(found.get());
      }
    }
    return List.of();
  }

  private static String line(PlainText body, Block b) {
    return body.text().substring(b.start(), b.end()).strip().replaceAll("\\s+", " ");
  }

  /** "Sam Lee", "Sam Lee, Acme Corp", "Sam Lee (Acme)", "Sam Lee at Acme": a person's name. */
  private static Optional<Author> author(String text) {
    if (text.length() > 80) {
      return Optional.empty();
    }
    String name = text.strip();
    Optional<String> company = Optional.empty();
    if (!NAME.matcher(name).matches()) {
      Matcher c = COMPANY_AFTER.matcher(name);
      if (!c.matches()) {
        return Optional.empty();
      }
      name = c.group(1).strip();
      company = Optional.of(c.group(2).strip()).filter(s -> !s.isEmpty());
    }
    return NAME.matcher(name).matches()
        ? Optional.of(new Author(name, Optional.empty(), company)) : Optional.empty();
  }
}
