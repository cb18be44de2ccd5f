package dev.quarry.extract;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A named thing as one node: its type and preferred name (together its identity), the other names
 * it was written as, its Wikidata ID when the gazetteer knows it, and for a conference edition the
 * series it belongs to.
 */
public record Entity(
    EntityType type, String name, Set<String> aliases, Optional<String> wikidata,
    Optional<String> series) {

  public Entity {
    aliases = Set.copyOf(new TreeSet<>(aliases));
  }
}
