package dev.quarry.store;

/** A query that does not parse, with the line and column of the first error. */
public final class QuerySyntaxException extends RuntimeException {
  private final String source;
  private final int line;
  private final int column;

  public QuerySyntaxException(String source, int line, int column, String message) {
    super(message);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** {@code source:line:column: message}. */
  public String describe() {
    return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + getMessage();
  }
}
