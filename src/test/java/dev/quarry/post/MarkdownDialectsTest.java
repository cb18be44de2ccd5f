package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownDialectsTest {
  private static Post read(String name, String source) throws PostException {
    return PostReader.parse(Path.of(name), name, source.getBytes(StandardCharsets.UTF_8));
  }

  /** The text at {@code phrase} maps back to the same phrase in the source, on its line. */
  private static void mapsBack(Post post, String source, String phrase) {
    String text = post.body().text();
    int at = text.indexOf(phrase);
    assertTrue(at >= 0, "'" + phrase + "' not in: " + text);
    int src = post.body().sourceOffset(at);
    assertEquals(phrase, source.substring(src, src + phrase.length()), "offset of " + phrase);
    int line = source.substring(0, source.indexOf(phrase)).split("\n", -1).length;
    assertEquals(line, post.body().sourceLine(at), "line of " + phrase);
  }

  @Test
  void mdxImportsAndExportsAreLeftOutAndTextInsideComponentsIsKept() throws PostException {
    String source = """
        ---
        title: Choosing a queue
        ---
        import Tabs from '@theme/Tabs';
        import TabItem from '@theme/TabItem';
        export const meta = {
          owner: 'platform',
        };

        {/* a note to the editors */}
        <Tabs>
        <TabItem value="cloud" label="Cloud">
        Brindle Systems runs **Kestrel** in three regions.
        </TabItem>
        <TabItem value="self">Teams at Orchard Bank host it themselves.</TabItem>
        </Tabs>

        <Admonition type="tip" />
        Plain text after the components.
        """;
    Post post = read("queue.mdx", source);
    String text = post.body().text();
    for (String markup : new String[] {"import", "export", "owner", "<", "/>", "{/*", "editors",
        "**", "TabItem"}) {
      assertFalse(text.contains(markup), markup + " in: " + text);
    }
    mapsBack(post, source, "Brindle Systems runs");
    mapsBack(post, source, "Kestrel");
    mapsBack(post, source, "in three regions.");
    assertTrue(text.contains("Brindle Systems runs Kestrel in three regions."), text);
    mapsBack(post, source, "Teams at Orchard Bank host it themselves.");
    mapsBack(post, source, "Plain text after the components.");
  }

  @Test
  void liquidTagsAreLeftOutAndHighlightBlocksAreCode() throws PostException {
    String source = """
        ---
        layout: post
        title: Upgrading Tamarack
        ---
        We upgraded Tamarack last week. {% include note.html %}

        {% highlight ruby %}
        puts "secret code"
        {% endhighlight %}

        {% raw %}Greta Lindqvist led the upgrade.{% endraw %}
        """;
    Post post = read("2021-03-04-upgrade.markdown", source);
    String text = post.body().text();
    assertFalse(text.contains("{%"), text);
    assertFalse(text.contains("secret code"), text);
    assertFalse(text.contains("include"), text);
    mapsBack(post, source, "We upgraded Tamarack last week.");
    mapsBack(post, source, "Greta Lindqvist led the upgrade.");
  }

  @Test
  void hugoShortcodesAreLeftOutButCaptionsTitlesAndAltTextAreKept() throws PostException {
    String source = """
        +++
        title = "Meetup photos"
        +++
        The Lakeside meetup was full.

        {{< figure src="/img/crowd.jpg" caption="Ines Marlow opening the Lakeside meetup" >}}

        {{< youtube dQw4w9WgXcQ >}}

        {{% notice info %}}
        Slides are on the meetup page.
        {{% /notice %}}

        {{< highlight go >}}
        fmt.Println("hidden")
        {{< /highlight >}}
        """;
    Post post = read("photos.md", source);
    String text = post.body().text();
    assertFalse(text.contains("{{"), text);
    assertFalse(text.contains("hidden"), text);
    assertFalse(text.contains("crowd.jpg"), text);
    mapsBack(post, source, "Ines Marlow opening the Lakeside meetup");
    mapsBack(post, source, "Slides are on the meetup page.");
    assertTrue(post.body().links().stream().anyMatch(
        l -> l.url().equals("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
            && l.kind() == Link.Kind.EMBED), post.body().links().toString());
  }

  @Test
  void htmlBlocksKeepTheirTextAsBlocks() throws PostException {
    String source = """
        Intro paragraph.

        <details>
        <summary>Who came</summary>
        Engineers from Pellucid Analytics &amp; friends.
        </details>

        <center>First line<br>Second line</center>
        """;
    Post post = read("html.md", source);
    String text = post.body().text();
    assertFalse(text.contains("<"), text);
    assertTrue(text.contains("Engineers from Pellucid Analytics & friends."), text);
    assertTrue(text.contains("First line\nSecond line"), text);
    mapsBack(post, source, "Who came");
    mapsBack(post, source, "Engineers from Pellucid Analytics");
    mapsBack(post, source, "Second line");
    assertTrue(post.body().blocks().stream().anyMatch(b -> text.substring(b.start(), b.end())
        .equals("Who came")), post.body().blocks().toString());
  }

  @Test
  void markupInsideFencedCodeIsCodeAndStaysOut() throws PostException {
    String source = "Before.\n\n```\n{{< figure caption=\"not a caption\" >}}\nimport x from 'y';\n"
        + "```\n\nAfter.\n";
    String text = read("code.md", source).body().text();
    assertEquals("Before.\n\nAfter.\n\n", text);
  }
}
