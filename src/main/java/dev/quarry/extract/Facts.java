package dev.quarry.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Making facts from rules, and keeping one fact per reading. */
final class Facts {
  private Facts() {}

  /** A fact a rule read in a sentence, with the rule's confidence; a voiced rule is implicit. */
  static Fact of(Fact.Predicate predicate, Ref subject, Ref object, Optional<String> role,
      TaggedSentence s, Rule rule, PostContext post) {
    return new Fact(predicate, subject, object, role, s.index(), rule.id(),
        post.confidence(rule), rule.voiced());
  }

  /** One fact per predicate, subject, object and sentence: the surest reading wins. */
  static List<Fact> dedupe(List<Fact> facts) {
    Map<String, Fact> out = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f.subject().equals(f.object())) {
        continue;
      }
      String key = f.predicate() + "|" + f.subject() + "|" + f.object() + "|" + f.sentence();
      out.merge(key, f, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    return new ArrayList<>(out.values());
  }
}
