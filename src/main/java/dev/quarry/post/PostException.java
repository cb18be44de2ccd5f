package dev.quarry.post;

import java.nio.file.Path;

/** A post that cannot be read as a post; names the file and, where known, the line. */
public final class PostException extends Exception {
  private final Path file;
  private final int line;

  public PostException(Path file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  public PostException(Path file, int line, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line in the file, or 0 when the problem is the file as a whole. */
  public int line() {
    return line;
  }

  /** {@code file:line: message}, the way compilers say it, on one printable line. */
  public String describe() {
    return Printable.of(file + (line > 0 ? ":" + line : "") + ": " + getMessage());
  }
}
