package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places the entity a pronoun stands for on it, for the sentence readers: "Vitess is a database.
 * It is used by Slack" (the technology the sentence before opens with), "Acme used Kafka. They
 * switched to Pulsar" (the organization it opens with), "Vitess is used by Acme, which runs it
 * on Kubernetes" (the technology its own sentence opens with). Only within one block, and only the
 * entity that is the sentence before's (or its own) subject: named before its first verb.
 */
final class Pronouns {
  private final Lexicon lex;

  Pronouns(Lexicon lex) {
    this.lex = lex;
  }

  /** The sentences, each pronoun that stands for its sentence before's subject named. */
  List<TaggedSentence> resolve(List<TaggedSentence> sentences) {
    List<TaggedSentence> out = new ArrayList<>(sentences.size());
    TaggedSentence before = null;
    for (TaggedSentence s : sentences) {
      TaggedSentence resolved = s;
      if (before != null && before.blockIndex() == s.blockIndex()) {
        Optional<PlacedMention> subject = subject(before);
        if (subject.isPresent()) {
          resolved = place(s, subject.get());
        }
      }
      out.add(ownSubject(resolved));
      before = s;
    }
    return out;
  }

  /** The entity a sentence opens with, named before its first verb. */
  private static Optional<PlacedMention> subject(TaggedSentence s) {
    if (s.mentions().isEmpty()) {
      return Optional.empty();
    }
    PlacedMention first = s.mentions().get(0);
    for (int j = 0; j < first.first(); j++) {
      if (s.token(j).isVerb()) {
        return Optional.empty();
      }
    }
    return Optional.of(first);
  }

  /** The sentence with the technology it opens with placed on the first "it" after it. */
  private TaggedSentence ownSubject(TaggedSentence s) {
    Optional<PlacedMention> subject = subject(s).filter(m -> m.type() == EntityType.TECHNOLOGY);
    if (subject.isEmpty()) {
      return s;
    }
    for (int j = subject.get().last() + 1; j < s.size(); j++) {
      Optional<PlacedMention> m = s.mentionAt(j);
      if (m.isPresent() && m.get().type() == EntityType.TECHNOLOGY) {
        return s; // another technology: "it" may be that one
      }
      if (m.isEmpty() && lex.itPronouns.contains(s.token(j).lower())
          && s.token(j).tag().startsWith("PRP")) {
        List<PlacedMention> ms = new ArrayList<>(s.mentions());
        ms.add(new PlacedMention(subject.get().ref(), j, j));
        ms.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return new TaggedSentence(s.index(), s.tokens(), ms, s.block(), s.blockIndex(),
            s.section(), s.start(), s.end());
      }
    }
    return s;
  }

  /** The sentence with the subject placed on the first pronoun that stands for its type. */
  private TaggedSentence place(TaggedSentence s, PlacedMention subject) {
    List<String> pronouns = subject.type() == EntityType.TECHNOLOGY ? lex.itPronouns
        : subject.type() == EntityType.ORGANIZATION ? lex.theyPronouns : List.of();
    for (int j = 0; j < s.size(); j++) {
      if (s.mentionAt(j).filter(m -> m.type() == subject.type()).isPresent()) {
        return s; // named again before any pronoun
      }
      // "they" only opening the sentence: inside it, it is too often some people
      boolean placeOk = subject.type() == EntityType.TECHNOLOGY || j == 0;
      if (placeOk && pronouns.contains(s.token(j).lower()) && s.token(j).tag().startsWith("PRP")
          && s.mentionAt(j).isEmpty()) {
        List<PlacedMention> ms = new ArrayList<>(s.mentions());
        ms.add(new PlacedMention(subject.ref(), j, j));
        ms.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return new TaggedSentence(s.index(), s.tokens(), ms, s.block(), s.blockIndex(),
            s.section(), s.start(), s.end());
      }
    }
    return s;
  }
}
