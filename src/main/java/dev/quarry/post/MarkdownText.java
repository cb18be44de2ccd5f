package dev.quarry.post;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a Markdown body into plain text for the NLP stage. Blocks are separated by a blank line;
 * code blocks, images and raw HTML are left out, but link targets and the sources of embedded
 * players (iframe, video, Hugo's youtube/vimeo shortcodes) are kept as {@link Link}s.
 */
final class MarkdownText {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final Pattern EMBED_SRC =
      Pattern.compile(
          "<(?:iframe|video|source|embed)\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SHORTCODE =
      Pattern.compile("\\{\\{[<%]\\s*(/?[\\w-]+)([^}]*?)\\s*[%>]\\}\\}");
  private static final Pattern SHORTCODE_ID =
      Pattern.compile("(?:id\\s*=\\s*)?[\"']?([\\w-]{6,})[\"']?");

  private MarkdownText() {}

  /** Front matter text read before the body: the title and the description. */
  record Prelude(String text, int sourceOffset, Block.Kind kind) {}

  /**
   * Converts the body, which starts at {@code bodyOffset} in {@code source}, after the {@code
   * preludes}, each its own block.
   */
  static PlainText convert(String source, int bodyOffset, List<Prelude> preludes) {
    String body = source.substring(bodyOffset);
    Builder builder = new Builder(source, bodyOffset);
    for (Prelude p : preludes) {
      builder.prelude(p);
    }
    PARSER.parse(body).accept(builder);
    return builder.build();
  }

  private static final class Builder extends AbstractVisitor {
    private final int bodyOffset;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> segStarts = new ArrayList<>();
    private final List<Integer> segSources = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private final int[] lineStarts;

    Builder(String source, int bodyOffset) {
      this.bodyOffset = bodyOffset;
      this.lineStarts = lineStarts(source);
    }

    void prelude(Prelude p) {
      separateBlock();
      int start = text.length();
      append(p.text().replaceAll("\\s+", " ").strip(), p.sourceOffset());
      if (text.length() > start) {
        blocks.add(new Block(p.kind(), 0, start, text.length()));
      }
      separateBlock();
    }

    PlainText build() {
      return new PlainText(
          text.toString(), toArray(segStarts), toArray(segSources), lineStarts, blocks, links);
    }

    private int sourceOf(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      return spans.isEmpty() ? -1 : bodyOffset + spans.get(0).getInputIndex();
    }

    private void append(String s, int sourceOffset) {
      if (s.isEmpty()) {
        return;
      }
      if (sourceOffset >= 0) {
        segStarts.add(text.length());
        segSources.add(sourceOffset);
      }
      text.append(s);
    }

    private void separateBlock() {
      int n = text.length();
      if (n == 0 || (n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
        return;
      }
      text.append(text.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    private void block(Node node, Block.Kind kind, int level) {
      separateBlock();
      int start = text.length();
      visitChildren(node);
      separateBlock();
      int end = text.length();
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        blocks.add(new Block(kind, level, start, end));
      }
    }

    @Override
    public void visit(Paragraph paragraph) {
      Node parent = paragraph.getParent();
      if (parent instanceof ListItem) {
        // the list item records the block; a second paragraph in an item is its own block
        if (parent.getFirstChild() == paragraph) {
          visitChildren(paragraph);
          return;
        }
      }
      block(paragraph, parent instanceof BlockQuote ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, 0);
    }

    @Override
    public void visit(Heading heading) {
      block(heading, Block.Kind.HEADING, heading.getLevel());
    }

    @Override
    public void visit(ListItem item) {
      separateBlock();
      int start = text.length();
      Node first = item.getFirstChild();
      if (first instanceof Paragraph) {
        visit((Paragraph) first);
        int end = text.length();
        if (end > start) {
          blocks.add(new Block(Block.Kind.LIST_ITEM, 0, start, end));
        }
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
          n.accept(this);
        }
      } else {
        visitChildren(item);
      }
      separateBlock();
    }

    @Override
    public void visit(Text node) {
      String literal = node.getLiteral();
      int src = sourceOf(node);
      // Hugo shortcodes are markup, not prose; a youtube or vimeo one embeds a recording.
      Matcher m = SHORTCODE.matcher(literal);
      int last = 0;
      while (m.find()) {
        appendRepaired(literal.substring(last, m.start()), src < 0 ? -1 : src + last);
        String url = shortcodeUrl(m.group(1), m.group(2));
        if (url != null) {
          links.add(new Link(url, text.length(), text.length(), Link.Kind.EMBED));
        }
        last = m.end();
      }
      appendRepaired(literal.substring(last), src < 0 ? -1 : src + last);
    }

    /** Appends text with mojibake repaired, each piece mapped to where it stands in the source. */
    private void appendRepaired(String s, int src) {
      int last = 0;
      for (Mojibake.Repair r : Mojibake.find(s)) {
        append(s.substring(last, r.start()), src < 0 ? -1 : src + last);
        append(r.replacement(), src < 0 ? -1 : src + r.start());
        last = r.end();
      }
      append(s.substring(last), src < 0 ? -1 : src + last);
    }

    @Override
    public void visit(Code code) {
      int src = sourceOf(code);
      append(code.getLiteral(), src < 0 ? -1 : src + 1);
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      text.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      text.append('\n');
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      separateBlock();
    }

    @Override
    public void visit(org.commonmark.node.Link link) {
      int start = text.length();
      visitChildren(link);
      int end = text.length();
      String url = link.getDestination();
      if (url != null && !url.isBlank()) {
        links.add(new Link(url.strip(), start, end, Link.Kind.LINK));
      }
    }

    @Override
    public void visit(Image image) {
      // alt text describes a picture; it is not part of what the post says
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
      separateBlock();
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
      separateBlock();
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
      embeds(htmlBlock.getLiteral(), sourceOf(htmlBlock));
      separateBlock();
    }

    @Override
    public void visit(HtmlInline htmlInline) {
      embeds(htmlInline.getLiteral(), sourceOf(htmlInline));
    }

    /** Players embedded in raw HTML; each stands at the end of the text before it. */
    private void embeds(String html, int src) {
      int at = text.length();
      while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
        at--;
      }
      Matcher m = EMBED_SRC.matcher(html);
      while (m.find()) {
        links.add(new Link(m.group(1).strip(), at, at, Link.Kind.EMBED));
      }
    }

  }

  private static String shortcodeUrl(String name, String args) {
    Matcher id = SHORTCODE_ID.matcher(args.strip());
    if (!id.find()) {
      return null;
    }
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "youtube" -> "https://www.youtube.com/watch?v=" + id.group(1);
      case "vimeo" -> "https://vimeo.com/" + id.group(1);
      default -> null;
    };
  }

  static int[] lineStarts(String source) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return toArray(starts);
  }

  private static int[] toArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }
}
