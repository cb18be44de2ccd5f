package dev.quarry.post;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link PlainText}: text appended piece by piece, each piece with the source offset it
 * came from, blocks separated by a blank line, and the links found on the way. The NLP stage reads
 * a blank line as the end of a sentence, and its cost grows with the longest sentence: so a run of
 * text with no blank line is cut by one at the first sentence end past {@link #SOFT_PIECE}
 * characters, or at the first space past {@link #HARD_PIECE}; and a run of more than
 * {@link #MAX_WORD} characters without a space, which is no word, is left out (and said).
 */
final class TextBuilder {
  /** A piece of text past this many characters ends at its next sentence end. */
  static final int SOFT_PIECE = 2_000;
  /** A piece of text past this many characters ends at its next space. */
  static final int HARD_PIECE = 4_000;
  /** The longest run of characters without a space read as text. */
  static final int MAX_WORD = 1_000;

  /** Front matter text read before the body: the title and the description. */
  record Prelude(String text, int sourceOffset, Block.Kind kind) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Integer> segStarts = new ArrayList<>();
  private final List<Integer> segSources = new ArrayList<>();
  private final List<Block> blocks = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<InlineCode> code = new ArrayList<>();
  private final int[] lineStarts;
  /** Where the text after the last blank line starts. */
  private int pieceStart;
  /** Where the last white space of the text stands, or -1. */
  private int lastSpace = -1;
  /** The source offset of the first run left out as no word, and how many were. */
  private int firstLeftOut = -1;
  private int leftOut;

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
    int run = text.length() - lastSpace - 1; // the text ends in a run of this many non-spaces
    if (run + s.length() <= MAX_WORD && text.length() - pieceStart + s.length() <= SOFT_PIECE) {
      appendAsIs(s, sourceOffset);
      return;
    }
    int from = 0; // s before this is in the text, or left out
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        run = 0;
        char before = i > from ? s.charAt(i - 1) : lastChar();
        if (dueToCut(text.length() - pieceStart + i - from, before)) {
          appendAsIs(s.substring(from, i), at(sourceOffset, from));
          separateBlock();
          from = i + 1;
        }
      } else if (++run > MAX_WORD) {
        int start = Math.max(from, i - run + 1);
        int end = i;
        while (end < s.length() && !isSpace(s.charAt(end))) {
          end++;
        }
        appendAsIs(s.substring(from, start), at(sourceOffset, from));
        if (leftOut++ == 0) {
          firstLeftOut = at(sourceOffset, start);
        }
        from = end;
        i = end - 1;
        run = text.length() - lastSpace - 1;
      }
    }
    appendAsIs(s.substring(from), at(sourceOffset, from));
  }

  /**
   * Whether {@code c} parts words, for the NLP stage's tokenizer too: white space and Unicode's
   * space separators, but not the control characters Java also calls white space (U+001C-U+001F),
   * which the tokenizer drops, joining the words around them.
   */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
        || Character.isSpaceChar(c);
  }

  private static int at(int sourceOffset, int i) {
    return sourceOffset < 0 ? -1 : sourceOffset + i;
  }

  private char lastChar() {
    return text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
  }

  private boolean endsInWord() {
    return !isSpace(lastChar());
  }

  /** Whether a piece {@code length} long, its last character {@code last}, is to end here. */
  private static boolean dueToCut(int length, char last) {
    return length > HARD_PIECE || (length > SOFT_PIECE && ".!?:;".indexOf(last) >= 0);
  }

  private void appendAsIs(String s, int sourceOffset) {
    if (s.isEmpty()) {
      return;
    }
    if (sourceOffset >= 0) {
      segStarts.add(text.length());
      segSources.add(sourceOffset);
    }
    for (int j = s.length() - 1; j >= 0; j--) {
      if (isSpace(s.charAt(j))) {
        lastSpace = text.length() + j;
        break;
      }
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
        if (endsInWord()) {
          space();
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
    whiteSpace(' ');
  }

  void lineBreak() {
    whiteSpace('\n');
  }

  private void whiteSpace(char c) {
    int n = text.length();
    if (n > 0 && dueToCut(n - pieceStart, text.charAt(n - 1))) {
      separateBlock();
    } else {
      text.append(c);
      lastSpace = n;
    }
  }

  /** Ends the text so far with a blank line, unless it already does. */
  void separateBlock() {
    int n = text.length();
    if (n == 0 || (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
      pieceStart = n;
      return;
    }
    text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    pieceStart = text.length();
    lastSpace = text.length() - 1;
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

  void code(InlineCode span) {
    code.add(span);
  }

  void prelude(Prelude p) {
    separateBlock();
    int start = text.length();
    append(p.text().replaceAll("\\s+", " ").strip(), p.sourceOffset());
    addBlock(p.kind(), 0, start);
    separateBlock();
  }

  PlainText build() {
    PlainText built = new PlainText(
        text.toString(), toArray(segStarts), toArray(segSources), lineStarts, blocks, links,
        List.of(), code);
    if (leftOut == 0) {
      return built;
    }
    String what = leftOut == 1 ? "a run" : leftOut + " runs";
    return built.withNotes(List.of(new Problem(built.lineOfSourceOffset(firstLeftOut), what
        + " of more than " + MAX_WORD + " characters without a space (no word) left out")));
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
