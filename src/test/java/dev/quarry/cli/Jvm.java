package dev.quarry.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Starts Quarry in a JVM of its own, as a user's shell would. */
final class Jvm {
  private Jvm() {}

  /** A process running Quarry with {@code args}, on the test classpath less what {@code drop} matches. */
  static ProcessBuilder quarry(Predicate<String> drop, String... args) {
    return java(drop, Main.class, args);
  }

  static ProcessBuilder quarry(String... args) {
    return quarry(e -> false, args);
  }

  /** A process running {@code main} with {@code args}, on the test classpath less what {@code drop} matches. */
  static ProcessBuilder java(Predicate<String> drop, Class<?> main, String... args) {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(drop.negate())
        .collect(Collectors.joining(File.pathSeparator));
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", classpath, main.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }
}
