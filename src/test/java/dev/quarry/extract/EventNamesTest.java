package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names of one post's events that stand for another. */
class EventNamesTest {
  @Test
  void aNameWrittenAloneJoinsThePostsOneEditionOfIt() {
    assertEquals(Map.of("Brask Summit", "Brask Summit Lyon 2031"), EventNames.shortForms(
        List.of("Brask Summit Lyon 2031", "Brask Summit", "Brask Summit Lyon 2031", "Tova Day")));
  }

  @Test
  void aNameWithTwoEditionsOrNoneJoinsNeither() {
    assertEquals(Map.of(), EventNames.shortForms(List.of("Brask Summit", "Brask Summit Lyon 2031",
        "Brask Summit Oslo 2031", "Tova Day", "Tova Days")));
  }

  @Test
  void aConferenceSpelledOutJoinsItsConName() {
    assertEquals(Map.of("the Quill Conference", "QuillCon Asia 2030"),
        EventNames.shortForms(List.of("QuillCon Asia 2030", "the Quill Conference")));
  }
}
