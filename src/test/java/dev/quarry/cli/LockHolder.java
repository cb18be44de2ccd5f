package dev.quarry.cli;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process in the first instant of opening a store: it has locked the store's lock file
 * and not yet written its pid there. Prints "locked" and holds the lock until its input closes.
 */
final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    Path store = Files.createDirectories(Path.of(args[0]));
    try (FileChannel channel = FileChannel.open(store.resolve("tdb.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
         FileLock lock = channel.lock()) {
      System.out.println("locked");
      System.out.flush();
      System.in.readAllBytes();
    }
  }
}
