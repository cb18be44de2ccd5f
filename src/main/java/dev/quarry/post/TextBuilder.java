package dev.quarry.post;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link PlainText}: text appended piece by piece, each piece with the source offset it
 * came from, blocks separated by a blank line, and the links found on the way.
 */
final class TextBuilder {
  /** Front matter text read before the body: the title and the description. */
  record Prelude(String text, int sourceOffset, Block.Kind kind) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> segStarts = new ArrayList<>();
  private final List<Integer> segSources = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final int[] lineStarts;

  TextBuilder(String source) {
    this(lineStarts(source));
  }

  /** A builder for a text whose source has lines starting at {@code lineStarts}. */
  TextBuilder(int[] lineStarts) {
    this.lineStarts = lineStarts;
  }

  int length() {
    return text.length();
  }

  int blockCount() {
    return blocks.size();
  }

  /** Appends {@code s}, whose first character stands at {@code sourceOffset} (-1: unknown). */
  void append(String s, int sourceOffset) {
    if (s.isEmpty()) {
      return;
    }
    if (sourceOffset >= 0) {
      segStarts.add(text.length());
      segSources.add(sourceOffset);
    }
    text.append(s);
  }

  /** Appends text with mojibake repaired, each piece mapped to where it stands in the source. */
  void appendRepaired(String s, int src) {
    int last = 0;
    for (Mojibake.Repair r : Mojibake.find(s)) {
      append(s.substring(last, r.start()), src < 0 ? -1 : src + last);
      append(r.replacement(), src < 0 ? -1 : src + r.start());
      last = r.end();
    }
    append(s.substring(last), src < 0 ? -1 : src + last);
  }

  /** Appends HTML text: each run of white space read as one space, none at a block's start. */
  void appendWords(String s, int src) {
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
          text.append(' ');
        }
        i = j;
        continue;
      }
      while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
        j++;
      }
      appendRepaired(s.substring(i, j), src < 0 ? -1 : src + i);
      i = j;
    }
  }

  void space() {
    text.append(' ');
  }

  void lineBreak() {
    text.append('\n');
  }

  /** Ends the text so far with a blank line, unless it already does. */
  void separateBlock() {
    int n = text.length();
    if (n == 0 || (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      return;
    }
    text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
  }

  /** Records the text from {@code start} to here, less trailing white space, as a block. */
  void addBlock(Block.Kind kind, int level, int start) {
    int end = endOfText();
    if (end > start) {
      blocks.add(new Block(kind, level, start, end));
    }
  }

  /** Where the text ends, before any trailing white space: where an embed stands. */
  int endOfText() {
    int at = text.length();
    while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  void link(Link link) {
    links.add(link);
  }

  void prelude(Prelude p) {
    separateBlock();
    int start = text.length();
    append(p.text().replaceAll("\\s+", " ").strip(), p.sourceOffset());
    addBlock(p.kind(), 0, start);
    separateBlock();
  }

  PlainText build() {
    return new PlainText(
        text.toString(), toArray(segStarts), toArray(segSources), lineStarts, blocks, links);
  }

  static int[] lineStarts(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return toArray(starts);
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
