package dev.quarry.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An event is held in the place named nearest to it in a sentence ("this year's Percona Live
 * Europe in Amsterdam", "a successful TiDB DevCon in Beijing"), or anywhere in it for a meetup
 * (a local group: "the Acme meetup (... other events in Lisbon)"). Regions ("in Europe") say where
 * a conference is from, not where it was held. "The Rust Conference" in a post about "RustCon
 * Asia" is that event.
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
      post.mainEvent().ifPresent(e -> ofThePost(s, new Ref(EntityType.EVENT, e), facts));
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
      // a meetup's place may be named far after it ("the X meetup (... events in Lisbon)"),
      // never before it ("Having moved from Berlin, I joined the X meetup")
      boolean local = isLocal(nearest.name()) && place.first() > nearest.last();
      if (best <= MAX_DISTANCE || local) {
        boolean in = place.first() >= 1 && place.first() > nearest.last()
            && lex.placePrepositions.contains(s.token(place.first() - 1).lower());
        Rule rule = in && best <= IN_PLACE_DISTANCE ? Rule.EVENT_IN_PLACE : Rule.EVENT_NEAR_PLACE;
        double confidence = rule.confidence() - Math.min(best, MAX_DISTANCE) * Rule.PLACE_PER_TOKEN;
        facts.add(new Fact(Fact.Predicate.HELD_IN, ofPost(nearest, post), place.ref(),
            Optional.empty(), s.index(), rule.id(), confidence, false));
      }
    }
    return facts;
  }

  /** Whether an event is a local group's: "GoSV meetup", "the Lisbon Java User Group". */
  private boolean isLocal(String event) {
    String lower = " " + event.toLowerCase(Locale.ROOT) + " ";
    return lex.localEvents.stream().anyMatch(w -> lower.contains(" " + w + " "));
  }

  /**
   * The post's main event when the sentence's is its long form ("the Rust Conference" for
   * "RustCon Asia": "-Con" shortens "Conference"), else the sentence's event.
   */
  private Ref ofPost(PlacedMention event, PostContext post) {
    String[] words = event.name().toLowerCase(Locale.ROOT).split("\\s+");
    if (words.length < 2 || !lex.contracted.contains(words[words.length - 1])) {
      return event.ref();
    }
    String shortName = String.join("", Arrays.copyOf(words, words.length - 1)) + "con";
    return post.mainEvent().filter(main -> !main.equals(event.name()) && main.toLowerCase(
        Locale.ROOT).split("\\s+")[0].equals(shortName))
        .map(main -> new Ref(EntityType.EVENT, main)).orElse(event.ref());
  }

  /**
   * A place the post's event is held in, in a sentence that names no event: "activities in
   * Detroit from October 24", "See you in Denver!".
   */
  private void ofThePost(TaggedSentence s, Ref event, List<Fact> facts) {
    for (PlacedMention place : s.mentionsOf(EntityType.PLACE)) {
      int at = place.first() - 1;
      if (at < 0 || !lex.placePrepositions.contains(s.token(at).lower())
          || gazetteer.region(place.name()).isPresent()) {
        continue;
      }
      boolean farewell = false;
      for (String phrase : lex.farewells) {
        int n = phrase.split(" ").length;
        farewell |= at - n >= 0 && s.phraseAt(at - n, lex.farewells) == n;
      }
      int next = place.last() + 1;
      boolean dated = next + 1 < s.size() && lex.dateLinks.contains(s.token(next).lower())
          && (s.token(next + 1).tag().equals("CD")
              || lex.months.contains(s.token(next + 1).lower()));
      if (farewell || dated) {
        Rule rule = farewell ? Rule.SEE_YOU_IN : Rule.IN_PLACE_ON_DATES;
        facts.add(new Fact(Fact.Predicate.HELD_IN, event, place.ref(), Optional.empty(),
            s.index(), rule.id(), rule.confidence(), true));
      }
    }
  }
}
