package dev.quarry.post;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
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
import org.jsoup.nodes.TextNode;

/**
 * Turns a Markdown body into plain text for the NLP stage. Blocks are separated by a blank line;
 * code blocks and images are left out, and so is the markup of MDX, Liquid and Hugo (see {@link
 * MarkdownDialects}). HTML blocks and MDX components keep their text, read as Markdown. Link
 * targets and the sources of embedded players (iframe, video, Hugo's youtube/vimeo shortcodes)
 * are kept as {@link Link}s.
 */
final class MarkdownText {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final Pattern EMBED_SRC =
      Pattern.compile(
          "<(?:iframe|video|source|embed)\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']+)[\"']",
          Pattern.CASE_INSENSITIVE);

  private MarkdownText() {}

  /**
   * Converts the body, which starts at {@code bodyOffset} in {@code source}, after the {@code
   * preludes}, each its own block.
   */
  static PlainText convert(String source, int bodyOffset, List<TextBuilder.Prelude> preludes) {
    MarkdownDialects.Cleaned cleaned = MarkdownDialects.clean(source.substring(bodyOffset));
    Builder builder = new Builder(source, bodyOffset, cleaned);
    for (TextBuilder.Prelude p : preludes) {
      builder.out.prelude(p);
    }
    PARSER.parse(cleaned.text()).accept(builder);
    return builder.build();
  }

  private static final class Builder extends AbstractVisitor {
    private final TextBuilder out;
    private final int bodyOffset;
    private final MarkdownDialects.Cleaned cleaned;
    private final Deque<MarkdownDialects.Embed> embeds;
    /** Where the text being parsed starts in the cleaned body (a component's text: inside it). */
    private int base;

    Builder(String source, int bodyOffset, MarkdownDialects.Cleaned cleaned) {
      this.out = new TextBuilder(source);
      this.bodyOffset = bodyOffset;
      this.cleaned = cleaned;
      this.embeds = new ArrayDeque<>(cleaned.embeds());
    }

    PlainText build() {
      embedsBefore(Integer.MAX_VALUE);
      return out.build();
    }

    /** Where a node starts in the cleaned body, or -1. */
    private int sourceOf(Node node) {
      List<SourceSpan> spans = node.getSourceSpans();
      return spans.isEmpty() ? -1 : base + spans.get(0).getInputIndex();
    }

    /** Appends text that stands at {@code at} in the cleaned body, mapped piece by piece. */
    private void append(String s, int at) {
      if (at < 0) {
        out.appendRepaired(s, -1);
        return;
      }
      embedsBefore(at);
      int i = 0;
      while (i < s.length()) {
        int end = (int) Math.min(s.length(), Math.max(i + 1L, cleaned.pieceEnd(at + i) - at));
        out.appendRepaired(s.substring(i, end), bodyOffset + cleaned.source(at + i));
        i = end;
      }
    }

    /** The players of shortcodes that stood before {@code at}, at the end of the text so far. */
    private void embedsBefore(int at) {
      while (!embeds.isEmpty() && embeds.peek().at() <= at) {
        String url = embeds.poll().url();
        out.link(new Link(url, out.endOfText(), out.endOfText(), Link.Kind.EMBED));
      }
    }

    private void block(Node node, Block.Kind kind, int level) {
      out.separateBlock();
      int start = out.length();
      visitChildren(node);
      out.addBlock(kind, level, start);
      out.separateBlock();
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
      out.separateBlock();
      int start = out.length();
      Node first = item.getFirstChild();
      if (first instanceof Paragraph) {
        visit((Paragraph) first);
        out.addBlock(Block.Kind.LIST_ITEM, 0, start);
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
          n.accept(this);
        }
      } else {
        visitChildren(item);
      }
      out.separateBlock();
    }

    /**
     * A table's row is one block, its cells apart: "10:30 | Title | Jane Doe (Acme)"; the header
     * row has level 1, so that a body row can find what its columns hold.
     */
    @Override
    public void visit(CustomNode node) {
      if (!(node instanceof TableRow)) {
        visitChildren(node);
        return;
      }
      out.separateBlock();
      int start = out.length();
      for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
        if (cell instanceof TableCell && cell != node.getFirstChild()) {
          out.appendWords(" | ", -1);
        }
        visitChildren(cell);
      }
      out.addBlock(Block.Kind.TABLE, node.getParent() instanceof TableHead ? 1 : 0, start);
      out.separateBlock();
    }

    @Override
    public void visit(Text node) {
      append(node.getLiteral(), sourceOf(node));
    }

    @Override
    public void visit(Code code) {
      int src = sourceOf(code);
      int start = out.length();
      append(code.getLiteral(), src < 0 ? -1 : src + 1);
      if (out.length() > start) {
        out.code(new InlineCode(start, out.length()));
      }
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.space();
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.lineBreak();
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      out.separateBlock();
    }

    @Override
    public void visit(org.commonmark.node.Link link) {
      int start = out.length();
      visitChildren(link);
      String url = link.getDestination();
      if (url != null && !url.isBlank()) {
        out.link(new Link(url.strip(), start, out.length(), Link.Kind.LINK));
      }
    }

    @Override
    public void visit(Image image) {
      // alt text describes a picture; it is not part of what the post says
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
      out.separateBlock();
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
      out.separateBlock();
    }

    /** An HTML block or MDX component: its text is kept, read as Markdown, its tags are not. */
    @Override
    public void visit(HtmlBlock htmlBlock) {
      out.separateBlock();
      int at = sourceOf(htmlBlock);
      HtmlText.walk(HtmlText.parse(htmlBlock.getLiteral()), at, out, this::componentText);
      out.separateBlock();
    }

    @Override
    public void visit(HtmlInline htmlInline) {
      Matcher m = EMBED_SRC.matcher(htmlInline.getLiteral());
      while (m.find()) {
        out.link(new Link(m.group(1).strip(), out.endOfText(), out.endOfText(),
            Link.Kind.EMBED));
      }
    }

    /** Text inside an HTML element, at {@code at} in the cleaned body: inline Markdown. */
    private void componentText(TextNode node, int at) {
      String raw = node.getWholeText();
      int length = node.sourceRange().endPos() - node.sourceRange().startPos();
      if (at >= 0 && length > 0 && at + length <= cleaned.text().length()) {
        raw = cleaned.text().substring(at, at + length); // as written: entities and all
      }
      String trimmed = raw.strip();
      if (trimmed.isEmpty()) {
        if (!raw.isEmpty() && out.length() > 0) {
          out.space();
        }
        return;
      }
      if (at < 0) {
        out.appendWords(trimmed, -1);
        return;
      }
      int saved = base;
      base = at + raw.indexOf(trimmed.charAt(0));
      for (Node n = PARSER.parse(trimmed).getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof Paragraph || n instanceof Heading) {
          visitChildren(n);
        } else {
          n.accept(this);
        }
      }
      base = saved;
      if (Character.isWhitespace(raw.charAt(raw.length() - 1))) {
        out.space();
      }
    }
  }
}
