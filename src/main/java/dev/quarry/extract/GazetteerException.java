package dev.quarry.extract;

/** A gazetteer file that cannot be read: names the file and, where known, the line. */
public final class GazetteerException extends RuntimeException {
  private final String file;
  private final int line;

  GazetteerException(String file, int line, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  /** {@code file:line: message}, the way compilers say it. */
  public String describe() {
    return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
  }
}
