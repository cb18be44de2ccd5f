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
  /** Whether the talk's line said where it was given, or that it is not known ("TBA"). */
  boolean eventGiven;
  Optional<String> title = Optional.empty();
  Optional<String> recording = Optional.empty();
  /** Each speaker's company as the talk's line gives it: "by A, Acme". */
  final List<SpeakerRun.Affiliation> affiliations = new ArrayList<>();
  int block;
  int section;
  /** A line of a talk listing, which later sentences never add to. */
  boolean closed;
  /** The tokens of a talk line's speakers and their companies, [start, end); or -1. */
  int speakerStart = -1;
  int speakerEnd = -1;

  TalkBuilder(Rule rule, double confidence, List<String> speakers, int sentence) {
    this.rule = rule;
    this.confidence = confidence;
    this.speakers.addAll(speakers);
    this.sentences.add(sentence);
  }

  /** The technologies a sentence names, and its organizations after token {@code after}. */
  void addTopics(TaggedSentence s, int after) {
    addTopics(s, after, 0, s.size());
  }

  /** The same, among tokens [from, to) only. */
  void addTopics(TaggedSentence s, int after, int from, int to) {
    for (PlacedMention m : s.mentions()) {
      boolean inside = m.first() >= from && m.last() < to;
      if (inside && (m.type() == EntityType.TECHNOLOGY
          || (m.type() == EntityType.ORGANIZATION && m.first() > after))) {
        topics.add(m.ref());
      }
    }
  }

  /**
   * The topics of a talk line: the technologies it names, and the organizations in its title (up
   * to the speakers), but nothing among the speakers and their companies.
   */
  void addLineTopics(TaggedSentence s) {
    for (PlacedMention m : s.mentions()) {
      boolean speakers = m.first() >= speakerStart && m.first() < speakerEnd;
      if (!speakers && (m.type() == EntityType.TECHNOLOGY
          || m.type() == EntityType.ORGANIZATION && m.last() < speakerStart)) {
        topics.add(m.ref());
      }
    }
  }

  Talk build() {
    return new Talk(speakers, event, new ArrayList<>(topics), title, recording, sentences,
        rule.id(), confidence);
  }
}
