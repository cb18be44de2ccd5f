package dev.quarry.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code -v} and {@code -q}, written once and inherited by every subcommand. */
public final class Verbosity {
  private static boolean verbose;
  private static boolean quiet;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Say more: library logging and a stack trace with errors.")
  void setVerbose(boolean v) {
    verbose = v;
    if (v) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
  }

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Say less: no progress, only errors.")
  void setQuiet(boolean q) {
    quiet = q;
  }

  /** Forgets the flags of an earlier command line run in the same process. */
  static void reset() {
    verbose = false;
    quiet = false;
  }

  static boolean verbose() {
    return verbose;
  }

  static boolean quiet() {
    return quiet;
  }
}
