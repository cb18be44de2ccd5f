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

class FrontMatterFormatsTest {
  private static final Path FILE = Path.of("content/posts/hello.md");

  private static Post read(String text) throws PostException {
    return PostReader.parse(FILE, "hello.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tomlFrontMatterGivesTheSameFieldsAsYaml() throws PostException {
    Post post = read("""
        +++
        title = "Rolling out Kestrel at Fernwood"
        date = 2023-04-05T09:30:00+02:00
        author = "Mira Castell (Fernwood Labs)"
        description = "How we moved our queues."
        tags = ["queues", "kestrel"]
        categories = ["engineering"]
        [params]
        image = "cover.png"
        +++

        Fernwood Labs moved every queue to Kestrel in March.
        """);
    assertEquals("Rolling out Kestrel at Fernwood", post.title());
    assertEquals(Optional.of(LocalDate.of(2023, 4, 5)), post.date());
    assertEquals(List.of(new Author("Mira Castell", Optional.empty(),
        Optional.of("Fernwood Labs"))), post.authors());
    assertEquals(Optional.of("How we moved our queues."), post.frontMatter().description());
    assertEquals(List.of("queues", "kestrel"), post.frontMatter().tags());
    assertEquals(List.of("engineering"), post.frontMatter().categories());
    assertTrue(post.body().text().contains("Fernwood Labs moved every queue"));
    assertFalse(post.body().text().contains("+++"));
  }

  @Test
  void aTomlTitleMapsBackToItsLineAndOffset() throws PostException {
    String source = "+++\ndraft = false\ntitle = \"Quiet Harbor\"\n+++\nText.\n";
    Post post = read(source);
    PlainText body = post.body();
    int at = body.text().indexOf("Quiet Harbor");
    assertEquals(source.indexOf("Quiet Harbor"), body.sourceOffset(at));
    assertEquals(3, body.sourceLine(at));
  }

  @Test
  void aTomlDateThatIsNotADateNamesItsLine() throws PostException {
    Post post = read("+++\ntitle = \"T\"\n\ndate = \"someday\"\n+++\nBody.\n");
    assertEquals(Optional.empty(), post.date());
    assertEquals(List.of(new Problem(4, "date 'someday' is not a date; ignored")), post.problems());
  }

  @Test
  void malformedTomlNamesTheLineInTheFile() {
    PostException e = assertThrows(PostException.class,
        () -> read("+++\ntitle = \"ok\"\ndate = = 3\n+++\nBody\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("front matter is not valid TOML"), e.getMessage());
  }

  @Test
  void anUnclosedTomlFrontMatterIsAnErrorOnLineOne() {
    PostException e = assertThrows(PostException.class, () -> read("+++\ntitle = \"x\"\nBody\n"));
    assertEquals("content/posts/hello.md:1: front matter opened with '+++' is never closed",
        e.describe());
  }

  @Test
  void jsonFrontMatterOpensThePostAndTheBodyFollowsIt() throws PostException {
    String source = """
        {
          "title": "Notes from the Lakeside meetup",
          "date": "2022-11-19",
          "authors": ["Oren Blau", "Tess Quill"],
          "tags": ["meetup"],
          "draft": false
        }
        Oren Blau spoke about tracing at the Lakeside meetup.
        """;
    Post post = read(source);
    assertEquals("Notes from the Lakeside meetup", post.title());
    assertEquals(Optional.of(LocalDate.of(2022, 11, 19)), post.date());
    assertEquals(List.of(Author.named("Oren Blau"), Author.named("Tess Quill")), post.authors());
    assertEquals(List.of("meetup"), post.frontMatter().tags());
    assertFalse(post.draft());
    assertFalse(post.body().text().contains("{"), post.body().text());
    int at = post.body().text().indexOf("spoke about");
    assertEquals(source.indexOf("spoke about"), post.body().sourceOffset(at));
    assertEquals(8, post.body().sourceLine(at));
    int title = post.body().text().indexOf("Notes from");
    assertEquals(2, post.body().sourceLine(title));
  }

  @Test
  void malformedJsonNamesTheLineInTheFile() {
    PostException e = assertThrows(PostException.class,
        () -> read("{\n  \"title\": \"x\",\n  \"date\" \"2022-01-01\"\n}\nBody\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("front matter is not valid JSON"), e.getMessage());
  }

  @Test
  void draftTrueAndPublishedFalseMarkADraftInEveryFormat() throws PostException {
    assertTrue(read("---\ntitle: A\ndraft: true\n---\nText.\n").draft());
    assertTrue(read("---\ntitle: A\npublished: false\n---\nText.\n").draft());
    assertTrue(read("+++\ntitle = \"A\"\ndraft = true\n+++\nText.\n").draft());
    assertTrue(read("{\"title\": \"A\", \"draft\": true}\nText.\n").draft());
    Post published = read("---\ntitle: A\npublished: true\ndate: 2020-01-02\n---\nText.\n");
    assertFalse(published.draft());
    assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), published.date());
    assertEquals(List.of(), published.problems());
  }
}
