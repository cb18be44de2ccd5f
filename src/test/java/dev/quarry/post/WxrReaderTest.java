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
  private static final String EXPORT = WxrReaderTestExport.EXPORT;

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
