package dev.quarry.post;

import java.util.Arrays;
import java.util.List;

/**
 * A post body as plain text for the NLP stage, with the way back to the source: any offset in the
 * text maps to a character offset and a 1-based line in the post's source (its text after decoding,
 * with line ends read as '\n').
 */
public final class PlainText {
  private final String text;
  private final int[] segmentStarts;
  private final int[] segmentSources;
  private final int[] lineStarts;
  private final List<Block> blocks;
  private final List<Link> links;
  private final List<Problem> notes;
  private final List<InlineCode> code;

  PlainText(
      String text,
      int[] segmentStarts,
      int[] segmentSources,
      int[] lineStarts,
      List<Block> blocks,
      List<Link> links,
      List<Problem> notes,
      List<InlineCode> code) {
    this.text = text;
    this.segmentStarts = segmentStarts.clone();
    this.segmentSources = segmentSources.clone();
    this.lineStarts = lineStarts; // shared by the posts of one export; never changed
    this.blocks = List.copyOf(blocks);
    this.links = List.copyOf(links);
    this.notes = List.copyOf(notes);
    this.code = List.copyOf(code);
  }

  /** The same text, with {@code notes} on what it left out of the source. */
  PlainText withNotes(List<Problem> notes) {
    return new PlainText(text, segmentStarts, segmentSources, lineStarts, blocks, links, notes,
        code);
  }

  /** What the text left out of the source that a reader should be told (a run that is no word). */
  public List<Problem> notes() {
    return notes;
  }

  public String text() {
    return text;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public List<Link> links() {
    return links;
  }

  /** The code spans of the body's prose ("`pprof`"), not its code blocks. */
  public List<InlineCode> code() {
    return code;
  }

  /** The character offset in the source of the character at {@code offset} in the text. */
  public int sourceOffset(int offset) {
    if (segmentStarts.length == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(segmentStarts, offset);
    if (i < 0) {
      i = Math.max(0, -i - 2);
    } else {
      // several segments may start at the same offset: the last one holds the character
      while (i + 1 < segmentStarts.length && segmentStarts[i + 1] == offset) {
        i++;
      }
    }
    return segmentSources[i] + (offset - segmentStarts[i]);
  }

  /** The 1-based source line of the character at {@code offset} in the text. */
  public int sourceLine(int offset) {
    return lineOfSourceOffset(sourceOffset(offset));
  }

  /** The 1-based line of a character offset in the source. */
  public int lineOfSourceOffset(int sourceOffset) {
    int i = Arrays.binarySearch(lineStarts, sourceOffset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
