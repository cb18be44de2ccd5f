package dev.quarry.cli;

/** Quarry's exit codes, one table for every command. */
public final class ExitCodes {
  /** Everything worked. */
  public static final int OK = 0;
  /** The command failed. */
  public static final int FAILURE = 1;
  /** The command line was wrong: an unknown option, a missing file, a query that does not parse. */
  public static final int USAGE = 2;
  /** The command finished, but some posts could not be read and were skipped. */
  public static final int SOME_POSTS_FAILED = 3;

  private ExitCodes() {}
}
