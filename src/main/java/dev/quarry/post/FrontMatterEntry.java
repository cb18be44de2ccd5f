package dev.quarry.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One top-level key of a front matter, whatever its format: the value as plain Java (a String, a
 * List or a Map of them, or null), the 1-based line of the value in the file and the character
 * offset where its text starts (after an opening quote).
 */
record FrontMatterEntry(String key, Object value, int line, int valueOffset) {
  /** A parser's values as Quarry's plain ones: every scalar (a date, a number) as its text. */
  static Object plain(Object value) {
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(plain(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    return value == null ? null : value.toString();
  }
}
