package dev.quarry.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a WordPress export (WXR: RSS with the {@code wp:} namespace) with jsoup's XML parser.
 * Every published post is a post; drafts are posts that say so; pages are read only when asked;
 * attachments, revisions, menus and private or trashed posts are skipped and counted.
 */
final class WxrReader {
  private static final Set<String> DRAFT = Set.of("draft", "pending", "future", "auto-draft");
  /** Bytes looked at to tell an export from other XML. */
  private static final int SNIFF = 4096;

  private WxrReader() {}

  /** Whether {@code file} opens as a WordPress export. */
  static boolean isExport(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return isExport(in.readNBytes(SNIFF));
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isExport(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.UTF_8);
    return head.contains("<rss") && (head.contains("wordpress.org/export")
        || head.contains("xmlns:wp="));
  }

  static PostEntries.Found read(Corpus.Source source, byte[] bytes, boolean pages)
      throws PostException {
    Path file = source.file();
    List<Problem> problems = new ArrayList<>();
    String text = PostReader.text(bytes, problems);
    Document doc = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
    if (doc.getElementsByTag("channel").isEmpty()) {
      throw new PostException(file, 1, "not a WordPress export: no <channel>");
    }
    int[] lineStarts = TextBuilder.lineStarts(text);
    Map<String, String> authors = new HashMap<>();
    for (Element a : doc.getElementsByTag("wp:author")) {
      String login = child(a, "wp:author_login");
      String name = child(a, "wp:author_display_name");
      if (!login.isEmpty()) {
        authors.put(login, name.isEmpty() ? login : name);
      }
    }
    List<PostEntry> entries = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (Element item : doc.getElementsByTag("item")) {
      String type = child(item, "wp:post_type");
      String status = child(item, "wp:status");
      if (type.isEmpty()) {
        type = "post";
      }
      String why = !type.equals("post") && !(type.equals("page") && pages)
          ? type.replace('_', ' ')
          : !status.equals("publish") && !DRAFT.contains(status) ? status + " " + type : null;
      if (why != null) {
        skipped.merge(why, 1, Integer::sum);
        continue;
      }
      WxrItem w = item(file, source.id(), text, item, authors, lineStarts, problems);
      entries.add(new PostEntry(w.id(), file, w.contentHash(), w.html().length(), w::draft,
          w::toPost));
    }
    List<String> notes = new ArrayList<>();
    skipped.forEach((what, n) -> notes.add(source.id() + ": " + n + " "
        + (n == 1 ? what : plural(what)) + " skipped"
        + (what.equals("page") ? " (--pages reads them)" : "")));
    return new PostEntries.Found(entries, notes);
  }

  private static WxrItem item(Path file, String fileId, String text, Element item,
      Map<String, String> authors, int[] lineStarts, List<Problem> fileProblems) {
    int start = Math.max(0, item.sourceRange().startPos());
    int end = item.endSourceRange().isTracked() ? item.endSourceRange().endPos() : text.length();
    String postId = child(item, "wp:post_id");
    String id = fileId + "/" + (postId.isEmpty() ? String.valueOf(lineOf(lineStarts, start))
        : postId);
    String login = child(item, "dc:creator");
    Optional<String> author = login.isEmpty() ? Optional.empty()
        : Optional.of(authors.getOrDefault(login, login));
    String hashed = text.substring(start, Math.min(end, text.length())) + "\n" + author.orElse("");
    List<String> tags = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    for (Element c : item.getElementsByTag("category")) {
      (c.attr("domain").equals("post_tag") ? tags : categories).add(c.text().strip());
    }
    Element title = item.getElementsByTag("title").first();
    Element content = item.getElementsByTag("content:encoded").first();
    Element excerptElement = item.getElementsByTag("excerpt:encoded").first();
    String excerpt = excerptElement == null ? "" : excerptElement.wholeText();
    List<Problem> problems = new ArrayList<>(fileProblems);
    Optional<LocalDate> date = date(child(item, "wp:post_date"))
        .or(() -> date(child(item, "pubDate")));
    return new WxrItem(file, id, PostReader.sha256(hashed.getBytes(StandardCharsets.UTF_8)),
        title == null ? "" : title.text().strip(), textStart(title), date, author,
        excerpt.isBlank() ? Optional.empty() : Optional.of(excerpt.strip()),
        textStart(excerptElement), tags, categories,
        DRAFT.contains(child(item, "wp:status")),
        content == null ? "" : content.wholeText(), textStart(content), lineStarts, problems);
  }

  /** Where an element's text starts in the export: inside its CDATA section, if any. */
  private static int textStart(Element e) {
    if (e == null) {
      return -1;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && n.sourceRange().isTracked()) {
        int at = n.sourceRange().startPos();
        return t instanceof CDataNode ? at + "<![CDATA[".length() : at;
      }
    }
    return e.endSourceRange().isTracked() ? e.sourceRange().endPos() : -1;
  }

  private static Optional<LocalDate> date(String raw) {
    if (raw.isEmpty() || raw.startsWith("0000")) {
      return Optional.empty();
    }
    Optional<LocalDate> d = PostDates.parse(raw);
    if (d.isPresent()) {
      return d;
    }
    try {
      return Optional.of(ZonedDateTime.parse(raw, DateTimeFormatter.RFC_1123_DATE_TIME)
          .toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String child(Element parent, String tag) {
    for (Element c : parent.children()) {
      if (c.tagName().equals(tag)) {
        return c.wholeText().strip();
      }
    }
    return "";
  }

  private static int lineOf(int[] lineStarts, int offset) {
    int i = java.util.Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static String plural(String word) {
    return word.endsWith("s") ? word : word + "s";
  }
}
