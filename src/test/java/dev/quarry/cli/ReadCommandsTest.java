package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The commands that read a store never make one: a folder that is not a store, or no folder at
 * all, is refused with exit 1 and left exactly as it was. Needs no NLP model.
 */
class ReadCommandsTest {
  @TempDir Path tmp;

  static Stream<List<String>> readCommands() {
    return Stream.of(List.of("query", "-e", "ASK {}"), List.of("export", "--format", "trig"),
        List.of("explain", "Jane Doe"), List.of("validate"), List.of("serve", "--port", "0"));
  }

  private static Cli run(List<String> command, Path store) {
    List<String> args = new java.util.ArrayList<>(command);
    args.add("--store");
    args.add(store.toString());
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("readCommands")
  void aFolderThatIsNotAStoreIsRefusedAndLeftAsItWas(List<String> command) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(folder.resolve("todo.txt"), "buy milk\n");
    List<String> before = listing(folder);
    Cli r = run(command, folder);
    assertEquals(ExitCodes.FAILURE, r.exitCode(), r.err());
    assertTrue(r.err().contains("not a Quarry store: " + folder), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    assertEquals(before, listing(folder));
  }

  @ParameterizedTest
  @MethodSource("readCommands")
  void anEmptyFolderIsNotAStoreEither(List<String> command) throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("empty"));
    Cli r = run(command, folder);
    assertEquals(ExitCodes.FAILURE, r.exitCode(), r.err());
    assertTrue(r.err().contains("not a Quarry store: " + folder), r.err());
    assertEquals(List.of(""), listing(folder));
  }

  @ParameterizedTest
  @MethodSource("readCommands")
  void aMissingFolderIsRefusedAndNotMade(List<String> command) {
    Path missing = tmp.resolve("missing");
    Cli r = run(command, missing);
    assertEquals(ExitCodes.FAILURE, r.exitCode(), r.err());
    assertTrue(r.err().contains("no store at " + missing), r.err());
    assertFalse(Files.exists(missing));
  }
}
