package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostReaderTest {
  private static final Path FILE = Path.of("posts/example.md");

  private static Post read(String text) throws PostException {
    return PostReader.parse(FILE, "example.md", text.getBytes(StandardCharsets.UTF_8));
  }

  private static Post withFrontMatter(String yaml) throws PostException {
    return read("---\n" + yaml + "\n---\n\nBody text.\n");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "date: 2019-02-11                       | 2019-02-11",
      "date: '2019-10-21'                     | 2019-10-21",
      "date: '2019-12-09T11:00:00.000Z'       | 2019-12-09",
      "published: 2016-03-03T14:07:00-08:00   | 2016-03-03",
      "date: 2020-05-01T10:00:00              | 2020-05-01",
      "date: 2021-01-31 23:59:00 +0800        | 2021-01-31",
  })
  void readsEveryDateForm(String line, String expected) throws PostException {
    assertEquals(Optional.of(LocalDate.parse(expected)), withFrontMatter(line).date());
  }

  @Test
  void aDateThatIsNotADateIsReportedWithItsLineAndLeftOut() throws PostException {
    Post post = withFrontMatter("title: T\ndate: next tuesday");
    assertEquals(Optional.empty(), post.date());
    assertEquals(List.of(new Problem(3, "date 'next tuesday' is not a date; ignored")),
        post.problems());
  }

  @Test
  void readsAuthorAsStringListAndJoinedNames() throws PostException {
    assertEquals(List.of(Author.named("Lucy Burns")), withFrontMatter("author: Lucy Burns").authors());
    assertEquals(List.of(Author.named("Kevin Xu")), withFrontMatter("author: ['Kevin Xu']").authors());
    assertEquals(List.of(Author.named("Ben Ye"), Author.named("Chengwen Yin")),
        withFrontMatter("authors: ['Ben Ye', 'Chengwen Yin']").authors());
    assertEquals(
        List.of(Author.named("Ana Hobden"), Author.named("Jay Lee"), Author.named("Wish Shi")),
        withFrontMatter("author: Ana Hobden, Jay Lee and Wish Shi").authors());
  }

  @Test
  void readsAuthorLinksAndCompanies() throws PostException {
    assertEquals(
        List.of(new Author("Austin Parker", Optional.of("https://github.com/austinlparker"),
            Optional.empty())),
        withFrontMatter("author: '[Austin Parker](https://github.com/austinlparker)'").authors());
    assertEquals(
        List.of(new Author("Adriana Villela", Optional.of("https://github.com/avillela"),
            Optional.of("Lightstep"))),
        withFrontMatter("author: '[Adriana Villela](https://github.com/avillela) (Lightstep)'")
            .authors());
    assertEquals(
        List.of(new Author("Severin Neumann", Optional.of("https://github.com/svrnm"),
            Optional.of("Cisco"))),
        withFrontMatter("author: '[Severin Neumann](https://github.com/svrnm), Cisco'").authors());
    assertEquals(
        List.of(new Author("Pablo Baeyens", Optional.of("https://github.com/mx-psi"),
            Optional.of("OpenTelemetry, Datadog"))),
        withFrontMatter("author: '[Pablo Baeyens](https://github.com/mx-psi) (OpenTelemetry, Datadog)'")
            .authors());
    assertEquals(List.of(new Author("Jane Doe", Optional.empty(), Optional.of("Acme"))),
        withFrontMatter("author: Jane Doe (Acme)").authors());
  }

  @Test
  void aGroupNameWithLowerCaseWordsIsOneAuthor() throws PostException {
    assertEquals(List.of(Author.named("Maintainers of TiDB and TiKV")),
        withFrontMatter("author: ['Maintainers of TiDB and TiKV']").authors());
  }

  @Test
  void readsDescriptionOrSummaryTagsCategoriesAndKeepsUnknownKeys() throws PostException {
    Post post = withFrontMatter("""
        title: 'FOSDEM 2019 Recap'
        summary: In this post, Kevin shares things.
        tags: ['TiKV', 'Rust']
        categories: ['Open Source Community']
        cSpell:ignore: foo bar
        share: true""");
    FrontMatter fm = post.frontMatter();
    assertEquals("FOSDEM 2019 Recap", post.title());
    assertEquals(Optional.of("In this post, Kevin shares things."), fm.description());
    assertEquals(List.of("TiKV", "Rust"), fm.tags());
    assertEquals(List.of("Open Source Community"), fm.categories());
    assertEquals("foo bar", fm.extra().get("cSpell:ignore"));
    assertEquals("true", fm.extra().get("share"));
  }

  @Test
  void aListWhereTheTitleBelongsIsReportedAndTheTitleComesFromTheHeading() throws PostException {
    Post post = read("---\ntitle: [a, b]\n---\n# The Real Title\n\nText.\n");
    assertEquals("The Real Title", post.title());
    assertEquals(List.of(new Problem(2, "title is a list, expected text; ignored")),
        post.problems());
  }

  @Test
  void bomCrlfAndNoFinalNewlineAreNormalInput() throws PostException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String text = "---\r\ntitle: 'Windows post'\r\ndate: 2020-01-02\r\n---\r\nHello *world*";
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    Post post = PostReader.parse(FILE, "example.md", bytes);
    assertEquals("Windows post", post.title());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), post.date());
    assertEquals("Windows post\n\nHello world", post.body().text().strip());
    assertTrue(post.problems().isEmpty());
  }

  @Test
  void withoutFrontMatterTheTitleIsTheFirstHeadingElseTheFileName() throws PostException {
    assertEquals("Scaling Vitess", read("Intro.\n\n## Scaling Vitess\n\nMore.\n").title());
    assertEquals("example", read("Just some text.\n").title());
  }

  @Test
  void anUnclosedFrontMatterIsAnErrorOnLineOne() {
    PostException e = assertThrows(PostException.class, () -> read("---\ntitle: x\n\nBody\n"));
    assertEquals(1, e.line());
    assertEquals("posts/example.md:1: front matter opened with '---' is never closed", e.describe());
  }

  @Test
  void malformedYamlNamesTheLineInTheFile() {
    PostException e = assertThrows(PostException.class,
        () -> read("---\ntitle: ok\nauthor: [unclosed\ndate: 2019-01-01\n---\nBody\n"));
    assertTrue(e.line() >= 3 && e.line() <= 5, "line " + e.line());
    assertTrue(e.getMessage().startsWith("front matter is not valid YAML"), e.getMessage());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252AndSaysSo() throws PostException {
    byte[] bytes = "---\ntitle: Caf\u00e9\n---\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
    Post post = PostReader.parse(FILE, "example.md", bytes);
    assertEquals("Caf\u00e9", post.title());
    assertEquals(List.of(new Problem(2, "not valid UTF-8; read as Windows-1252")), post.problems());
  }

  @Test
  void binaryAndEmptyFilesAreNotPosts() {
    assertThrows(PostException.class,
        () -> PostReader.parse(FILE, "x", new byte[] {'P', 'K', 3, 4, 0, 0, 1}));
    assertThrows(PostException.class, () -> PostReader.parse(FILE, "x", new byte[0]));
  }

  @Test
  void theContentHashChangesWithTheContent() throws PostException {
    assertEquals(read("a\n").contentHash(), read("a\n").contentHash());
    assertFalse(read("a\n").contentHash().equals(read("b\n").contentHash()));
  }
}
