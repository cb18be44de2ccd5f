package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WxrReaderTest {
  static final String EXPORT = """
      <?xml version="1.0" encoding="UTF-8" ?>
      <rss version="2.0"
        xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:wp="http://wordpress.org/export/1.2/">
      <channel>
        <title>Saltmarsh Engineering</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[pnoor]]></wp:author_login><wp:author_display_name><![CDATA[Priya Noor]]></wp:author_display_name></wp:author>
        <item>
          <title><![CDATA[How Saltmarsh moved to Kestrel]]></title>
          <pubDate>Tue, 14 Mar 2023 09:00:00 +0000</pubDate>
          <dc:creator><![CDATA[pnoor]]></dc:creator>
          <content:encoded><![CDATA[<!-- wp:paragraph -->
      <p>Priya Noor led the move to <a href="https://example.org/kestrel">Kestrel</a> at Saltmarsh.</p>
      <!-- /wp:paragraph -->

      <!-- wp:heading -->
      <h2>What we learned</h2>
      <!-- /wp:heading -->

      <!-- wp:code -->
      <pre class="wp-block-code"><code>kestrel --secret-flag</code></pre>
      <!-- /wp:code -->

      <!-- wp:image -->
      <figure><img src="team.jpg" alt="the team"/><figcaption>The platform team in Lisbon.</figcaption></figure>
      <!-- /wp:image -->]]></content:encoded>
          <excerpt:encoded><![CDATA[]]></excerpt:encoded>
          <wp:post_id>11</wp:post_id>
          <wp:post_date><![CDATA[2023-03-14 10:00:00]]></wp:post_date>
          <wp:post_name><![CDATA[kestrel]]></wp:post_name>
          <wp:status><![CDATA[publish]]></wp:status>
          <wp:post_type><![CDATA[post]]></wp:post_type>
          <category domain="category" nicename="engineering"><![CDATA[Engineering]]></category>
          <category domain="post_tag" nicename="queues"><![CDATA[queues]]></category>
        </item>
        <item>
          <title>Half-written thoughts</title>
          <dc:creator>pnoor</dc:creator>
          <content:encoded><![CDATA[<p>Not ready yet.</p>]]></content:encoded>
          <wp:post_id>12</wp:post_id>
          <wp:status>draft</wp:status>
          <wp:post_type>post</wp:post_type>
        </item>
        <item>
          <title>About us</title>
          <content:encoded><![CDATA[<p>Saltmarsh makes boats.</p>]]></content:encoded>
          <wp:post_id>13</wp:post_id>
          <wp:status>publish</wp:status>
          <wp:post_type>page</wp:post_type>
        </item>
        <item>
          <title>team.jpg</title>
          <wp:post_id>14</wp:post_id>
          <wp:status>inherit</wp:status>
          <wp:post_type>attachment</wp:post_type>
        </item>
        <item>
          <title>How Saltmarsh moved to Kestrel</title>
          <wp:post_id>15</wp:post_id>
          <wp:status>inherit</wp:status>
          <wp:post_type>revision</wp:post_type>
        </item>
      </channel>
      </rss>
      """;

  private static PostEntries.Found read(String export, boolean pages) throws PostException {
    Path file = Path.of("blog/export.xml");
    return PostEntries.of(new Corpus.Source(file, "export.xml", Optional.empty()),
        export.getBytes(StandardCharsets.UTF_8), pages);
  }

  @Test
  void everyPublishedPostIsAPostWithTitleDateAuthorCategoriesAndTags() throws PostException {
    PostEntries.Found found = read(EXPORT, false);
    assertEquals(List.of("export.xml/11", "export.xml/12"),
        found.entries().stream().map(PostEntry::id).toList());
    PostEntry entry = found.entries().get(0);
    assertFalse(entry.draft().getAsBoolean());
    Post post = entry.reading().read();
    assertEquals("How Saltmarsh moved to Kestrel", post.title());
    assertEquals("export.xml", post.fileName());
    assertEquals(Optional.of(LocalDate.of(2023, 3, 14)), post.date());
    assertEquals(List.of(Author.named("Priya Noor")), post.authors());
    assertEquals(List.of("Engineering"), post.frontMatter().categories());
    assertEquals(List.of("queues"), post.frontMatter().tags());
    assertTrue(found.entries().get(1).draft().getAsBoolean());
  }

  @Test
  void theBodyIsTextWithoutMarkupCodeOrBlockComments() throws PostException {
    Post post = read(EXPORT, false).entries().get(0).reading().read();
    String text = post.body().text();
    assertTrue(text.contains("Priya Noor led the move to Kestrel at Saltmarsh."), text);
    assertTrue(text.contains("What we learned"), text);
    assertTrue(text.contains("The platform team in Lisbon."), text);
    for (String markup : new String[] {"<", "wp:", "secret", "the team", "CDATA"}) {
      assertFalse(text.contains(markup), markup + " in: " + text);
    }
    assertTrue(post.body().links().stream()
        .anyMatch(l -> l.url().equals("https://example.org/kestrel")));
  }

  @Test
  void offsetsAndLinesPointIntoTheExportFile() throws PostException {
    Post post = read(EXPORT, false).entries().get(0).reading().read();
    for (String phrase : new String[] {"How Saltmarsh moved", "Priya Noor led", "What we learned",
        "The platform team"}) {
      int at = post.body().text().indexOf(phrase);
      int src = post.body().sourceOffset(at);
      assertEquals(phrase, EXPORT.substring(src, src + phrase.length()), phrase);
      int line = EXPORT.substring(0, EXPORT.indexOf(phrase)).split("\n", -1).length;
      assertEquals(line, post.body().sourceLine(at), phrase);
    }
  }

  @Test
  void pagesAttachmentsAndRevisionsAreSkippedAndNamed() throws PostException {
    assertEquals(List.of("export.xml: 1 page skipped (--pages reads them)",
        "export.xml: 1 attachment skipped", "export.xml: 1 revision skipped"),
        read(EXPORT, false).skipped());
    PostEntries.Found withPages = read(EXPORT, true);
    assertEquals(List.of("export.xml/11", "export.xml/12", "export.xml/13"),
        withPages.entries().stream().map(PostEntry::id).toList());
  }

  @Test
  void changingOnePostChangesOnlyItsHash() throws PostException {
    List<PostEntry> before = read(EXPORT, false).entries();
    List<PostEntry> after = read(EXPORT.replace("Not ready yet.", "Nearly ready."), false)
        .entries();
    assertEquals(before.get(0).contentHash(), after.get(0).contentHash());
    assertNotEquals(before.get(1).contentHash(), after.get(1).contentHash());
  }
}
