package dev.quarry.post;

/**
 * A file name or post id as it may be printed to a terminal: control and format characters (a
 * newline, an escape sequence, a right-to-left override) written as escapes, so that a hostile
 * file name can neither forge an output line nor drive the terminal.
 */
public final class Printable {
  private Printable() {}

  /** {@code o} as text, each control or format character escaped ({@code \\n}, {@code \\e}). */
  public static String of(Object o) {
    String s = String.valueOf(o);
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      boolean escape = type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE && !validSurrogate(s, i);
      if (escape && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out == null) {
        continue;
      }
      if (!escape) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == 0x1b) {
        out.append("\\e");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
