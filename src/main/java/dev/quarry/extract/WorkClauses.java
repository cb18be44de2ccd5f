package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who works where, said in a clause of its own: "Jane Doe is Head of People at Acme", "Jane Doe
 * leads developer relations at Acme", "At Acme, Jane Doe works on the broker", and a new hire in
 * the blog's voice: "Jane Doe joins us from Globex" (she works for the blog's company now). Only
 * the present job: "Jane Doe was previously a designer at Globex" says where she worked.
 */
final class WorkClauses implements SentenceReader {
  /** The most tokens from the verb to the organization. */
  private static final int MAX_SPAN = 10;

  private final Lexicon lex;
  private final JobTitle titles;

  WorkClauses(Lexicon lex) {
    this.lex = lex;
    this.titles = new JobTitle(lex);
  }

  @Override
  public List<Fact> read(TaggedSentence s, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    for (PlacedMention p : s.mentions()) {
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      int verb = p.last() + 1;
      if (verb >= s.size() || s.isAt(verb, EntityType.PERSON)) {
        continue;
      }
      if (joinsUs(s, verb) && post.publisher().isPresent()) {
        facts.add(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), post.publisher().get(),
            Optional.empty(), s, Rule.JOINS_US, post));
        continue;
      }
      Optional<PlacedMention> before = p.first() >= 2 ? s.mentionAt(p.first() - 1)
          .or(() -> s.mentionAt(p.first() - 2)) : s.mentionAt(p.first() - 1);
      if (before.isPresent() && before.get().type() == EntityType.ORGANIZATION
          && before.get().first() == 1 && s.token(0).lower().equals("at") && presentJob(s, verb)) {
        facts.add(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), before.get().ref(),
            Optional.empty(), s, Rule.WORKS_CLAUSE, post)); // "At Acme, Jane works on ..."
        continue;
      }
      clause(s, p, verb, post).ifPresent(facts::add);
    }
    return facts;
  }

  /** "joins us", "comes to us", "joins our team", "joined the team". */
  private boolean joinsUs(TaggedSentence s, int verb) {
    if (!lex.joiningVerbs.contains(s.token(verb).lemma())) {
      return false;
    }
    int j = verb + 1;
    if (j < s.size() && s.token(j).lower().equals("to")) {
      j++;
    }
    if (j < s.size() && s.token(j).lower().equals("us")) {
      return hired(s, j + 1);
    }
    return j + 1 < s.size() && (s.token(j).lower().equals("our") || s.token(j).lower()
        .equals("the")) && s.token(j + 1).lemma().equals("team") && hired(s, j + 2);
  }

  /** Whether "from" or "as" follows "joins us" at {@code k}: a hire, not a guest's visit. */
  private boolean hired(TaggedSentence s, int k) {
    return k < s.size() && lex.joiningAfter.contains(s.token(k).lower());
  }

  /** A verb in the present that says someone works: "works", "leads", "heads". */
  private boolean presentJob(TaggedSentence s, int verb) {
    Token t = s.token(verb);
    return (t.tag().equals("VBZ") || t.tag().equals("VBP"))
        && lex.selfJobVerbs.contains(t.lemma());
  }

  /** "X is ROLE at ORG", "X leads WHAT at ORG", in the present, with no past word between. */
  private Optional<Fact> clause(TaggedSentence s, PlacedMention p, int verb, PostContext post) {
    Token t = s.token(verb);
    boolean be = t.lemma().equals("be") && (t.tag().equals("VBZ") || t.tag().equals("VBP"));
    if (!be && !presentJob(s, verb)) {
      return Optional.empty();
    }
    for (int j = verb + 1; j < s.size() && j <= verb + MAX_SPAN; j++) {
      Token w = s.token(j);
      if (w.word().matches("[.;:!?]") || w.isVerb() || lex.pastWords.contains(w.lower())
          || s.isAt(j, EntityType.PERSON)) {
        return Optional.empty();
      }
      Optional<PlacedMention> org = s.mentionAt(j);
      if (org.isEmpty()) {
        continue;
      }
      if (org.get().type() != EntityType.ORGANIZATION || org.get().first() != j
          || !lex.selfJobPrepositions.contains(s.token(j - 1).lower())
          || be && !titles.hasRoleWord(s, verb + 1, j - 1)) {
        return Optional.empty();
      }
      Optional<String> role = be ? titles.in(s, verb + 1, j - 1) : Optional.empty();
      return Optional.of(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), org.get().ref(), role, s,
          Rule.WORKS_CLAUSE, post));
    }
    return Optional.empty();
  }
}
