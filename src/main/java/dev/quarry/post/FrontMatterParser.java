package dev.quarry.post;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a post into front matter and body: YAML between {@code ---} lines, TOML between {@code
 * +++} lines, or a JSON object that opens the file.
 */
final class FrontMatterParser {
  /** The front matter, where the body starts (a char offset) and on which 1-based line. */
  record Split(FrontMatter frontMatter, int bodyOffset, int bodyLine, List<Problem> problems,
      Map<String, Integer> valueOffsets) {}

  private FrontMatterParser() {}

  static Split split(Path file, String text) throws PostException {
    return split(file, text, Map.of());
  }

  /** Splits {@code text}; authors named by key are looked up in {@code authorKeys}. */
  static Split split(Path file, String text, Map<String, Author> authorKeys)
      throws PostException {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty()) {
      return new Split(FrontMatter.EMPTY, 0, 1, List.of(), Map.of());
    }
    String first = lines.get(0).strip();
    if (first.startsWith("{")) {
      JsonFrontMatter.Read json = JsonFrontMatter.read(file, text);
      int bodyLine = (int) text.substring(0, json.end()).chars().filter(c -> c == '\n').count() + 1;
      return fields(json.entries(), authorKeys, json.end(), bodyLine);
    }
    boolean yaml = first.equals("---");
    if (!yaml && !first.equals("+++")) {
      return new Split(FrontMatter.EMPTY, 0, 1, List.of(), Map.of());
    }
    int close = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(first) || (yaml && line.equals("..."))) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new PostException(file, 1, "front matter opened with '" + first
          + "' is never closed");
    }
    String inside = String.join("\n", lines.subList(1, close));
    if (inside.length() > YamlFrontMatter.MAX_CODE_POINTS) {
      throw new PostException(file, 2, String.format(java.util.Locale.ROOT,
          "front matter of %,d characters, more than the %,d read; skipped", inside.length(),
          YamlFrontMatter.MAX_CODE_POINTS));
    }
    int start = offsetOfLine(text, 1);
    List<FrontMatterEntry> entries = yaml
        ? YamlFrontMatter.entries(file, inside, 2, start)
        : TomlFrontMatter.entries(file, inside, 2, start);
    return fields(entries, authorKeys, offsetOfLine(text, close + 1), close + 2);
  }

  private static Split fields(List<FrontMatterEntry> entries, Map<String, Author> authorKeys,
      int bodyOffset, int bodyLine) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> offsets = new LinkedHashMap<>();
    FrontMatter fm = FrontMatterFields.read(entries, authorKeys, problems, offsets);
    return new Split(fm, bodyOffset, bodyLine, problems, offsets);
  }

  private static int offsetOfLine(String text, int lineIndex) {
    int offset = 0;
    for (int i = 0; i < lineIndex && offset >= 0; i++) {
      int nl = text.indexOf('\n', offset);
      offset = nl < 0 ? text.length() : nl + 1;
    }
    return Math.min(offset, text.length());
  }
}
