package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where "I" works, in the first person: "I'm Jane Doe. I work as a product manager for Acme", "My
 * name is Jane Doe, and I did an internship with Acme", "I joined Acme in 2019". "I" is the person
 * who introduced themselves earlier in the same block ("I'm X", "My name is X"), else, in a post
 * where nobody else does, its author.
 */
final class SelfIntroduction {
  /** The most tokens from "I" to the organization it works for. */
  private static final int MAX_SPAN = 14;

  private final Lexicon lex;
  private final JobTitle titles;

  SelfIntroduction(Lexicon lex) {
    this.lex = lex;
    this.titles = new JobTitle(lex);
  }

  /** The jobs the post's first person states. */
  List<Fact> read(List<TaggedSentence> sentences, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    boolean othersIntroduced = othersIntroduced(sentences, post.author());
    Optional<String> speaker = Optional.empty();
    int block = -1;
    for (TaggedSentence s : sentences) {
      if (s.blockIndex() != block) {
        block = s.blockIndex();
        speaker = Optional.empty();
      }
      Optional<String> here = introduced(s);
      boolean sameSentence = here.isPresent();
      if (sameSentence) {
        speaker = here;
      }
      Optional<String> who = speaker.isPresent() ? speaker
          : othersIntroduced ? Optional.empty() : post.author();
      if (who.isEmpty()) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).lower().equals("i") && s.token(i).tag().startsWith("PRP")) {
          job(s, i).ifPresent(f -> facts.add(new Fact(Fact.Predicate.WORKS_FOR,
              new Ref(EntityType.PERSON, who.get()), f.org(), f.role(), s.index(),
              Rule.SELF_INTRODUCTION.id(), Rule.SELF_INTRODUCTION.confidence(), !sameSentence)));
        }
      }
    }
    return facts;
  }

  private record Job(Ref org, Optional<String> role) {}

  /** "I work as ROLE for ORG", "I lead X at ORG", "I joined ORG", "internship with ORG". */
  private Optional<Job> job(TaggedSentence s, int i) {
    boolean working = false;
    boolean intern = false;
    int as = -1;
    for (int j = i + 1; j < s.size() && j <= i + MAX_SPAN; j++) {
      Token t = s.token(j);
      if (t.word().equals(".") || t.word().equals(";") || j > i + 1 && t.lower().equals("i")
          || s.isAt(j, EntityType.PERSON)) {
        return Optional.empty();
      }
      working |= lex.selfJobVerbs.contains(t.lemma());
      intern |= lex.selfJobWith.contains(t.lemma());
      as = as < 0 && t.lower().equals("as") ? j : as;
      Optional<PlacedMention> org = s.mentionAt(j).filter(m -> m.type() == EntityType.ORGANIZATION);
      if (org.isEmpty()) {
        continue;
      }
      String before = s.token(j - 1).lower();
      boolean linked = lex.selfJobPrepositions.contains(before)
          || before.equals("with") && intern
          || s.token(j - 1).lemma().equals("join");
      if (linked && (working || intern || titles.hasRoleWord(s, i + 1, j))) {
        // the role is what follows "as": "I work as a product manager for Acme"
        return Optional.of(new Job(org.get().ref(),
            as < 0 ? Optional.empty() : titles.in(s, as + 1, j - 1)));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether someone other than the author introduces themselves in the post: an interview. */
  static boolean othersIntroduced(List<TaggedSentence> sentences, Optional<String> author) {
    return sentences.stream().map(SelfIntroduction::introduced).flatMap(Optional::stream)
        .anyMatch(n -> author.map(a -> !a.equals(n)).orElse(true));
  }

  /** The person a sentence introduces in the first person: "I'm X", "My name is X". */
  static Optional<String> introduced(TaggedSentence s) {
    for (int i = 0; i + 2 < s.size(); i++) {
      String w = s.token(i).lower();
      String next = s.token(i + 1).lower();
      int name = -1;
      if (w.equals("i") && (next.equals("am") || next.equals("'m") || next.equals("’m"))) {
        name = i + 2;
      } else if (w.equals("my") && next.equals("name") && i + 3 < s.size()
          && s.token(i + 2).lemma().equals("be")) {
        name = i + 3;
      }
      if (name >= 0) {
        Optional<PlacedMention> m = s.mentionAt(name);
        if (m.isPresent() && m.get().type() == EntityType.PERSON && m.get().first() == name) {
          return Optional.of(m.get().name());
        }
      }
    }
    return Optional.empty();
  }
}
