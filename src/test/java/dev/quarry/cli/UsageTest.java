package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the command line answers before any work starts: help, version, and usage errors (exit 2)
 * named on stderr without a stack trace. Needs no store and no NLP model.
 */
class UsageTest {
  @TempDir Path tmp;

  /** A store folder that does not exist: every check below must come before opening it. */
  private String noStore() {
    return tmp.resolve("no-store").toString();
  }

  @Test
  void helpListsEverySubcommandAndExitsZero() {
    Cli r = Cli.run("--help");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    for (String command : new String[] {"ingest", "query", "export", "explain", "validate",
        "serve"}) {
      assertTrue(r.out().contains(command), command + " missing from:\n" + r.out());
    }
  }

  @Test
  void aSubcommandsHelpShowsItsOwnOptions() {
    Cli r = Cli.run("query", "--help");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(r.out().contains("--param"), r.out());
    assertTrue(r.out().contains("--store"), r.out());
  }

  @Test
  void versionNamesQuarryAndExitsZero() {
    Cli r = Cli.run("--version");
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("quarry "), r.out());
  }

  @Test
  void noSubcommandIsAUsageErrorThatShowsTheUsage() {
    Cli r = Cli.run();
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
    assertTrue(r.err().contains("Usage: quarry"), r.err());
  }

  @Test
  void anUnknownOptionIsAUsageErrorNamingIt() {
    Cli r = Cli.run("export", "--bogus", "--store", noStore());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("--bogus"), r.err());
    assertFalse(Files.exists(tmp.resolve("no-store")), "a usage error must not make a store");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    Cli r = Cli.run("injest", "corpus");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("injest"), r.err());
  }

  @Test
  void aQueryThatDoesNotParseGetsItsLineAndColumnBeforeTheStoreIsOpened() {
    Cli r = Cli.run("query", "-e", "SELECT ?x\nWHERE { ?x ?y }", "--store", noStore());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("quarry: query:2:"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void aParameterTheQueryDoesNotUseIsAUsageError() {
    Cli r = Cli.run("query", "queries/posts-by-author.rq", "--store", noStore(), "-p", "autor=x");
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("no variable ?autor"), r.err());
  }

  @Test
  void anUnknownRelationIsAUsageError() {
    Cli r = Cli.run("explain", "Sugu", "likes", "--store", noStore());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("unknown relation 'likes'"), r.err());
  }

  @Test
  void queryingAStoreThatDoesNotExistSaysSoAndMakesNone() {
    Cli r = Cli.run("query", "-e", "ASK {}", "--store", noStore());
    assertEquals(ExitCodes.FAILURE, r.exitCode());
    assertTrue(r.err().contains("no store at"), r.err());
    assertFalse(Files.exists(tmp.resolve("no-store")), "query must not create a store");
  }

  @Test
  void explainRulesListsEveryRuleWithItsConfidenceWithoutAStore() {
    Cli r = Cli.run("explain", "--rules", "--store", noStore());
    assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    for (dev.quarry.extract.Rule rule : dev.quarry.extract.Rule.values()) {
      assertTrue(r.out().contains(rule.id()), rule.id() + " missing from\n" + r.out());
    }
    assertTrue(r.out().contains("0.85 x voice"), r.out());
    assertFalse(Files.exists(tmp.resolve("no-store")), "--rules must not create a store");
  }

  @Test
  void explainWithoutASubjectIsAUsageError() {
    Cli r = Cli.run("explain", "--store", noStore());
    assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
    assertTrue(r.err().contains("SUBJECT"), r.err());
  }
}
