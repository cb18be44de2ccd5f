package dev.quarry.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a Markdown body the markup of the dialects static-site generators read before
 * CommonMark sees it: MDX {@code import}/{@code export} lines and {@code {/* comments *\/}},
 * Jekyll's Liquid tags ({@code {% highlight %}} blocks as code) and Hugo's shortcodes, whose
 * {@code caption}, {@code title} and {@code alt} are kept as text. Fenced code is left alone.
 * The result maps every character back to the body.
 */
final class MarkdownDialects {
  private static final Pattern MARKUP = Pattern.compile(String.join("|",
      // MDX: an import line, an export statement (braces may carry it over several lines)
      "(?m)^(?<mdx>import\\s[^\\n]*?['\"][^'\"\\n]+['\"];?[ \\t]*$"
          + "|import\\s+['\"][^'\"\\n]+['\"];?[ \\t]*$"
          + "|export\\s+(?:default|const|let|var|function|async|class|\\{)[^\\n]*)",
      "(?<comment>\\{/\\*.*?\\*/\\})",
      // Liquid: code and comment blocks whole, then any other tag
      "(?<code>\\{%-?\\s*(?<open>highlight|comment)\\b.*?%\\}.*?\\{%-?\\s*end\\k<open>\\s*-?%\\})",
      "(?<liquid>\\{%.*?%\\})",
      // Hugo: a highlight shortcode with its code, then any other shortcode
      "(?<hcode>\\{\\{[<%]\\s*highlight\\b.*?[%>]\\}\\}.*?\\{\\{[<%]\\s*/highlight\\s*[%>]\\}\\})",
      "(?<shortcode>\\{\\{[<%]\\s*(?<name>/?[\\w./-]+)(?<args>.*?)[%>]\\}\\})"),
      Pattern.DOTALL);
  private static final Pattern KEPT_ARG =
      Pattern.compile("\\b(?:caption|title|alt)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)");
  private static final Pattern VIDEO_ID =
      Pattern.compile("^\\s*(?:id\\s*=\\s*)?[\"']?([\\w-]{6,})[\"']?");
  private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})");

  /** A player a shortcode embeds, at an offset of the cleaned text. */
  record Embed(String url, int at) {}

  /** The cleaned body: pieces of it start at {@code starts} and come from {@code sources}. */
  record Cleaned(String text, int[] starts, int[] sources, List<Embed> embeds) {
    /** The body offset of the character at {@code offset} of the cleaned text. */
    int source(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      if (i < 0) {
        i = Math.max(0, -i - 2);
      }
      return sources[i] + (offset - starts[i]);
    }

    /** Where the piece holding {@code offset} ends in the cleaned text. */
    int pieceEnd(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      i = i < 0 ? -i - 1 : i + 1;
      return i < starts.length ? starts[i] : Integer.MAX_VALUE;
    }
  }

  private MarkdownDialects() {}

  static Cleaned clean(String body) {
    StringBuilder text = new StringBuilder();
    List<int[]> pieces = new ArrayList<>();
    List<Embed> embeds = new ArrayList<>();
    List<int[]> fences = fences(body);
    Matcher m = MARKUP.matcher(body).useAnchoringBounds(false).useTransparentBounds(true);
    int last = 0;
    while (m.find()) {
      if (insideFence(fences, m.start())) {
        continue;
      }
      copy(body, last, m.start(), text, pieces);
      if (m.group("shortcode") != null) {
        shortcode(body, m, text, pieces, embeds);
      }
      last = m.group("mdx") != null ? balanced(body, m.start(), m.end()) : m.end();
      if (last > m.end()) {
        m.region(last, body.length());
      }
    }
    copy(body, last, body.length(), text, pieces);
    int[] starts = pieces.stream().mapToInt(p -> p[0]).toArray();
    int[] sources = pieces.stream().mapToInt(p -> p[1]).toArray();
    if (starts.length == 0) {
      starts = new int[] {0};
      sources = new int[] {0};
    }
    return new Cleaned(text.toString(), starts, sources, embeds);
  }

  private static void shortcode(String body, Matcher m, StringBuilder text, List<int[]> pieces,
      List<Embed> embeds) {
    String name = m.group("name").toLowerCase(Locale.ROOT);
    String args = m.group("args");
    Matcher id = VIDEO_ID.matcher(args);
    if ((name.equals("youtube") || name.equals("vimeo")) && id.find()) {
      embeds.add(new Embed(name.equals("youtube") ? "https://www.youtube.com/watch?v="
          + id.group(1) : "https://vimeo.com/" + id.group(1), text.length()));
    }
    Matcher kept = KEPT_ARG.matcher(args);
    boolean first = true;
    while (kept.find()) {
      int g = kept.group(1) != null ? 1 : kept.group(2) != null ? 2 : 3;
      if (kept.group(g).isBlank()) {
        continue;
      }
      if (!first) {
        text.append("\n\n");
      }
      int from = m.start("args") + kept.start(g);
      copy(body, from, from + kept.group(g).length(), text, pieces);
      first = false;
    }
  }

  /** Where a statement that opens braces ends: past the line that closes the last of them. */
  private static int balanced(String body, int start, int end) {
    int depth = 0;
    for (int i = start; i < body.length(); i++) {
      char c = body.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (i >= end && depth <= 0) {
        int nl = body.indexOf('\n', i);
        return nl < 0 ? body.length() : nl;
      }
    }
    return depth > 0 ? body.length() : end;
  }

  private static void copy(String body, int from, int to, StringBuilder text, List<int[]> pieces) {
    if (to <= from) {
      return;
    }
    pieces.add(new int[] {text.length(), from});
    text.append(body, from, to);
  }

  /** The fenced code blocks of the body, as [start, end) pairs. */
  private static List<int[]> fences(String body) {
    List<int[]> out = new ArrayList<>();
    Matcher m = FENCE.matcher(body).useAnchoringBounds(false).useTransparentBounds(true);
    while (m.find()) {
      String fence = m.group(1);
      Matcher close = Pattern.compile("(?m)^ {0,3}" + Pattern.quote(fence.substring(0, 1))
          + "{" + fence.length() + ",}[ \\t]*$").matcher(body);
      int lineEnd = body.indexOf('\n', m.end());
      int end = lineEnd >= 0 && close.find(lineEnd) ? close.end() : body.length();
      out.add(new int[] {m.start(), end});
      if (end >= body.length()) {
        break;
      }
      m.region(end, body.length());
    }
    return out;
  }

  private static boolean insideFence(List<int[]> fences, int at) {
    for (int[] f : fences) {
      if (at >= f[0] && at < f[1]) {
        return true;
      }
    }
    return false;
  }
}
