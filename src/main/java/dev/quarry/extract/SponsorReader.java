package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who sponsored an event: the organizations a sentence with a sponsor word names ("sponsored by
 * Acme"), or the blog's own organization when it says "we" ("We were Gold Sponsors"). The event
 * is the one the sentence names, else the post's.
 */
final class SponsorReader implements SentenceReader {
  private final Lexicon lex;

  SponsorReader(Lexicon lex) {
    this.lex = lex;
  }

  @Override
  public List<Fact> read(TaggedSentence s, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    if (!s.any(t -> lex.sponsor.contains(t.lemma()))) {
      return facts;
    }
    Optional<String> event = s.mentionsOf(EntityType.EVENT).stream().map(PlacedMention::name)
        .findFirst().or(post::mainEvent);
    if (event.isEmpty()) {
      return facts;
    }
    Ref e = new Ref(EntityType.EVENT, event.get());
    for (PlacedMention m : s.mentionsOf(EntityType.ORGANIZATION)) {
      facts.add(Facts.of(Fact.Predicate.SPONSORS, m.ref(), e, Optional.empty(), s, Rule.SPONSOR,
          post));
    }
    if (facts.isEmpty() && post.publisher().isPresent()
        && s.any(t -> lex.we.contains(t.lower()))) {
      facts.add(Facts.of(Fact.Predicate.SPONSORS, post.publisher().get(), e, Optional.empty(), s,
          Rule.WE_SPONSORED, post));
    }
    return facts;
  }
}
