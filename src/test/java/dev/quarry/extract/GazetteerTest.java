package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own gazetteer files, read beside Quarry's. */
class GazetteerTest {
  @TempDir Path dir;

  @Test
  void aUsersListAddsPeopleAndPlacesAndOverridesQuarrysType() throws IOException {
    Path people = Files.writeString(dir.resolve("people.yaml"), """
        type: Person
        entries:
          - {name: Priya Raman, aliases: [Priya R.]}
        """);
    Path ours = Files.writeString(dir.resolve("ours.yaml"), """
        type: Organization
        entries:
          - Vitess
          - Zorblatt
        """);
    Gazetteer g = Gazetteer.load(List.of(people, ours));
    assertEquals(Optional.of(EntityType.PERSON), g.lookup("priya r.").map(Gazetteer.Entry::type));
    assertEquals(Optional.of(EntityType.ORGANIZATION), g.lookup("Zorblatt").map(Gazetteer.Entry::type));
    assertEquals(Optional.of(EntityType.ORGANIZATION), g.lookup("Vitess").map(Gazetteer.Entry::type));
    assertEquals(Optional.of(EntityType.TECHNOLOGY),
        Gazetteer.load().lookup("Vitess").map(Gazetteer.Entry::type));
    assertTrue(!g.userFingerprint().isEmpty() && Gazetteer.load().userFingerprint().isEmpty());
  }

  @Test
  void aBadEntryIsNamedByFileAndLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), """
        type: Technology
        entries:
          - Snorkel
          - {aliases: [Snork]}
        """);
    GazetteerException e = assertThrows(GazetteerException.class,
        () -> Gazetteer.load(List.of(bad)));
    assertTrue(e.describe().startsWith(bad + ":4: entry without a name"), e.describe());
  }

  @Test
  void anUnknownTypeOrBrokenYamlIsNamed() throws IOException {
    Path type = Files.writeString(dir.resolve("type.yaml"), "type: Gadget\nentries: [X]\n");
    assertTrue(assertThrows(GazetteerException.class, () -> Gazetteer.load(List.of(type)))
        .describe().contains("unknown entity type 'Gadget'"));
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "type: Person\nentries: [a, b\n");
    assertTrue(assertThrows(GazetteerException.class, () -> Gazetteer.load(List.of(broken)))
        .describe().startsWith(broken + ":"));
  }
}
