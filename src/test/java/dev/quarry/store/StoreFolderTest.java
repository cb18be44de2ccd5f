package dev.quarry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a store folder that cannot be opened is explained to the user. */
class StoreFolderTest {
  @TempDir Path tmp;

  @Test
  void aFolderIsAStoreOnlyOnceTdbHasMadeItsDatabaseThere() throws Exception {
    Path dir = tmp.resolve("s");
    assertFalse(StoreFolder.isStore(dir));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "x");
    assertFalse(StoreFolder.isStore(dir));
    TdbStore.open(dir, true).close();
    assertTrue(StoreFolder.isStore(dir));
  }

  @Test
  void aFolderWhereTdbHasTakenItsLockIsAStoreBeingMade() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("s"));
    Files.writeString(dir.resolve("tdb.lock"), "");
    assertTrue(StoreFolder.isStore(dir));
  }

  @Test
  void aLockFileThatCannotBeOpenedIsAPermissionProblemWithWhatToDo() {
    Path dir = tmp.resolve("shared-store");
    // what Jena throws when it cannot open tdb.lock for writing
    RuntimeException jena = new RuntimeException("Failed to open '" + dir + "/tdb.lock'",
        new AccessDeniedException(dir + "/tdb.lock"));
    StoreException e = StoreFolder.openFailure(dir, jena);
    assertTrue(e.getMessage().startsWith("cannot open the store at " + dir
        + ": permission denied on " + dir + "/tdb.lock"), e.getMessage());
    assertTrue(e.getMessage().contains("copy it (cp -r " + dir), e.getMessage());
    assertTrue(e.getMessage().contains("chmod -R u+w " + dir), e.getMessage());
  }

  @Test
  void anotherFailureIsSaidAsItIs() {
    Path dir = tmp.resolve("s");
    StoreException e = StoreFolder.openFailure(dir, new IllegalStateException("bad block"));
    assertEquals("cannot open the store at " + dir + ": bad block", e.getMessage());
  }
}
