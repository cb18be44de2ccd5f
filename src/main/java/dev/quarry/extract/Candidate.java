package dev.quarry.extract;

import java.util.Optional;

/** A candidate mention: a span, typed and named, before resolution. */
record Candidate(Span span, EntityType type, String name, Optional<Gazetteer.Entry> entry,
    Optional<EventNames.Edition> edition) {

  /** How strong the evidence for the type is: the gazetteer 3, a rule 2, the model 1. */
  int strength() {
    return entry.isPresent() ? 3 : span.statistical() ? 1 : 2;
  }

  /** The same mention, read as {@code newType}. */
  Candidate as(EntityType newType) {
    return new Candidate(span, newType, name, entry, edition);
  }
}
