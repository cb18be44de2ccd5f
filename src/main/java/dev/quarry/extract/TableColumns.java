package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the columns of a table hold, as its header row names them: "| Talk | Speaker | Event |
 * City |" makes a body row's cells a talk's title, its speakers, its event and a place. The header
 * words are data ({@code tables:} in {@code ontology/relations.yaml}).
 */
final class TableColumns {
  /** What a column holds. */
  enum Role { EVENT, SPEAKER, TALK, COMPANY, PLACE, OTHER }

  /** What a name never holds and a path, a key or code does. */
  private static final Pattern CODE = Pattern.compile("[/\\\\_=<>{}\\[\\]`]");

  /** The bar between two cells of a row, as the Markdown reader writes it: "a | b", "a | | c". */
  private static final Pattern BETWEEN_CELLS = Pattern.compile("(?<=\\s|^)\\|(?=\\s|$)");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  private final Lexicon lex;

  TableColumns(Lexicon lex) {
    this.lex = lex;
  }

  /** What a column whose header cell reads {@code header} holds: "Speaker(s)" speakers. */
  Role role(String header) {
    List<String> words = new ArrayList<>();
    for (String w : NOT_LETTERS.split(PARENTHESES.matcher(header).replaceAll(" ")
        .toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) {
        continue;
      }
      if (!words.isEmpty() && lex.headEnds.contains(w)) {
        break;
      }
      words.add(w);
    }
    while (words.size() > 1 && lex.headTails.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty()) {
      return Role.OTHER;
    }
    String head = words.get(words.size() - 1);
    for (Map.Entry<String, Set<String>> e : lex.columnWords.entrySet()) {
      if (e.getValue().contains(head) || head.endsWith("s")
          && e.getValue().contains(head.substring(0, head.length() - 1))) {
        return Role.valueOf(e.getKey().toUpperCase(Locale.ROOT));
      }
    }
    return Role.OTHER;
  }

  /** Whether a table whose columns hold {@code roles} lists talks: speakers, titles or events. */
  static boolean listsTalks(List<Role> roles) {
    return roles.contains(Role.SPEAKER)
        && (roles.contains(Role.TALK) || roles.contains(Role.EVENT));
  }

  /**
   * What each column of a body row holds, by the header row nearest above it with only table
   * rows between; none when the row is a header or its table has none.
   */
  List<Role> of(List<Block> blocks, int row, String text) {
    if (row < 0 || row >= blocks.size() || blocks.get(row).kind() != Block.Kind.TABLE
        || blocks.get(row).tableHeader()) {
      return List.of();
    }
    for (int b = row - 1; b >= 0 && blocks.get(b).kind() == Block.Kind.TABLE; b--) {
      Block header = blocks.get(b);
      if (header.tableHeader()) {
        return cells(text, header).stream()
            .map(c -> role(text.substring(c[0], c[1]))).toList();
      }
    }
    return List.of();
  }

  /** The cells of a table's row as offsets [start, end) into the text, blanks trimmed. */
  static List<int[]> cells(String text, Block row) {
    List<int[]> out = new ArrayList<>();
    int end = Math.min(row.end(), text.length());
    Matcher bar = BETWEEN_CELLS.matcher(text).region(row.start(), end);
    int from = row.start();
    while (from <= end) {
      int to = bar.find() ? bar.start() : end;
      int a = from;
      int b = to;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      out.add(new int[] {a, b});
      from = to + 1;
    }
    return out;
  }

  /**
   * Whether a cell under an event or place column names one: not "Online", "TBA" or a date
   * ("September 16–18").
   */
  boolean names(String cell) {
    String lower = cell.strip().toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lex.notCellNames.contains(lower)
        || cell.chars().noneMatch(Character::isUpperCase) || CODE.matcher(cell).find()) {
      return false; // "var", "/var/log", "app_name": a value, not a name
    }
    List<String> words = Arrays.stream(NOT_LETTERS.split(lower)).filter(w -> !w.isEmpty())
        .toList();
    return !words.isEmpty() && !words.stream().allMatch(lex.months::contains);
  }
}
