package dev.quarry.post;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads HTML as prose with jsoup: a WordPress post's body, an HTML block in Markdown, an MDX
 * component. Block elements (and components, which are unknown elements) become blocks, {@code
 * <br>} a line break; code, scripts, styles and images are left out; links and the sources of
 * embedded players are kept. Every text keeps its offset in the source.
 */
final class HtmlText {
  /** Elements whose text is not prose. */
  private static final Set<String> SKIP = Set.of("script", "style", "pre", "svg", "noscript",
      "template", "img", "picture", "math", "head", "title", "textarea", "select", "object");
  /** Elements that stand inside a line of text. */
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code",
      "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s", "samp",
      "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "big");
  private static final Set<String> EMBEDS = Set.of("iframe", "video", "source", "embed", "audio");

  /** How a text node is appended: HTML text as it is, or Markdown text in a component. */
  interface Texts {
    /** Appends {@code node}, whose raw text starts at {@code sourceStart} (-1: unknown). */
    void text(TextNode node, int sourceStart);
  }

  private final TextBuilder out;
  private final Texts texts;
  private final int base;

  private HtmlText(TextBuilder out, Texts texts, int base) {
    this.out = out;
    this.texts = texts;
    this.base = base;
  }

  /** Parses an HTML fragment, keeping each node's position in {@code html}. */
  static Element parse(String html) {
    Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    return doc.body();
  }

  /**
   * Appends the text under {@code root} to {@code out}; positions in {@code root} are offsets from
   * {@code base} in the source.
   */
  static void walk(Element root, int base, TextBuilder out, Texts texts) {
    new HtmlText(out, texts, base).children(root);
  }

  /** A whole HTML body, at {@code htmlStart} in its source, after the preludes. */
  static PlainText convert(int[] lineStarts, String html, int htmlStart,
      List<TextBuilder.Prelude> preludes) {
    TextBuilder out = new TextBuilder(lineStarts);
    preludes.forEach(out::prelude);
    walk(parse(html), htmlStart, out, (node, at) -> out.appendWords(node.getWholeText(), at));
    out.separateBlock();
    return out.build();
  }

  /** Where a node's raw text starts in the source, or -1. */
  int sourceOf(Node node) {
    int pos = node.sourceRange().startPos();
    return pos < 0 || base < 0 ? -1 : base + pos;
  }

  private void children(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        texts.text(t, sourceOf(t));
      } else if (n instanceof Element child) {
        element(child);
      }
    }
  }

  private void element(Element e) {
    String tag = e.normalName().toLowerCase(Locale.ROOT);
    if (EMBEDS.contains(tag)) {
      String src = e.attr("src").strip();
      if (!src.isEmpty()) {
        out.link(new Link(src, out.endOfText(), out.endOfText(), Link.Kind.EMBED));
      }
      e.children().forEach(this::element);
      return;
    }
    if (SKIP.contains(tag)) {
      return;
    }
    switch (tag) {
      case "br" -> out.lineBreak();
      case "hr" -> out.separateBlock();
      case "a" -> {
        int start = out.length();
        children(e);
        String href = e.attr("href").strip();
        if (!href.isEmpty()) {
          out.link(new Link(href, start, out.length(), Link.Kind.LINK));
        }
      }
      default -> {
        if (INLINE.contains(tag)) {
          children(e);
        } else {
          block(e, tag);
        }
      }
    }
  }

  private void block(Element e, String tag) {
    out.separateBlock();
    int start = out.length();
    int blocks = out.blockCount();
    children(e);
    if (out.blockCount() == blocks) { // only the innermost blocks are recorded
      out.addBlock(kind(tag), level(tag), start);
    }
    out.separateBlock();
  }

  private static Block.Kind kind(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
      case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
      case "blockquote" -> Block.Kind.QUOTE;
      case "table", "tr", "td", "th", "thead", "tbody" -> Block.Kind.TABLE;
      default -> Block.Kind.PARAGRAPH;
    };
  }

  private static int level(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))
        ? tag.charAt(1) - '0' : 0;
  }
}
