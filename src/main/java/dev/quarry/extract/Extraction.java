package dev.quarry.extract;

import java.util.List;

/**
 * What was extracted from one post: its entities, where each is mentioned, the sentences, the
 * authors as entities (people, or organizations when the front matter names a group), the talks
 * it tells of and the facts it states.
 */
public record Extraction(List<Entity> entities, List<Mention> mentions, List<Sentence> sentences,
    List<Entity> authors, List<Talk> talks, List<Fact> facts) {
  public Extraction {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    sentences = List.copyOf(sentences);
    authors = List.copyOf(authors);
    talks = List.copyOf(talks);
    facts = List.copyOf(facts);
  }
}
