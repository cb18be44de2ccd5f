package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own lists of names, given with --gazetteer or in a quarry.yaml beside the posts. */
class UserGazetteerIT {
  @TempDir Path tmp;

  private Path corpus() throws IOException {
    Path blog = Files.createDirectories(tmp.resolve("blog"));
    Files.writeString(blog.resolve("post.md"), """
        ---
        title: Team notes
        ---
        This week qoro shipped its first release, and dr. pell reviewed every change.
        """);
    return blog;
  }

  private List<String> entities(String store) {
    Cli r = Cli.run("query", "queries/entities.rq", "--store", store, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    return r.out().lines().toList();
  }

  @Test
  void namesFromTheUsersListsAreFoundWithTheirTypes() throws IOException {
    Path blog = corpus();
    Path tech = Files.writeString(tmp.resolve("tech.yaml"),
        "type: Technology\nentries:\n  - qoro\n");
    Files.writeString(blog.resolve("people.yaml"),
        "type: Person\nentries:\n  - {name: Dana Pell, aliases: [dr. pell]}\n");
    Files.writeString(blog.resolve("quarry.yaml"), "gazetteers: [people.yaml]\n");
    String store = tmp.resolve("store").toString();

    Cli r = Cli.run("ingest", blog.toString(), "--store", store, "--gazetteer", tech.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> rows = entities(store);
    assertTrue(rows.contains("post.md,Technology,qoro"), rows.toString());
    assertTrue(rows.contains("post.md,Person,Dana Pell"), rows.toString());

    // without the lists, the same words are no names
    String plain = tmp.resolve("plain").toString();
    Files.delete(blog.resolve("quarry.yaml"));
    assertEquals(0, Cli.run("ingest", blog.toString(), "--store", plain).exitCode());
    assertFalse(entities(plain).stream().anyMatch(l -> l.contains("qoro") || l.contains("Pell")));
  }

  @Test
  void aListThatIsNotAGazetteerIsAUsageErrorNamingItsLine() throws IOException {
    Path blog = corpus();
    Path bad = Files.writeString(tmp.resolve("bad.yaml"),
        "type: Person\nentries:\n  - Dana Pell\n  - {aliases: [x]}\n");
    Cli r = Cli.run("ingest", blog.toString(), "--store", tmp.resolve("s").toString(),
        "--gazetteer", bad.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(bad + ":4: entry without a name"), r.err());
  }
}
