package dev.quarry.extract;

import dev.quarry.post.Block;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns CoreNLP's annotated sentences into {@link TaggedSentence}s: the only reader of them. */
final class TaggedSentences {
  private TaggedSentences() {}

  /** The sentences of an annotated post, with its resolved mentions placed on their tokens. */
  static List<TaggedSentence> of(Annotation doc, List<Block> blocks, List<Mention> mentions) {
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      if (m.sentence() >= 0) {
        bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    List<TaggedSentence> out = new ArrayList<>();
    List<CoreMap> list = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int section = -1;
    int lastBlock = -1;
    for (int i = 0; i < list.size(); i++) {
      CoreMap sentence = list.get(i);
      List<Token> tokens = tokens(sentence);
      int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int bi = blockOf(blocks, start);
      Block block = bi < 0 ? new Block(Block.Kind.PARAGRAPH, 0, start, end) : blocks.get(bi);
      if (bi != lastBlock && block.kind() == Block.Kind.HEADING) {
        section = bi;
      }
      lastBlock = bi;
      List<PlacedMention> placed = place(bySentence.getOrDefault(i, List.of()), tokens);
      out.add(new TaggedSentence(i, tokens, placed, block, bi, section, start, end));
    }
    return out;
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String lemma = t.lemma() == null ? t.word() : t.lemma();
      tokens.add(new Token(tokens.size(), t.word(), t.word().toLowerCase(Locale.ROOT),
          lemma.toLowerCase(Locale.ROOT), t.tag() == null ? "" : t.tag(), t.beginPosition(),
          t.endPosition()));
    }
    return tokens;
  }

  /** The sentences of the heading a sentence's section opens with; none outside a section. */
  static List<TaggedSentence> sectionHeading(TaggedSentence s, List<TaggedSentence> all) {
    return s.section() < 0 ? List.of()
        : all.stream().filter(h -> h.blockIndex() == s.section()).toList();
  }

  /**
   * The sentences of the paragraph that leads into a sentence's list ("We give three talks:"
   * before the list); none when the sentence is not in a list item or its list follows no
   * paragraph of the same section.
   */
  static List<TaggedSentence> leadIn(TaggedSentence s, List<TaggedSentence> all) {
    if (!s.in(Block.Kind.LIST_ITEM)) {
      return List.of();
    }
    int j = s.index() - 1;
    while (j >= 0 && all.get(j).in(Block.Kind.LIST_ITEM) && all.get(j).section() == s.section()) {
      j--;
    }
    if (j < 0 || !all.get(j).in(Block.Kind.PARAGRAPH) || all.get(j).section() != s.section()) {
      return List.of();
    }
    int block = all.get(j).blockIndex();
    return all.stream().filter(p -> p.blockIndex() == block).toList();
  }

  /**
   * A table's row as one sentence, though the model split it at a cell's "?" ("Where do the
   * milliseconds go? | Jane Doe"): the sentences of its block from {@code s} on, joined; it keeps
   * the index of {@code s}.
   */
  static TaggedSentence row(TaggedSentence s, List<TaggedSentence> all) {
    List<TaggedSentence> parts = all.stream()
        .filter(p -> p.blockIndex() == s.blockIndex() && p.index() >= s.index()).toList();
    if (parts.size() <= 1) {
      return s;
    }
    List<Token> tokens = new ArrayList<>();
    List<PlacedMention> mentions = new ArrayList<>();
    for (TaggedSentence p : parts) {
      int shift = tokens.size();
      for (Token t : p.tokens()) {
        tokens.add(new Token(shift + t.index(), t.word(), t.lower(), t.lemma(), t.tag(),
            t.start(), t.end()));
      }
      for (PlacedMention m : p.mentions()) {
        mentions.add(new PlacedMention(m.ref(), shift + m.first(), shift + m.last()));
      }
    }
    return new TaggedSentence(s.index(), tokens, mentions, s.block(), s.blockIndex(),
        s.section(), s.start(), parts.get(parts.size() - 1).end());
  }

  /** Each mention on the tokens it overlaps; a mention that overlaps none is left out. */
  static List<PlacedMention> place(List<Mention> mentions, List<Token> tokens) {
    List<PlacedMention> placed = new ArrayList<>();
    for (Mention m : mentions) {
      int first = -1;
      int last = -1;
      for (Token t : tokens) {
        if (t.end() > m.start() && t.start() < m.end()) {
          if (first < 0) {
            first = t.index();
          }
          last = t.index();
        }
      }
      if (first >= 0) {
        placed.add(new PlacedMention(new Ref(m.type(), m.name()), first, last));
      }
    }
    placed.sort(Comparator.comparingInt(PlacedMention::first));
    return placed;
  }

  private static int blockOf(List<Block> blocks, int offset) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (offset >= b.start() && offset < Math.max(b.end(), b.start() + 1)) {
        return i;
      }
    }
    return -1;
  }
}
