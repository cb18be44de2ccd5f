package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorsTest {
  @TempDir Path dir;

  private Post only(Path root) throws PostException {
    List<PostException> problems = new ArrayList<>();
    Corpus.Source source = Corpus.find(List.of(root), problems::add).get(0);
    assertEquals(List.of(), problems);
    byte[] bytes = PostReader.bytes(source.file());
    return PostEntries.of(source, bytes, false).entries().get(0).reading().read();
  }

  private static Post read(String text) throws PostException {
    return PostReader.parse(Path.of("p.md"), "p.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void docusaurusAuthorKeysAreResolvedThroughAuthorsYmlAboveThePost() throws IOException,
      PostException {
    Path blog = Files.createDirectories(dir.resolve("blog"));
    Files.writeString(blog.resolve("authors.yml"), """
        ana:
          name: Ana Varga
          title: Staff Engineer at Fernwood Labs
          url: https://example.org/ana
        tom:
          name: Tom Reyes
          title: Maintainer
        """);
    Path post = Files.createDirectories(blog.resolve("2024-02-01-launch"));
    Files.writeString(post.resolve("index.md"), """
        ---
        title: Launch
        authors: [ana, tom, {name: Lea Ortiz, title: CTO @ Brindle}]
        ---
        We launched.
        """);
    assertEquals(List.of(
        new Author("Ana Varga", Optional.of("https://example.org/ana"),
            Optional.of("Fernwood Labs"), Optional.of("Staff Engineer at Fernwood Labs")),
        new Author("Tom Reyes", Optional.empty(), Optional.empty(), Optional.of("Maintainer")),
        new Author("Lea Ortiz", Optional.empty(), Optional.of("Brindle"),
            Optional.of("CTO @ Brindle"))),
        only(dir).authors());
  }

  @Test
  void authorsJsonWorksTooAndAnUnknownKeyIsAName() throws IOException, PostException {
    Files.writeString(dir.resolve("authors.json"),
        "{\"kim\": {\"name\": \"Kim Osei\", \"company\": \"Orchard Bank\"}}");
    Files.writeString(dir.resolve("post.mdx"), "---\nauthors:\n  - kim\n  - Nadia Brandt\n---\n"
        + "Text.\n");
    assertEquals(List.of(new Author("Kim Osei", Optional.empty(), Optional.of("Orchard Bank")),
        Author.named("Nadia Brandt")), only(dir).authors());
  }

  @Test
  void aBylineUnderTheTitleNamesTheAuthorWhenTheFrontMatterDoesNot() throws PostException {
    assertEquals(List.of(new Author("Sam Lee", Optional.empty(), Optional.of("Acme Corp"))),
        read("# Release notes\n\n**Author:** Sam Lee, Acme Corp\n\nWe shipped.\n").authors());
    assertEquals(List.of(Author.named("Jane Doe")),
        read("---\ntitle: T\n---\n_By Jane Doe_\n\nSome text here.\n").authors());
  }

  @Test
  void aSignatureAtTheEndNamesTheAuthor() throws PostException {
    assertEquals(List.of(new Author("Rosa Quintero", Optional.empty(), Optional.of("Pellucid"))),
        read("# Notes\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.\n\nFourth.\n\n"
            + "— Rosa Quintero, Pellucid\n").authors());
  }

  @Test
  void theFrontMatterAuthorWinsAndProseIsNoByline() throws PostException {
    assertEquals(List.of(Author.named("Ida Holm")),
        read("---\nauthor: Ida Holm\n---\nBy Jane Doe\n").authors());
    assertEquals(List.of(), read("By the way, we moved everything to Kestrel.\n").authors());
  }

  @Test
  void linkedNamesEachWithACompanyInParenthesesAreSeveralAuthors() throws PostException {
    Post p = read("""
        ---
        title: Release
        author: >-
          [Mira Solberg](https://example.org/mira) (Fernwood) [Otto
          Brandt](https://example.org/otto) (Brindle Labs) [Lea Ortiz](https://example.org/lea)
        ---
        Out now.
        """);
    assertEquals(List.of(
        new Author("Mira Solberg", Optional.of("https://example.org/mira"),
            Optional.of("Fernwood")),
        new Author("Otto Brandt", Optional.of("https://example.org/otto"),
            Optional.of("Brindle Labs")),
        new Author("Lea Ortiz", Optional.of("https://example.org/lea"), Optional.empty())),
        p.authors());
  }
}
