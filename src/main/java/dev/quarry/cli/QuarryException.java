package dev.quarry.cli;

/** An error to show the user as one plain line, with the exit code it maps to. */
public final class QuarryException extends RuntimeException {
  private final int exitCode;

  public QuarryException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public QuarryException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
