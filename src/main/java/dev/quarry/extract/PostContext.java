package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the relation readers know of the whole post: its plain text with blocks and links, the
 * organization its "we" speaks for (and how sure that is), its first author, its main event, and
 * the organization it is about (a case study's "How Acme cut costs", "Kafka at Acme").
 */
record PostContext(String text, List<Block> blocks, List<Link> links, Optional<Ref> publisher,
    double publisherConfidence, Optional<String> author, Optional<String> mainEvent,
    Optional<Ref> subject) {

  PostContext {
    blocks = List.copyOf(blocks);
    links = List.copyOf(links);
  }

  /** A post about no organization but its publisher's. */
  PostContext(String text, List<Block> blocks, List<Link> links, Optional<Ref> publisher,
      double publisherConfidence, Optional<String> author, Optional<String> mainEvent) {
    this(text, blocks, links, publisher, publisherConfidence, author, mainEvent,
        Optional.empty());
  }

  /** Who "we" uses things: the organization a case study is about, else the publisher. */
  Optional<Ref> we() {
    return subject.or(() -> publisher);
  }

  /**
   * The organization the post is about: one its title names as its subject ("How Acme Cut
   * Costs", "Acme's Journey") or after "at" or "in" ("Kafka at Acme").
   */
  static Optional<Ref> subject(List<TaggedSentence> sentences, Set<String> places) {
    for (TaggedSentence s : sentences) {
      if (!s.in(Block.Kind.TITLE)) {
        continue;
      }
      boolean verbSeen = false;
      for (int j = 0; j < s.size(); j++) {
        Optional<PlacedMention> m = s.mentionAt(j);
        if (m.isPresent() && m.get().first() == j && m.get().type() == EntityType.ORGANIZATION) {
          boolean after = j > 0 && places.contains(s.token(j - 1).lower());
          boolean possessive = m.get().last() + 1 < s.size()
              && s.token(m.get().last() + 1).tag().equals("POS");
          if (!verbSeen || after || possessive) {
            return Optional.of(m.get().ref());
          }
        }
        verbSeen |= s.token(j).isVerb();
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
