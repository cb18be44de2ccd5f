package dev.quarry.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A talk while its sentences are read: speakers, event, topics, title and recording grow. */
final class TalkBuilder {
  final List<String> speakers = new ArrayList<>();
  final Set<Ref> topics = new LinkedHashSet<>();
  final List<Integer> sentences = new ArrayList<>();
  final Rule rule;
  final double confidence;
  Optional<String> event = Optional.empty();
  double eventConfidence;
  boolean eventImplicit;
  Optional<String> title = Optional.empty();
  Optional<String> recording = Optional.empty();
  int block;
  int section;

  TalkBuilder(Rule rule, double confidence, List<String> speakers, int sentence) {
    this.rule = rule;
    this.confidence = confidence;
    this.speakers.addAll(speakers);
    this.sentences.add(sentence);
  }

  /** The technologies a sentence names, and its organizations after token {@code after}. */
  void addTopics(TaggedSentence s, int after) {
    for (PlacedMention m : s.mentions()) {
      if (m.type() == EntityType.TECHNOLOGY
          || (m.type() == EntityType.ORGANIZATION && m.first() > after)) {
        topics.add(m.ref());
      }
    }
  }

  /** Whether this talk is a line of a list of talks (which never takes a later sentence's). */
  boolean listed() {
    return rule == Rule.TALK_LIST_LINK || rule == Rule.TALK_LIST_COLON;
  }

  Talk build() {
    return new Talk(speakers, event, new ArrayList<>(topics), title, recording, sentences,
        rule.id(), confidence);
  }
}
