package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organization uses a technology when a sentence names both with a word that says so between
 * them: "companies like JD.com and HubSpot choose to deploy Vitess", "Slack scaled Vitess", "big
 * TiDB user, Mobike", "Vitess's list of adopters, from Slack, JD.com, Pinterest".
 */
final class UsesReader implements SentenceReader {
  /** The most tokens an organization and a technology may span together. */
  private static final int MAX_SPAN = 14;

  private final Lexicon lex;

  UsesReader(Lexicon lex) {
    this.lex = lex;
  }

  @Override
  public List<Fact> read(TaggedSentence s, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    List<PlacedMention> techs = s.mentionsOf(EntityType.TECHNOLOGY);
    if (techs.isEmpty()) {
      return facts;
    }
    List<Integer> triggers = triggers(s);
    if (triggers.isEmpty()) {
      return facts;
    }
    for (PlacedMention o : s.mentionsOf(EntityType.ORGANIZATION)) {
      for (PlacedMention t : techs) {
        int lo = Math.min(o.first(), t.first());
        int hi = Math.max(o.last(), t.last());
        if (hi - lo > MAX_SPAN || o.overlaps(t)) {
          continue;
        }
        int from = Math.min(o.last(), t.last());
        int to = Math.max(o.first(), t.first());
        if (triggers.stream().anyMatch(i -> i > from && i < to)) {
          boolean userOf = t.last() + 1 < s.size() && t.last() < o.first()
              && lex.userNouns.contains(s.token(t.last() + 1).lower());
          facts.add(Facts.of(Fact.Predicate.USES, o.ref(), t.ref(), Optional.empty(), s,
              userOf ? Rule.TECHNOLOGY_USER : Rule.USES_NEAR_TRIGGER, post));
        }
      }
    }
    return facts;
  }

  /** The tokens that say "uses": a lemma of the list, or the first token of a phrase. */
  private List<Integer> triggers(TaggedSentence s) {
    List<Integer> triggers = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (lex.useLemmas.contains(t.lemma())) {
        triggers.add(t.index());
      }
    }
    String lower = String.join(" ", s.tokens().stream().map(Token::lower).toList());
    for (String phrase : lex.usePhrases) {
      int at = lower.indexOf(phrase);
      if (at >= 0) {
        triggers.add(tokenAtChar(s, at));
      }
    }
    return triggers;
  }

  /** The token at a character of the sentence's lower-case words joined by spaces. */
  private static int tokenAtChar(TaggedSentence s, int charIndex) {
    int pos = 0;
    for (Token t : s.tokens()) {
      if (pos >= charIndex) {
        return t.index();
      }
      pos += t.lower().length() + 1;
    }
    return s.size() - 1;
  }
}
