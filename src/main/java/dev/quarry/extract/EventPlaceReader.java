package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event is held in the place named nearest to it in a sentence ("this year's Percona Live
 * Europe in Amsterdam", "a successful TiDB DevCon in Beijing"). Regions ("in Europe") say where a
 * conference is from, not where it was held.
 */
final class EventPlaceReader implements SentenceReader {
  /** The farthest a place may be from its event, in tokens from the event's last word. */
  private static final int MAX_DISTANCE = 20;
  /** The farthest a place after "in" may be for the surer rule, counted the same way. */
  private static final int IN_PLACE_DISTANCE = 3;

  private final Lexicon lex;
  private final Gazetteer gazetteer;

  EventPlaceReader(Lexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  @Override
  public List<Fact> read(TaggedSentence s, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    List<PlacedMention> events = s.mentionsOf(EntityType.EVENT);
    if (events.isEmpty()) {
      return facts;
    }
    for (PlacedMention place : s.mentionsOf(EntityType.PLACE)) {
      if (gazetteer.region(place.name()).isPresent()) {
        continue;
      }
      PlacedMention nearest = null;
      int best = Integer.MAX_VALUE;
      for (PlacedMention e : events) {
        int d = place.first() > e.last() ? place.first() - e.last() : e.first() - place.last();
        if (d < best) {
          best = d;
          nearest = e;
        }
      }
      if (best <= MAX_DISTANCE) {
        boolean in = place.first() >= 1 && place.first() > nearest.last()
            && lex.placePrepositions.contains(s.token(place.first() - 1).lower());
        Rule rule = in && best <= IN_PLACE_DISTANCE ? Rule.EVENT_IN_PLACE : Rule.EVENT_NEAR_PLACE;
        double confidence = rule.confidence() - best * Rule.PLACE_PER_TOKEN;
        facts.add(new Fact(Fact.Predicate.HELD_IN, nearest.ref(), place.ref(), Optional.empty(),
            s.index(), rule.id(), confidence, false));
      }
    }
    return facts;
  }
}
