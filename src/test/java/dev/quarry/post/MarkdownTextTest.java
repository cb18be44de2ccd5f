package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  private static Post read(String text) throws PostException {
    return PostReader.parse(Path.of("p.md"), "p.md", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void inlineCodeIsKeptWithWhereItStandsButCodeBlocksAreNot() throws PostException {
    PlainText body = read("""
        Ask the `quibble-trace` maintainers or run `make all` twice.

        ```
        fenced `not-a-span`
        ```
        """).body();
    List<String> spans = body.code().stream()
        .map(c -> body.text().substring(c.start(), c.end())).toList();
    assertEquals(List.of("quibble-trace", "make all"), spans);
  }

  @Test
  void codeBlocksScriptsAndHtmlTagsAreLeftOutButInlineCodeAndHtmlTextStay()
      throws PostException {
    String text = read("""
        Use `vtgate` here.

        ```sql
        SELECT secret FROM code;
        ```

        <div class="note">Text in html.</div>

        <script>var hidden = 1;</script>

        After.
        """).body().text();
    assertTrue(text.contains("Use vtgate here."), text);
    assertFalse(text.contains("secret"), text);
    assertTrue(text.contains("Text in html."), text);
    assertFalse(text.contains("hidden"), text);
    assertFalse(text.contains("<"), text);
    assertTrue(text.contains("After."), text);
  }

  @Test
  void blocksAreSeparatedByABlankLineSoHeadingsDoNotGlueToText() throws PostException {
    String text = read("## Day 1 - Brussels\nWe went.\n\n- item one\n- item two\n").body().text();
    assertEquals("Day 1 - Brussels\n\nWe went.\n\nitem one\n\nitem two\n\n", text);
  }

  @Test
  void eachTableRowIsABlockWithItsCellsApartAndItsLinksKept() throws PostException {
    Post post = read("""
        | When | Session | Who |
        | --- | --- | --- |
        | 9:00 | [Caching **at** the Edge](https://example.org/c) | Ada Moss (Acme) |
        """);
    String text = post.body().text();
    assertEquals("When | Session | Who\n\n9:00 | Caching at the Edge | Ada Moss (Acme)\n\n", text);
    List<Block> rows = post.body().blocks().stream()
        .filter(b -> b.kind() == Block.Kind.TABLE).toList();
    assertEquals(2, rows.size(), post.body().blocks().toString());
    assertEquals("9:00 | Caching at the Edge | Ada Moss (Acme)",
        text.substring(rows.get(1).start(), rows.get(1).end()));
    Link link = post.body().links().get(0);
    assertEquals("Caching at the Edge", text.substring(link.start(), link.end()));
  }

  @Test
  void aTablesHeaderRowIsMarkedAndItsBodyRowsAreNot() throws PostException {
    Post post = read("""
        | Talk | Speaker |
        | --- | --- |
        | Caching at the Edge | Ada Moss |
        | Queues Without Tears | Bo Lind |

        | Plain | Table |
        | --- | --- |
        | a | b |
        """);
    List<Boolean> headers = post.body().blocks().stream()
        .filter(b -> b.kind() == Block.Kind.TABLE).map(Block::tableHeader).toList();
    assertEquals(List.of(true, false, false, true, false), headers);
  }

  @Test
  void linkTargetsAndEmbeddedPlayersAreKept() throws PostException {
    Post post = read("""
        Watch the [keynote](https://youtu.be/two3TzF9mVY?t=105) now.

        <iframe width="640" src="https://player.vimeo.com/video/315525849"></iframe>

        {{< youtube H4B5zLBfGN8 >}}
        """);
    List<Link> links = post.body().links();
    assertEquals(3, links.size(), links.toString());
    Link keynote = links.get(0);
    assertEquals("https://youtu.be/two3TzF9mVY?t=105", keynote.url());
    assertEquals("keynote", post.body().text().substring(keynote.start(), keynote.end()));
    assertEquals(Link.Kind.EMBED, links.get(1).kind());
    assertEquals("https://player.vimeo.com/video/315525849", links.get(1).url());
    assertEquals("https://www.youtube.com/watch?v=H4B5zLBfGN8", links.get(2).url());
    assertFalse(post.body().text().contains("{{"), post.body().text());
  }

  @Test
  void textOffsetsMapBackToSourceLinesAndOffsets() throws PostException {
    String source = "---\ntitle: t\n---\n\nFirst paragraph.\n\nSecond **bold** word.\n";
    Post post = read(source);
    PlainText body = post.body();
    int bold = body.text().indexOf("bold");
    assertEquals(7, body.sourceLine(bold));
    assertEquals(source.indexOf("bold"), body.sourceOffset(bold));
    int first = body.text().indexOf("First");
    assertEquals(5, body.sourceLine(first));
  }

  @Test
  void imageAltTextIsNotProse() throws PostException {
    String text = read("Before ![Guido Intaqui](/img/x.jpg) after.\n").body().text();
    assertFalse(text.contains("Guido"), text);
  }
}
