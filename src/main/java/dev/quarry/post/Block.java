package dev.quarry.post;

/**
 * A block of a post's plain text (a heading, a paragraph, a list item, a table's row), by its
 * offsets; {@code level} is a heading's level, 1 for a table's header row, else 0.
 */
public record Block(Kind kind, int level, int start, int end) {
  /** What kind of Markdown block it came from. */
  public enum Kind {
    /** The front matter's title, put before the body so that the NLP reads it too. */
    TITLE,
    /** The front matter's description or summary, likewise. */
    DESCRIPTION,
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    QUOTE,
    TABLE
  }

  /** Whether this is a table's header row ("| Talk | Speaker | Event |"). */
  public boolean tableHeader() {
    return kind == Kind.TABLE && level == 1;
  }
}
