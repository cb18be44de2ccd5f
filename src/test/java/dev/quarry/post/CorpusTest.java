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
  void aCorpusConfigurationNamesGazetteersInsideTheCorpusOnly() throws Exception {
    Path blog = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(blog.resolve("names.yaml"), "technologies: []\n");
    Files.writeString(dir.resolve("secret.yaml"), "technologies: []\n");
    Files.writeString(blog.resolve("quarry.yaml"), "gazetteers: [names.yaml]\n");
    assertEquals(List.of(blog.resolve("names.yaml")), Corpus.gazetteers(List.of(blog)));
    Files.writeString(blog.resolve("quarry.yaml"), "gazetteers: [../secret.yaml]\n");
    PostException e = assertThrows(PostException.class, () -> Corpus.gazetteers(List.of(blog)));
    assertEquals("gazetteers: ../secret.yaml: outside the corpus folder; give it with "
        + "--gazetteer instead", e.getMessage());
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
  void aLinkToAFileOutsideTheCorpusIsNamedAndNotRead(@TempDir Path outside) throws Exception {
    Path secret = Files.writeString(outside.resolve("credentials.md"), "key: s3cr3t\n");
    Files.writeString(dir.resolve("a.md"), "# A\n");
    Files.createSymbolicLink(dir.resolve("passwd.md"), secret);
    List<PostException> problems = new ArrayList<>();
    List<PostException> refused = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir), false, problems::add, refused::add);
    assertEquals(List.of("a.md"), found.stream().map(Corpus.Source::id).toList());
    assertEquals(List.of(), problems);
    assertEquals(1, refused.size());
    assertEquals(dir.resolve("passwd.md") + ": link to outside the corpus; not followed",
        refused.get(0).describe());
  }

  @Test
  void aLinkToAFolderOutsideTheCorpusIsNotWalked(@TempDir Path outside) throws Exception {
    Files.createDirectories(outside.resolve("home/.aws"));
    Files.writeString(outside.resolve("home/notes.md"), "private\n");
    Files.createSymbolicLink(dir.resolve("home"), outside.resolve("home"));
    List<PostException> refused = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir), false, p -> {}, refused::add);
    assertEquals(List.of(), found);
    assertEquals(List.of(dir.resolve("home")), refused.stream().map(PostException::file).toList());
  }

  @Test
  void followLinksReadsWhatALinkLeadsTo(@TempDir Path outside) throws Exception {
    Path other = Files.writeString(outside.resolve("other.md"), "# Other\n");
    Files.createSymbolicLink(dir.resolve("other.md"), other);
    List<PostException> refused = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir), true, p -> {}, refused::add);
    assertEquals(List.of("other.md"), found.stream().map(Corpus.Source::id).toList());
    assertEquals(List.of(), refused);
  }

  @Test
  void linksInsideTheCorpusAreFollowedAndAFileIsReadOnce() throws Exception {
    Files.createDirectories(dir.resolve("posts"));
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("posts/a.md"), "# A\n");
    Files.writeString(dir.resolve("more/b.md"), "# B\n");
    Files.createSymbolicLink(dir.resolve("a-again.md"), dir.resolve("posts/a.md"));
    Files.createSymbolicLink(dir.resolve("posts/linked"), dir.resolve("more"));
    List<PostException> refused = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir), false, p -> {}, refused::add);
    assertEquals(List.of("more/b.md", "posts/a.md"),
        found.stream().map(Corpus.Source::id).toList());
    assertEquals(List.of(), refused);
  }

  @Test
  void aLinkIntoAnotherFolderNamedIsInsideTheCorpus(@TempDir Path second) throws Exception {
    Path b = Files.writeString(second.resolve("b.md"), "# B\n");
    Files.createSymbolicLink(dir.resolve("b-link.md"), b);
    List<PostException> refused = new ArrayList<>();
    List<Corpus.Source> found = Corpus.find(List.of(dir, second), false, p -> {}, refused::add);
    assertEquals(List.of("b.md"), found.stream().map(Corpus.Source::id).toList());
    assertEquals(List.of(), refused);
  }

  @Test
  void aBackslashInAFileNameIsNotAFolder() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/b.md"), "# One\n");
    Files.writeString(dir.resolve("a\\b.md"), "# Two\n");
    List<String> ids = Corpus.find(List.of(dir), p -> {}).stream().map(Corpus.Source::id).toList();
    assertEquals(2, ids.size());
    assertEquals(2, ids.stream().distinct().count(), ids.toString());
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
