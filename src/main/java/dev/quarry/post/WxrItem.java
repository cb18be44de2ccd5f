package dev.quarry.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One post of a WordPress export, as the export states it: offsets are into the export's text, so
 * that every mention of the post points into the export file.
 *
 * @param html the body as HTML ({@code content:encoded}), which starts at {@code htmlStart}
 * @param lineStarts where the export's lines start, shared by all its posts
 */
record WxrItem(
    Path file,
    String id,
    String contentHash,
    String title,
    int titleStart,
    Optional<LocalDate> date,
    Optional<String> author,
    Optional<String> excerpt,
    int excerptStart,
    List<String> tags,
    List<String> categories,
    boolean draft,
    String html,
    int htmlStart,
    int[] lineStarts,
    List<Problem> problems) {

  /** The post: its title and excerpt before its body, as front matter's are. */
  Post toPost() {
    List<TextBuilder.Prelude> preludes = new ArrayList<>();
    if (!title.isBlank()) {
      preludes.add(new TextBuilder.Prelude(title, titleStart, Block.Kind.TITLE));
    }
    excerpt.ifPresent(e -> preludes.add(new TextBuilder.Prelude(
        org.jsoup.Jsoup.parse(e).text(), excerptStart, Block.Kind.DESCRIPTION)));
    PlainText body = HtmlText.convert(lineStarts, html, htmlStart, preludes);
    FrontMatter fm = new FrontMatter(title.isBlank() ? Optional.empty() : Optional.of(title), date,
        author.map(Author::named).stream().toList(), excerpt, tags, categories,
        Map.of("wordpress_id", id), draft);
    String name = file.getFileName().toString();
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(body.notes());
    return new Post(id, name, contentHash, title.isBlank() ? id : title, fm, body, all);
  }
}
