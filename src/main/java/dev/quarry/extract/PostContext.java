package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the relation readers know of the whole post: its plain text with blocks and links, the
 * organization its "we" speaks for (and how sure that is), its first author, its main event, and
 * the organization it is about (a case study's "How Acme cut costs", "Kafka at Acme"), and
 * whether people other than its author speak in it ("I'm Jane Doe, ...").
 */
record PostContext(String text, List<Block> blocks, List<Link> links, Optional<Ref> publisher,
    double publisherConfidence, Optional<String> author, Optional<String> mainEvent,
    Optional<Ref> subject, boolean interview) {

  /** How sure Quarry is that a case study's "we" is the organization its title names. */
  static final double SUBJECT_CONFIDENCE = 0.8;

  PostContext {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
  }

  /** A post about no organization but its publisher's. */
  PostContext(String text, List<Block> blocks, List<Link> links, Optional<Ref> publisher,
      double publisherConfidence, Optional<String> author, Optional<String> mainEvent) {
    this(text, blocks, links, publisher, publisherConfidence, author, mainEvent,
        Optional.empty(), false);
  }

  /** The same post, about {@code organization}: its "we" is that organization's. */
  PostContext about(Ref organization) {
    return new PostContext(text, blocks, links, publisher, publisherConfidence, author, mainEvent,
        Optional.of(organization), interview);
  }

  /**
   * Who "we" uses things: the organization a case study is about, else the publisher, unless the
   * post is an interview (people other than its author introduce themselves: "we" is theirs).
   */
  Optional<Ref> we() {
    return subject.or(() -> interview ? Optional.empty() : publisher);
  }

  /** How sure a rule is that reads "we" as {@link #we()}: the subject's, else the voice's. */
  double weConfidence(Rule rule) {
    return rule.confidence() * (subject.isPresent() ? SUBJECT_CONFIDENCE : publisherConfidence);
  }

  /**
   * The organization the post is about: one its title opens with ("Acme Cuts Costs", "How Acme
   * Cut Costs"), or names as an owner ("Inside Acme's Journey") or right after "at" or "in"
   * ("Kafka at Acme").
   */
  static Optional<Ref> subject(List<TaggedSentence> sentences, Lexicon lex) {
    for (TaggedSentence s : sentences) {
      if (!s.in(Block.Kind.TITLE)) {
        continue;
      }
      boolean opening = true;
      for (int j = 0; j < s.size(); j++) {
        Optional<PlacedMention> m = s.mentionAt(j);
        if (m.isPresent() && m.get().first() == j && m.get().type() == EntityType.ORGANIZATION
            && !s.token(j).tag().equals("DT")) { // "at the Foo Program" names no company
          boolean after = j > 0 && lex.placePrepositions.contains(s.token(j - 1).lower());
          boolean possessive = m.get().last() + 1 < s.size()
              && lex.possessives.contains(s.token(m.get().last() + 1).lower()); // not "Spring '21"
          if (opening || after || possessive) {
            return Optional.of(m.get().ref());
          }
        }
        opening &= lex.titleOpeners.contains(s.token(j).lower());
      }
    }
    return Optional.empty();
  }

  /** The link that opens a block: "[Title](url) ...", "**[Title](url)** ...". */
  Optional<Link> linkOpening(Block block) {
    return links.stream().filter(l -> l.kind() == Link.Kind.LINK && l.end() > l.start()
        && l.start() >= block.start() && l.start() <= block.start() + 2).findFirst();
  }

  /** A rule's confidence, times the voice's when the rule reads "we" as the publisher. */
  double confidence(Rule rule) {
    return rule.voiced() ? rule.confidence() * publisherConfidence : rule.confidence();
  }

  /**
   * The event the post is about: one in its title, else in its description (the front matter's
   * summary), else the one it names most (twice or more).
   */
  static Optional<String> mainEvent(List<TaggedSentence> sentences, List<Mention> mentions) {
    return firstEventIn(sentences, Block.Kind.TITLE)
        .or(() -> firstEventIn(sentences, Block.Kind.DESCRIPTION))
        .or(() -> mostNamed(mentions));
  }

  private static Optional<String> firstEventIn(List<TaggedSentence> sentences, Block.Kind kind) {
    for (TaggedSentence s : sentences) {
      if (s.in(kind)) {
        Optional<PlacedMention> event = s.mentionsOf(EntityType.EVENT).stream().findFirst();
        if (event.isPresent()) {
          return Optional.of(event.get().name());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> mostNamed(List<Mention> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.EVENT) {
        counts.merge(m.name(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }
}
