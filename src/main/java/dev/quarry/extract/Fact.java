package dev.quarry.extract;

import java.util.Optional;

/**
 * A relation between two entities, with its evidence: the sentence it was read from, the rule that
 * read it and how sure that rule is. {@code role} is a job title for {@link Predicate#WORKS_FOR}.
 * {@code implicit} marks facts that needed the blog's voice ("our CTO") or more than one sentence.
 */
public record Fact(Predicate predicate, Ref subject, Ref object, Optional<String> role,
    int sentence, String rule, double confidence, boolean implicit) {

  /** The relations Quarry extracts; each is documented in ontology/quarry.ttl. */
  public enum Predicate {
    WORKS_FOR,
    USES,
    HELD_IN,
    SPONSORS,
    SPOKE_AT,
    SPOKE_ABOUT
  }
}
