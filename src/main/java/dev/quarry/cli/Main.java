package dev.quarry.cli;

import dev.quarry.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: builds the command line and maps every error to one line and an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, also used by tests to run Quarry as a user would. */
  public static CommandLine commandLine() {
    Verbosity.reset();
    CommandLine cl = new CommandLine(new QuarryCommand());
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    int code;
    String message;
    if (e instanceof QuarryException q) {
      code = q.exitCode();
      message = q.getMessage();
    } else if (e instanceof StoreException s) {
      code = ExitCodes.FAILURE;
      message = s.getMessage();
    } else {
      code = ExitCodes.FAILURE;
      message = "unexpected error: " + e + (Verbosity.verbose() ? "" : " (run with -v for details)");
    }
    err.println("quarry: " + message);
    if (Verbosity.verbose()) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }
}
