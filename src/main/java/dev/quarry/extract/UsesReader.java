package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organization uses a technology when a sentence names both with a word that says so between
 * them: "companies like JD.com and HubSpot choose to deploy Vitess", "Slack scaled Vitess", "big
 * TiDB user, Mobike", "Vitess's list of adopters, from Slack, JD.com, Pinterest"; "Acme's Kafka
 * clusters", "running Kafka at Acme"; and "we chose Kafka" for the organization the post speaks
 * for. A negation between them ("Acme does not use Kafka") says the opposite: no fact.
 */
final class UsesReader implements SentenceReader {
  /** The most tokens an organization and a technology may span together. */
  private static final int MAX_SPAN = 14;
  /** The most tokens from a use word to the technology in "running Kafka at Acme". */
  private static final int TRIGGER_BEFORE = 3;
  /** The most tokens from a technology to its passive verb: "Kafka has also been used". */
  private static final int PASSIVE_GAP = 4;

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
    for (PlacedMention o : s.mentionsOf(EntityType.ORGANIZATION)) {
      if (o.last() + 1 < s.size() && (lex.ownerNouns.contains(s.token(o.last() + 1).lower())
          || lex.isRole(s.token(o.last() + 1).word()))) {
        continue; // "TiKV, a CNCF project", "Acme CTO": whose it is, whom they work for
      }
      for (PlacedMention t : techs) {
        rule(s, o, t, triggers).ifPresent(rule -> facts.add(
            Facts.of(Fact.Predicate.USES, o.ref(), t.ref(), Optional.empty(), s, rule, post)));
      }
    }
    usersOf(s, techs, facts, post);
    post.we().ifPresent(we -> weUse(s, techs, triggers, we, post, facts));
    if (s.mentionsOf(EntityType.ORGANIZATION).isEmpty()) {
      post.subject().ifPresent(subject -> passive(s, techs, subject, post, facts));
    }
    return facts;
  }

  /**
   * "Kafka is used for metrics", "Kafka has been deployed", "100 Kafka clusters": by the
   * organization the post is about.
   */
  private void passive(TaggedSentence s, List<PlacedMention> techs, Ref we, PostContext post,
      List<Fact> facts) {
    for (PlacedMention t : techs) {
      if (t.first() > 0 && t.last() + 1 < s.size() && s.token(t.last() + 1).tag().equals("NNS")
          && lex.possessiveUseNouns.contains(s.token(t.last() + 1).lemma())
          && (s.token(t.first() - 1).tag().equals("CD")
              || lex.quantities.contains(s.token(t.first() - 1).lower()))) {
        facts.add(new Fact(Fact.Predicate.USES, we, t.ref(), Optional.empty(), s.index(),
            Rule.FLEET_USE.id(), post.weConfidence(Rule.FLEET_USE), true));
      }
      int j = t.last() + 1;
      boolean be = false;
      while (j < s.size() && j <= t.last() + PASSIVE_GAP && (s.token(j).lemma().equals("be")
          || s.token(j).lemma().equals("have") || s.token(j).tag().equals("RB"))) {
        be |= s.token(j).lemma().equals("be");
        j++;
      }
      if (be && j < s.size() && s.token(j).tag().equals("VBN")
          && lex.useLemmas.contains(s.token(j).lemma())) {
        facts.add(new Fact(Fact.Predicate.USES, we, t.ref(), Optional.empty(), s.index(),
            Rule.PASSIVE_USE.id(), post.weConfidence(Rule.PASSIVE_USE), true));
      }
    }
  }

  /** The rule by which an organization uses a technology in the sentence, if any. */
  private Optional<Rule> rule(TaggedSentence s, PlacedMention o, PlacedMention t,
      List<Integer> triggers) {
    // "used by companies like A, B, C": a list of organizations is as near as its nearest
    int[] run = listRun(s, o);
    boolean before = t.first() < o.first();
    int lo = before ? t.first() : run[1] == o.last() ? o.first() : run[1];
    int hi = before ? (run[0] == o.first() ? o.last() : run[0]) : t.last();
    if (hi - lo > MAX_SPAN || o.overlaps(t)) {
      return Optional.empty();
    }
    int from = Math.min(o.last(), t.last());
    int to = Math.max(o.first(), t.first());
    if (negated(s, from, to) || otherSubjectBetween(s, o, from, to)) {
      return Optional.empty();
    }
    if (triggers.stream().anyMatch(i -> i > from && i < to)) {
      boolean userOf = t.last() + 1 < s.size() && t.last() < o.first()
          && lex.userNouns.contains(s.token(t.last() + 1).lower());
      return Optional.of(userOf ? Rule.TECHNOLOGY_USER : Rule.USES_NEAR_TRIGGER);
    }
    // "Acme's Kafka clusters", "Spotify's Prometheus Upgrade"
    if (o.last() + 2 == t.first() && s.token(o.last() + 1).tag().equals("POS")
        && t.last() + 1 < s.size() && lex.possessiveUseNouns.contains(s.token(t.last() + 1).lemma())) {
      return Optional.of(Rule.ORG_POSSESSIVE_USE);
    }
    // "running Kafka at Acme", "adopting Vitess at Bolt"
    if (t.last() + 2 == o.first() && s.token(t.last() + 1).lower().equals("at")
        && triggers.stream().anyMatch(i -> i < t.first() && i >= t.first() - TRIGGER_BEFORE)) {
      return Optional.of(Rule.USES_AT_ORG);
    }
    return Optional.empty();
  }

  /**
   * Where the list of organizations an organization is in ("A, B and C") starts and ends: the
   * first token of its first and the last token of its last.
   */
  private int[] listRun(TaggedSentence s, PlacedMention o) {
    List<PlacedMention> orgs = s.mentionsOf(EntityType.ORGANIZATION);
    int at = orgs.indexOf(o);
    int first = o.first();
    for (int k = at - 1; k >= 0 && s.onlyWords(orgs.get(k).last() + 1, first, lex.listWords);
        k--) {
      first = orgs.get(k).first();
    }
    int last = o.last();
    for (int k = at + 1; k < orgs.size() && s.onlyWords(last + 1, orgs.get(k).first(),
        lex.listWords); k++) {
      last = orgs.get(k).last();
    }
    return new int[] {first, last};
  }

  /** "Acme is one of the first users of Kafka": the sentence's subject, a user "of" it. */
  private void usersOf(TaggedSentence s, List<PlacedMention> techs, List<Fact> facts,
      PostContext post) {
    if (s.mentions().isEmpty() || s.mentions().get(0).type() != EntityType.ORGANIZATION) {
      return;
    }
    PlacedMention subject = s.mentions().get(0);
    for (int j = 0; j < subject.first(); j++) {
      if (s.token(j).isVerb()) {
        return;
      }
    }
    for (PlacedMention t : techs) {
      int of = t.first() - 1;
      if (of - 1 > subject.last() && s.token(of).lower().equals("of")
          && lex.userNouns.contains(s.token(of - 1).lower())
          && !negated(s, subject.last(), of)) {
        facts.add(Facts.of(Fact.Predicate.USES, subject.ref(), t.ref(), Optional.empty(), s,
            Rule.TECHNOLOGY_USER, post));
      }
    }
  }

  /**
   * "We chose Kafka", "our Kafka clusters": the organization the post speaks for; in a post about
   * one, "the team" is its too ("Jane and her team run Kafka").
   */
  private void weUse(TaggedSentence s, List<PlacedMention> techs, List<Integer> triggers, Ref we,
      PostContext post, List<Fact> facts) {
    for (int i = 0; i < s.size(); i++) {
      boolean team = post.subject().isPresent() && lex.subjectTeam.contains(s.token(i).lower());
      if (!(lex.we.contains(s.token(i).lower()) || team) || s.mentionAt(i).isPresent()) {
        continue;
      }
      int at = i;
      for (PlacedMention t : techs) {
        boolean trigger = triggers.stream().anyMatch(k -> k > at && k < t.first());
        if (t.first() > at && t.last() - at <= MAX_SPAN && trigger && !negated(s, at, t.first())
            && !otherOrganizationBetween(s, at, t.first())) {
          facts.add(new Fact(Fact.Predicate.USES, we, t.ref(), Optional.empty(), s.index(),
              Rule.WE_USE.id(), post.weConfidence(Rule.WE_USE), true));
        }
      }
    }
  }

  /**
   * Whether an organization between the two is nearer the technology and not in a list with the
   * first ("A and B choose Kafka" is both's; "A's CEO said B uses Kafka" only B's).
   */
  private boolean otherSubjectBetween(TaggedSentence s, PlacedMention o, int from, int to) {
    int listEnd = o.last();
    for (PlacedMention m : s.mentionsOf(EntityType.ORGANIZATION)) {
      if (m.first() > from && m.last() < to && m.first() > o.last()) {
        if (!s.onlyWords(listEnd + 1, m.first(), lex.listWords)) {
          return true;
        }
        listEnd = m.last();
      }
    }
    return false;
  }

  private static boolean otherOrganizationBetween(TaggedSentence s, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (s.isAt(j, EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a negation stands between two tokens: "not", "n't", "never", "instead of". */
  private boolean negated(TaggedSentence s, int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (lex.negations.contains(s.token(j).lower())) {
        return true;
      }
    }
    return false;
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
