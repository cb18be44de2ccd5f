package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an event was held: the place named nearest to it, surest right after "in". */
class EventPlaceReaderTest {
  private static final EventPlaceReader READER = new EventPlaceReader(LEX, Gazetteer.load());

  private static List<Fact> read(Words sentence) {
    return paragraph(sentence).build().read(READER);
  }

  private static Fact only(List<Fact> facts) {
    assertEquals(1, facts.size(), facts::toString);
    return facts.get(0);
  }

  private static String heldIn(Fact f) {
    assertEquals(Fact.Predicate.HELD_IN, f.predicate());
    return f.subject().name() + " in " + f.object().name();
  }

  @Test
  void aPlaceRightAfterInIsWhereTheEventWasHeld() {
    Fact f = only(read(sentence("We/PRP loved/VBD/love Hexcon/NNP 2031/CD in/IN Lisbon/NNP ./.")
        .event("Hexcon 2031").place("Lisbon")));
    assertEquals("Hexcon 2031 in Lisbon", heldIn(f));
    assertEquals(Rule.EVENT_IN_PLACE.id(), f.rule());
    assertTrue(f.confidence() < Rule.EVENT_IN_PLACE.confidence(), f::toString);
    assertTrue(f.confidence() > Rule.EVENT_NEAR_PLACE.confidence(), f::toString);
  }

  @Test
  void aPlaceBeforeTheEventOrFartherAfterItIsOnlyNear() {
    assertEquals(Rule.EVENT_NEAR_PLACE.id(), only(read(sentence("Lisbon/NNP hosted/VBD/host "
        + "Hexcon/NNP ./.").place("Lisbon").event("Hexcon"))).rule());
    assertEquals(Rule.EVENT_NEAR_PLACE.id(), only(read(sentence("Hexcon/NNP was/VBD/be ,/, "
        + "as/IN always/RB ,/, in/IN Lisbon/NNP ./.").event("Hexcon").place("Lisbon"))).rule());
  }

  @Test
  void everyTokenFartherCostsConfidence() {
    double near = only(read(sentence("Lisbon/NNP hosted/VBD/host Hexcon/NNP ./.")
        .place("Lisbon").event("Hexcon"))).confidence();
    double far = only(read(sentence("Lisbon/NNP once/RB again/RB hosted/VBD/host Hexcon/NNP ./.")
        .place("Lisbon").event("Hexcon"))).confidence();
    assertEquals(2 * Rule.PLACE_PER_TOKEN, near - far, 1e-9);
    assertTrue(near < Rule.EVENT_NEAR_PLACE.confidence());
  }

  @Test
  void aRegionSaysWhereAConferenceIsFromNotWhereItWasHeld() {
    assertEquals(List.of(), read(sentence("Hexcon/NNP in/IN Europe/NNP grew/VBD/grow ./.")
        .event("Hexcon").place("Europe")));
    assertEquals("Hexcon in Lisbon", heldIn(only(read(sentence("Hexcon/NNP in/IN Europe/NNP "
        + "met/VBD/meet in/IN Lisbon/NNP ./.").event("Hexcon").place("Europe")
        .place("Lisbon")))));
  }

  @Test
  void thePlaceGoesToTheNearestEvent() {
    assertEquals("Datafest in Lisbon", heldIn(only(read(sentence("After/IN Hexcon/NNP we/PRP "
        + "flew/VBD/fly to/TO Datafest/NNP in/IN Lisbon/NNP ./.").event("Hexcon")
        .event("Datafest").place("Lisbon")))));
  }

  @Test
  void aPlaceTooFarFromAnyEventIsNone() {
    assertEquals(List.of(), read(sentence("Hexcon/NNP was/VBD/be great/JJ ,/, and/CC after/IN "
        + "it/PRP we/PRP took/VBD/take a/DT long/JJ train/NN ride/NN along/IN the/DT coast/NN "
        + "for/IN three/CD slow/JJ days/NNS to/TO Lisbon/NNP ./.").event("Hexcon")
        .place("Lisbon")));
  }
  private static List<String> readPost(TestSentences.PostBuilder post) {
    return post.build().read(READER).stream().map(EventPlaceReaderTest::heldIn).toList();
  }

  @Test
  void inACityFromItsDatesInAPostAboutOneEvent() {
    assertEquals(List.of("Hexcon 2031 in Lisbon"), readPost(TestSentences.post()
        .title(sentence("Talks/NNS at/IN Hexcon/NNP 2031/CD").event("Hexcon 2031"))
        .paragraph(sentence("Join/VB us/PRP for/IN workshops/NNS in/IN Lisbon/NNP from/IN "
            + "May/NNP 4/CD -/: 6/CD ./.").place("Lisbon"))));
  }

  @Test
  void seeYouInACityClosingAPostAboutOneEvent() {
    assertEquals(List.of("Hexcon 2031 in Lisbon"), readPost(TestSentences.post()
        .title(sentence("Talks/NNS at/IN Hexcon/NNP 2031/CD").event("Hexcon 2031"))
        .paragraph(sentence("See/VB you/PRP in/IN Lisbon/NNP !/.").place("Lisbon"))));
  }

  @Test
  void aCityWithNeitherDatesNorFarewellIsNotThePostsEvents() {
    assertEquals(List.of(), readPost(TestSentences.post()
        .title(sentence("Talks/NNS at/IN Hexcon/NNP 2031/CD").event("Hexcon 2031"))
        .paragraph(sentence("Our/PRP$ office/NN in/IN Lisbon/NNP grew/VBD/grow ./.")
            .place("Lisbon"))));
  }

  @Test
  void aMeetupIsHeldInThePlaceNamedAnywhereAfterItInItsSentence() {
    assertEquals(List.of("Gopherfolk meetup in Porto"), readPost(TestSentences.post()
        .paragraph(sentence("At/IN last/JJ week/NN 's/POS Gopherfolk/NNP meetup/NN (/-LRB- run/VBN "
            + "by/IN two/CD volunteers/NNS who/WP also/RB list/VBP the/DT other/JJ Go/NNP "
            + "events/NNS and/CC study/NN groups/NNS that/WDT happen/VBP every/DT month/NN in/IN "
            + "Porto/NNP )/-RRB- ,/, Dana/NNP spoke/VBD/speak ./.")
            .event("Gopherfolk meetup").place("Porto"))));
  }

  @Test
  void aMeetupIsNotHeldInAPlaceNamedFarBeforeIt() {
    assertEquals(List.of(), readPost(TestSentences.post()
        .paragraph(sentence("Having/VBG/have moved/VBN/move from/IN Porto/NNP to/TO a/DT small/JJ "
            + "town/NN with/IN no/DT office/NN ,/, no/DT friends/NNS and/CC no/DT good/JJ "
            + "coffee/NN anywhere/RB nearby/RB at/IN all/DT for/IN months/NNS ,/, Dana/NNP "
            + "joined/VBD/join the/DT Gopherfolk/NNP meetup/NN ./.")
            .event("Gopherfolk meetup").place("Porto"))));
  }

  @Test
  void aConferenceIsNotHeldInAPlaceFarAlongItsSentence() {
    assertEquals(List.of(), readPost(TestSentences.post()
        .paragraph(sentence("At/IN last/JJ week/NN 's/POS Hexcon/NNP (/-LRB- run/VBN "
            + "by/IN two/CD volunteers/NNS who/WP also/RB list/VBP the/DT other/JJ Go/NNP "
            + "events/NNS and/CC study/NN groups/NNS that/WDT happen/VBP every/DT month/NN in/IN "
            + "Porto/NNP )/-RRB- ,/, Dana/NNP spoke/VBD/speak ./.")
            .event("Hexcon").place("Porto"))));
  }

  @Test
  void theLongFormOfTheConferenceAPostIsAboutIsThatConference() {
    assertEquals(List.of("HexCon Europe in Grand Hotel Porto"), readPost(TestSentences.post()
        .title(sentence("Notes/NNS from/IN HexCon/NNP Europe/NNP").event("HexCon Europe"))
        .paragraph(sentence("We/PRP met/VBD/meet at/IN Grand/NNP Hotel/NNP Porto/NNP ,/, "
            + "where/WRB the/DT Hex/NNP Conference/NNP was/VBD/be held/VBN/hold ./.")
            .place("Grand Hotel Porto").event("Hex Conference"))));
    assertEquals(List.of("Hex Conference in Grand Hotel Porto"), readPost(TestSentences.post()
        .title(sentence("Notes/NNS from/IN DataCon/NNP Europe/NNP").event("DataCon Europe"))
        .paragraph(sentence("We/PRP met/VBD/meet at/IN Grand/NNP Hotel/NNP Porto/NNP ,/, "
            + "where/WRB the/DT Hex/NNP Conference/NNP was/VBD/be held/VBN/hold ./.")
            .place("Grand Hotel Porto").event("Hex Conference"))));
  }
}
