package dev.quarry.post;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOML front matter ({@code +++}, Hugo and Zola), read by Jackson's TOML module. The parser gives
 * no positions for values, so each top-level key's line is found by its {@code key =} line.
 */
final class TomlFrontMatter {
  private static final TomlMapper MAPPER = new TomlMapper();
  private static final Pattern KEY_LINE =
      Pattern.compile("^[ \\t]*[\"']?([A-Za-z0-9_.-]+)[\"']?[ \\t]*=[ \\t]*(\"\"\"|'''|\"|')?");

  private TomlFrontMatter() {}

  /** The top-level keys of {@code toml}, which starts on line {@code firstLine} at {@code start}. */
  static List<FrontMatterEntry> entries(Path file, String toml, int firstLine, int start)
      throws PostException {
    Map<?, ?> root;
    try {
      root = MAPPER.readValue(toml, Map.class);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? firstLine : at.getLineNr() - 1 + firstLine;
      throw new PostException(file, line, "front matter is not valid TOML: "
          + e.getOriginalMessage(), e);
    }
    Map<String, int[]> positions = positions(toml, firstLine, start);
    List<FrontMatterEntry> out = new ArrayList<>();
    for (Map.Entry<?, ?> e : root.entrySet()) {
      String key = String.valueOf(e.getKey());
      int[] at = positions.getOrDefault(key, new int[] {firstLine, start});
      out.add(new FrontMatterEntry(key, FrontMatterEntry.plain(e.getValue()), at[0], at[1]));
    }
    return out;
  }

  /** Each top-level key's line and value offset; keys under a [table] header are not top-level. */
  private static Map<String, int[]> positions(String toml, int firstLine, int start) {
    Map<String, int[]> out = new HashMap<>();
    int offset = start;
    int line = firstLine;
    for (String text : toml.split("\n", -1)) {
      if (text.stripLeading().startsWith("[")) {
        break;
      }
      Matcher m = KEY_LINE.matcher(text);
      if (m.find()) {
        out.putIfAbsent(m.group(1), new int[] {line, offset + m.end()});
      }
      offset += text.length() + 1;
      line++;
    }
    return out;
  }
}
