package dev.quarry.extract;

import java.util.List;
import java.util.Optional;

/**
 * A talk, keynote, session, demo, panel or interview: who gave it, at which event, about what,
 * under which title, with its recording when the post links one; and the sentences it was read
 * from, the rule, and a confidence.
 */
public record Talk(List<String> speakers, Optional<String> event, List<Ref> topics,
    Optional<String> title, Optional<String> recording, List<Integer> sentences, String rule,
    double confidence) {

  public Talk {
    speakers = List.copyOf(speakers);
    topics = List.copyOf(topics);
    sentences = List.copyOf(sentences);
  }
}
