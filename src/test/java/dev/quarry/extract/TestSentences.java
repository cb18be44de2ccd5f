package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Posts of tagged sentences written by hand for the reader tests, in place of CoreNLP's: tokens
 * as "word/TAG[/lemma]" (the lemma defaults to the lower-case word), mentions and links named by
 * their words, blocks in reading order.
 */
final class TestSentences {
  /** The talks TalkReader reads in a post. */
  static List<TalkBuilder> talks(PostBuilder post) {
    TestPost p = post.build();
    return new TalkReader(LEX).read(p.sentences(), p.context());
  }

  /** The one talk TalkReader reads in a post; fails, naming them, when there are others. */
  static TalkBuilder onlyTalk(PostBuilder post) {
    List<TalkBuilder> talks = talks(post);
    assertEquals(1, talks.size(), () -> talks.stream().map(t -> t.build().toString()).toList()
        .toString());
    return talks.get(0);
  }

  static final Lexicon LEX = Lexicon.load();

  /** Words written without a space before them. */
  private static final Set<String> CLOSING = Set.of(".", ",", ":", ";", "!", "?", "'s", "’s",
      "”", ")");
  /** Words written without a space after them. */
  private static final Set<String> OPENING = Set.of("“", "(");

  private TestSentences() {}

  /** A sentence: "Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN ./.". */
  static Words sentence(String tagged) {
    return new Words(tagged);
  }

  static PostBuilder post() {
    return new PostBuilder();
  }

  /** A post of one paragraph. */
  static PostBuilder paragraph(Words... sentences) {
    return post().paragraph(sentences);
  }

  /** A post of one list item. */
  static PostBuilder item(Words... sentences) {
    return post().item(sentences);
  }

  /** A post's tagged sentences, and what the readers know of the post. */
  record TestPost(List<TaggedSentence> sentences, PostContext context) {
    TaggedSentence sentence(int i) {
      return sentences.get(i);
    }

    /** The facts a reader reads in every sentence, in order. */
    List<Fact> read(SentenceReader reader) {
      return sentences.stream().flatMap(s -> reader.read(s, context).stream()).toList();
    }
  }

  /** A sentence being written: its tokens, then its mentions and links, found by their words. */
  static final class Words {
    private record Tagged(String word, String tag, String lemma) {}

    private record Named(Ref ref, int first, int last) {}

    private record Linked(String url, int first, int last) {}

    private final List<Tagged> tokens = new ArrayList<>();
    private final List<Named> mentions = new ArrayList<>();
    private final List<Linked> links = new ArrayList<>();
    private final BitSet named = new BitSet();

    private Words(String tagged) {
      for (String part : tagged.strip().split("\\s+")) {
        String[] p = part.split("/");
        if (p.length < 2 || p.length > 3 || p[0].isEmpty()) {
          throw new IllegalArgumentException("not word/TAG[/lemma]: " + part);
        }
        String lemma = p.length == 3 ? p[2] : p[0].toLowerCase(Locale.ROOT);
        tokens.add(new Tagged(p[0], p[1], lemma));
      }
    }

    Words person(String words) {
      return mention(EntityType.PERSON, words, words);
    }

    Words org(String words) {
      return mention(EntityType.ORGANIZATION, words, words);
    }

    Words tech(String words) {
      return mention(EntityType.TECHNOLOGY, words, words);
    }

    Words event(String words) {
      return mention(EntityType.EVENT, words, words);
    }

    Words place(String words) {
      return mention(EntityType.PLACE, words, words);
    }

    /** A mention of {@code name} on the first words not yet named that read {@code words}. */
    Words mention(EntityType type, String words, String name) {
      int[] at = find(words, true);
      named.set(at[0], at[1] + 1);
      mentions.add(new Named(new Ref(type, name), at[0], at[1]));
      return this;
    }

    /** A Markdown link whose text is the first {@code words} of the sentence. */
    Words link(String words, String url) {
      int[] at = find(words, false);
      links.add(new Linked(url, at[0], at[1]));
      return this;
    }

    private int[] find(String words, boolean unnamed) {
      List<String> want = Arrays.asList(words.split("\\s+"));
      for (int i = 0; i + want.size() <= tokens.size(); i++) {
        boolean match = true;
        for (int j = 0; j < want.size() && match; j++) {
          match = tokens.get(i + j).word().equals(want.get(j)) && !(unnamed && named.get(i + j));
        }
        if (match) {
          return new int[] {i, i + want.size() - 1};
        }
      }
      throw new IllegalArgumentException("'" + words + "' is not among the words of the sentence");
    }
  }

  /** A post in reading order: blocks of sentences (blank lines between them) and embeds. */
  static final class PostBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<TaggedSentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int section = -1;
    private Optional<Ref> publisher = Optional.empty();
    private double publisherConfidence;
    private Optional<String> author = Optional.empty();

    /** The front matter's title, read first. */
    PostBuilder title(Words sentence) {
      return block(Block.Kind.TITLE, sentence);
    }

    /** The front matter's description or summary, read after the title. */
    PostBuilder description(Words sentence) {
      return block(Block.Kind.DESCRIPTION, sentence);
    }

    /** A heading: the sentences after it are in its section. */
    PostBuilder heading(Words sentence) {
      return block(Block.Kind.HEADING, sentence);
    }

    PostBuilder paragraph(Words... sentences) {
      return block(Block.Kind.PARAGRAPH, sentences);
    }

    PostBuilder item(Words... sentences) {
      return block(Block.Kind.LIST_ITEM, sentences);
    }

    /** An embedded player (an iframe) where the text has got to. */
    PostBuilder embed(String url) {
      links.add(new Link(url, text.length(), text.length(), Link.Kind.EMBED));
      return this;
    }

    /** The organization the post's "we" speaks for, and how sure that is. */
    PostBuilder publisher(String organization, double confidence) {
      publisher = Optional.of(new Ref(EntityType.ORGANIZATION, organization));
      publisherConfidence = confidence;
      return this;
    }

    PostBuilder author(String name) {
      author = Optional.of(name);
      return this;
    }

    /** The post, its main event found as the extractor finds it. */
    TestPost build() {
      PostContext context = new PostContext(text.toString(), blocks, links, publisher,
          publisherConfidence, author, PostContext.mainEvent(sentences, mentions));
      return new TestPost(List.copyOf(sentences), context);
    }

    private PostBuilder block(Block.Kind kind, Words... words) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int blockIndex = blocks.size();
      if (kind == Block.Kind.HEADING) {
        section = blockIndex;
      }
      int blockStart = text.length();
      List<List<Token>> tokens = new ArrayList<>();
      for (Words w : words) {
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        tokens.add(write(w));
      }
      Block block = new Block(kind, kind == Block.Kind.HEADING ? 2 : 0, blockStart,
          text.length());
      blocks.add(block);
      for (int k = 0; k < words.length; k++) {
        sentences.add(place(words[k], tokens.get(k), block, blockIndex));
      }
      return this;
    }

    /** Writes a sentence's words into the text: its tokens with their offsets. */
    private List<Token> write(Words w) {
      List<Token> out = new ArrayList<>();
      for (Words.Tagged t : w.tokens) {
        boolean glued = out.isEmpty() || CLOSING.contains(t.word())
            || OPENING.contains(out.get(out.size() - 1).word());
        if (!glued) {
          text.append(' ');
        }
        int start = text.length();
        text.append(t.word());
        out.add(new Token(out.size(), t.word(), t.word().toLowerCase(Locale.ROOT),
            t.lemma().toLowerCase(Locale.ROOT), t.tag(), start, text.length()));
      }
      return out;
    }

    private TaggedSentence place(Words w, List<Token> tokens, Block block, int blockIndex) {
      int index = sentences.size();
      List<PlacedMention> placed = new ArrayList<>();
      for (Words.Named m : w.mentions) {
        Ref ref = m.ref();
        Token first = tokens.get(m.first());
        Token last = tokens.get(m.last());
        placed.add(new PlacedMention(ref, first.index(), last.index()));
        mentions.add(new Mention(ref.type(), ref.name(), first.start(), last.end(), index,
            text.substring(first.start(), last.end()), "test"));
      }
      placed.sort((a, b) -> Integer.compare(a.first(), b.first()));
      for (Words.Linked l : w.links) {
        links.add(new Link(l.url(), tokens.get(l.first()).start(), tokens.get(l.last()).end(),
            Link.Kind.LINK));
      }
      return new TaggedSentence(index, tokens, placed, block, blockIndex, section,
          tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
  }
}
