package dev.quarry.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing, one type within a post: every mention of a name votes for its type, the gazetteer
 * above a rule above the statistical model, so that "Tempo" is not a technology in one sentence
 * and a place in the next. A place that only the model saw loses to any other type. Events keep
 * their own type (their names are read by the event rules).
 */
final class TypeVotes {
  private TypeVotes() {}

  static List<Candidate> decide(List<Candidate> candidates) {
    Map<String, Map<EntityType, int[]>> votes = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.EVENT) {
        continue;
      }
      int[] v = votes.computeIfAbsent(Names.key(c.name()), k -> new EnumMap<>(EntityType.class))
          .computeIfAbsent(c.type(), t -> new int[2]);
      v[0] = Math.max(v[0], c.strength());
      v[1]++;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Map<EntityType, int[]> v = votes.get(Names.key(c.name()));
      if (c.type() == EntityType.EVENT || v == null || v.size() < 2) {
        out.add(c);
        continue;
      }
      EntityType winner = winner(v);
      // a listed name keeps the gazetteer's type; a weaker mention follows the strongest
      out.add(c.type() == winner || c.strength() == 3 ? c : c.as(winner));
    }
    return out;
  }

  /** The strongest type; between equals, the one more mentions give; a model's place last. */
  private static EntityType winner(Map<EntityType, int[]> v) {
    return v.entrySet().stream().max(Comparator
        .<Map.Entry<EntityType, int[]>>comparingInt(e -> e.getValue()[0])
        .thenComparing(e -> !(e.getKey() == EntityType.PLACE && e.getValue()[0] == 1))
        .thenComparingInt(e -> e.getValue()[1])
        .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
  }
}
