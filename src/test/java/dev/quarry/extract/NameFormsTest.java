package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names written in forms no list holds: conferences by acronym, people with a nickname. */
class NameFormsTest {
  private final EventNames events = new EventNames(Gazetteer.load());

  @Test
  void anAcronymAndAYearNameAnEditionHoweverTheYearIsWritten() {
    assertEquals("ICSE 2031", events.parse("ICSE 2031").orElseThrow().name());
    assertEquals("ICSE 2031", events.parse("ICSE2031").orElseThrow().name());
    assertEquals("ICSE 2009", events.parse("ICSE '09").orElseThrow().name());
    assertEquals("ICSE 1998", events.parse("ICSE ’98").orElseThrow().name());
  }

  @Test
  void theConferenceByItsAcronymJoinsTheEditionThePostDates() {
    EventNames.Edition bare = events.parse("ICSE conference").orElseThrow();
    EventNames.Edition dated = events.parse("ICSE 2031").orElseThrow();
    Map<EventNames.Edition, EventNames.Edition> full = EventNames.complete(List.of(bare, dated),
        Optional.of(LocalDate.of(2030, 5, 1)));
    assertEquals("ICSE 2031", full.get(bare).name());
  }

  @Test
  void aLongNameWithItsAcronymInParenthesesIsThatConference() {
    String text = "the 9th Symposium on Cloud Storage (SOCS) in Lisbon";
    int end = text.indexOf(" (");
    assertEquals(Optional.of("SOCS"), EventNames.acronymAfter(text, end)
        .map(EventNames.Edition::series));
    assertTrue(EventNames.acronymAfter("the Symposium on Cloud Storage (in Lisbon)", 29)
        .isEmpty());
  }

  @Test
  void wordsThatAreNoAcronymNameNoEdition() {
    assertTrue(events.parse("Spring Workshop 2031").isEmpty());
    assertTrue(events.parse("AB 2031").isEmpty());
  }

  @Test
  void aNicknameInParenthesesIsLeftOutOfTheNameAndNamesThePersonToo() {
    Map<String, String> r = PersonNames.resolve(List.of("Mei (Maggie) Lin", "Maggie Lin",
        "Mei", "Ruth Olsen"));
    assertEquals("Mei Lin", r.get("Mei (Maggie) Lin"));
    assertEquals("Mei Lin", r.get("Maggie Lin"));
    assertEquals("Mei Lin", r.get("Mei"));
    assertEquals("Ruth Olsen", r.get("Ruth Olsen"));
  }

  @Test
  void aMeetupIsAlsoNamedByItsGroup() {
    assertEquals(Optional.of("Lisbon Gophers"), EventNames.groupOf("Lisbon Gophers meetup",
        TestSentences.LEX.localEvents));
    assertEquals(Optional.empty(), EventNames.groupOf("Hexcon 2031", TestSentences.LEX.localEvents));
    assertEquals(Optional.empty(), EventNames.groupOf("meetup", TestSentences.LEX.localEvents));
  }
}
