package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir Path dir;

  @Test
  void findsPostsByExtensionOrFrontMatterAndSkipsTheRest() throws Exception {
    Files.writeString(dir.resolve("a.md"), "# A\n");
    Files.writeString(dir.resolve("b.txt"), "---\ntitle: B\n---\n");
    Files.writeString(dir.resolve("c.html"), "---\ntitle: C\n---\n");
    Files.writeString(dir.resolve("d.png"), "not a post");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/e.markdown"), "text\n");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/f.md"), "hidden\n");
    List<String> ids = Corpus.find(List.of(dir), p -> {}).stream().map(Corpus.Source::id).toList();
    assertEquals(List.of("a.md", "b.txt", "c.html", "sub/e.markdown"), ids);
  }

  @Test
  void aSymlinkLoopIsReportedAndTheWalkGoesOn() throws IOException, PostException {
    Files.writeString(dir.resolve("a.md"), "# A\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    List<PostException> problems = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir), problems::add);
    assertEquals(List.of("a.md"), found.stream().map(Corpus.Source::id).toList());
    assertEquals(1, problems.size());
    assertEquals("symbolic link loop; not followed", problems.get(0).getMessage());
  }

  @Test
  void theNearestQuarryYamlNamesTheBlogsOrganization() throws Exception {
    Files.writeString(dir.resolve("quarry.yaml"), "organization: Acme\n");
    Files.createDirectories(dir.resolve("team-b"));
    Files.writeString(dir.resolve("team-b/quarry.yaml"), "organization: Globex\n");
    Files.writeString(dir.resolve("a.md"), "# A\n");
    Files.writeString(dir.resolve("team-b/b.md"), "# B\n");
    List<Corpus.Source> found = Corpus.find(List.of(dir), p -> {});
    assertEquals(List.of("a.md", "team-b/b.md"), found.stream().map(Corpus.Source::id).toList());
    assertEquals(java.util.Optional.of("Acme"), found.get(0).organization());
    assertEquals(java.util.Optional.of("Globex"), found.get(1).organization());
  }

  @Test
  void aMissingFolderIsAnError() {
    assertThrows(PostException.class, () -> Corpus.find(List.of(dir.resolve("nope")), p -> {}));
  }
}
