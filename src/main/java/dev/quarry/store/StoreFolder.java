package dev.quarry.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.ProcessFileLock;

/** A store folder as the user sees it: whether it is a store, and why it cannot be opened. */
final class StoreFolder {
  /** The file TDB2 locks while a process has the store open; it holds that process's pid. */
  private static final String LOCK_FILE = "tdb.lock";
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");
  /** The folder TDB2 keeps each generation of a database in. */
  private static final Pattern DATA_FOLDER = Pattern.compile("Data-\\d+");

  private StoreFolder() {}

  /** Refuses a folder this process may not write in, with what to do about it. */
  static void checkWritable(Path dir) {
    Path lock = dir.resolve(LOCK_FILE);
    if (!Files.isWritable(dir) || (Files.exists(lock) && !Files.isWritable(lock))) {
      throw new StoreException(readOnly(dir, "no permission to write in it"));
    }
  }

  /** Why TDB2 could not open the store at {@code dir}, in words a user can act on. */
  static StoreException openFailure(Path dir, RuntimeException e) {
    if (failedToLock(e) && heldByAnotherProcess(dir)) {
      String pid = holderPid(dir, String.valueOf(e.getMessage()));
      return new StoreException("the store at " + dir + " is in use by another process"
          + (pid.isEmpty() ? "" : " (pid " + pid + ")")
          + "; wait for it to finish, or give another --store", e);
    }
    String denied = permissionDenied(e);
    if (denied != null) {
      return new StoreException(readOnly(dir, denied), e);
    }
    return new StoreException("cannot open the store at " + dir + ": " + e.getMessage(), e);
  }

  /**
   * Why writing the store at {@code dir} failed, when the machine is the cause: a full disk (said
   * by an IOException, or by the fault TDB2's memory-mapped files raise when the disk has no room
   * left for a page, with less than {@link #LOW_SPACE} bytes left), or another fault in those
   * files; else null. TDB2 writes through a journal, so what was committed stays as it was.
   */
  static StoreException writeFailure(Path dir, Throwable e) {
    return writeFailure(dir, e, usableSpace(dir));
  }

  /** As {@link #writeFailure(Path, Throwable)}, with {@code usable} bytes left on its disk. */
  static StoreException writeFailure(Path dir, Throwable e, long usable) {
    String unchanged = "; the store is unchanged since the last commit";
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
        return new StoreException("no space left on device while writing the store at " + dir
            + unchanged, e);
      }
      if (t instanceof InternalError && message.contains("unsafe memory access")) {
        return new StoreException(usable < LOW_SPACE
            ? "no space left on device while writing the store at " + dir + unchanged
            : "a fault in the memory-mapped files of the store at " + dir + " while writing it "
                + "(is its disk full, or was a file of it changed by another program?)"
                + unchanged, e);
      }
    }
    return null;
  }

  /** Below this many bytes left, a fault in a mapped file is taken as a full disk. */
  static final long LOW_SPACE = 64L << 20;

  private static long usableSpace(Path dir) {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (java.io.IOException | RuntimeException e) {
      return Long.MAX_VALUE; // not known: the fault is said as it is
    }
  }

  /** Whether {@code dir} is missing or an empty folder: no store, and nothing else, is there. */
  static boolean isEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return false; // not a folder, or unreadable: opening it says why
    }
  }

  /**
   * Whether {@code dir} is a folder that holds a TDB2 database (a {@code Data-NNNN} folder), or
   * one that TDB2 has begun to make (its lock file, taken first: another process may be making it
   * now).
   */
  static boolean isStore(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var entries = Files.list(dir)) {
      return entries.anyMatch(p -> p.getFileName().toString().equals(LOCK_FILE)
          || DATA_FOLDER.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p));
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** What to do about a store folder this process may not write in. */
  static String readOnly(Path dir, String why) {
    return "cannot open the store at " + dir + ": " + why + ". TDB2 writes its lock file even "
        + "to read, so a read-only store cannot be opened: copy it (cp -r " + dir + " COPY, then "
        + "--store COPY), or fix its permissions (chmod -R u+w " + dir + ")";
  }

  /** What was denied, when {@code e} comes from a missing permission; else null. */
  static String permissionDenied(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.file.AccessDeniedException denied) {
        return "permission denied on " + denied.getFile();
      }
      String message = String.valueOf(t.getMessage());
      if (message.contains("Permission denied") || message.contains("Read-only file system")) {
        return "permission denied (" + message + ")";
      }
    }
    return null;
  }

  /**
   * Whether opening failed while taking the store's lock file, rather than after: then this JVM
   * does not hold the lock, and may look at the file itself. Besides its own "held by process"
   * error, Jena fails with a bare NegativeArraySizeException when another process has locked the
   * file and not yet written its pid into it.
   */
  private static boolean failedToLock(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getClassName().equals(ProcessFileLock.class.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean heldByAnotherProcess(Path dir) {
    Path lock = dir.resolve(LOCK_FILE);
    if (!Files.isRegularFile(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return true;
      }
      held.release();
      return false;
    } catch (java.io.IOException | OverlappingFileLockException e) {
      return false;
    }
  }

  /** The holder's pid, from Jena's message or the lock file; empty when it is not written yet. */
  private static String holderPid(Path dir, String message) {
    Matcher m = HELD_BY.matcher(message);
    if (m.find()) {
      return m.group(1);
    }
    try {
      String text = Files.readString(dir.resolve(LOCK_FILE), StandardCharsets.US_ASCII).strip();
      return text.matches("\\d+") ? text : "";
    } catch (java.io.IOException | RuntimeException e) {
      return "";
    }
  }

}
