package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.item;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.SpeakerRun.Affiliation;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs of speakers in a talk line, with the company (and role) the line gives each. */
class SpeakerRunTest {
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");
  private static final Ref INITECH = new Ref(EntityType.ORGANIZATION, "Initech");

  /** The run read from the first token of the sentence's line. */
  private static SpeakerRun.Speakers run(Words words) {
    return new SpeakerRun(LEX).read(item(words).build().sentence(0), 0);
  }

  private static Affiliation works(String person, Ref org) {
    return new Affiliation(person, org, Optional.empty());
  }

  @Test
  void eachSpeakerWithTheirOwnCompany() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP ,/, Acme/NNP &/CC Lee/NNP "
        + "Park/NNP ,/, Initech/NNP").person("Dana Reyes").org("Acme").person("Lee Park")
        .org("Initech"));
    assertEquals(List.of("Dana Reyes", "Lee Park"), r.names());
    assertEquals(List.of(works("Dana Reyes", ACME), works("Lee Park", INITECH)),
        r.affiliations());
    assertEquals(9, r.end(), "the run reads to the end of the line");
  }

  @Test
  void aCompanyAfterARunIsSharedByTheWholeRun() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP &/CC Lee/NNP Park/NNP ,/, "
        + "Acme/NNP").person("Dana Reyes").person("Lee Park").org("Acme"));
    assertEquals(List.of("Dana Reyes", "Lee Park"), r.names());
    assertEquals(List.of(works("Dana Reyes", ACME), works("Lee Park", ACME)), r.affiliations());
  }

  @Test
  void aCompanyInParentheses() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP (/-LRB- Acme/NNP )/-RRB- and/CC "
        + "Lee/NNP Park/NNP (/-LRB- Initech/NNP )/-RRB-").person("Dana Reyes").org("Acme")
        .person("Lee Park").org("Initech"));
    assertEquals(List.of("Dana Reyes", "Lee Park"), r.names());
    assertEquals(List.of(works("Dana Reyes", ACME), works("Lee Park", INITECH)),
        r.affiliations());
  }

  @Test
  void aRoleAtACompany() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP ,/, Staff/NNP Engineer/NNP at/IN "
        + "Acme/NNP").person("Dana Reyes").org("Acme"));
    assertEquals(List.of(new Affiliation("Dana Reyes", ACME, Optional.of("Staff Engineer"))),
        r.affiliations());
  }

  @Test
  void aListOfNamesHasNoCompanies() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP ,/, Lee/NNP Park/NNP and/CC "
        + "Sam/NNP Ortiz/NNP").person("Dana Reyes").person("Lee Park").person("Sam Ortiz"));
    assertEquals(List.of("Dana Reyes", "Lee Park", "Sam Ortiz"), r.names());
    assertEquals(List.of(), r.affiliations());
  }

  @Test
  void aOneWordPersonBetweenACommaAndAJoinedFullNameIsNoSpeaker() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP ,/, Initech/NNP &/CC Lee/NNP "
        + "Park/NNP ,/, Acme/NNP").person("Dana Reyes").person("Initech").person("Lee Park")
        .org("Acme"));
    assertEquals(List.of("Dana Reyes", "Lee Park"), r.names());
    assertTrue(r.affiliations().contains(works("Lee Park", ACME)), r.affiliations().toString());
  }

  @Test
  void theRunEndsAtTheFirstWordThatIsNoNameNorCompany() {
    SpeakerRun.Speakers r = run(sentence("Dana/NNP Reyes/NNP ,/, Acme/NNP ,/, explained/VBD/"
        + "explain Kafka/NNP").person("Dana Reyes").org("Acme").tech("Kafka"));
    assertEquals(List.of("Dana Reyes"), r.names());
    assertEquals(List.of(works("Dana Reyes", ACME)), r.affiliations());
    assertEquals(5, r.end(), "the run ends at the verb");
  }

  @Test
  void noNameAtTheStartIsNoRun() {
    SpeakerRun.Speakers r = run(sentence("by/IN Dana/NNP Reyes/NNP").person("Dana Reyes"));
    assertEquals(List.of(), r.names());
  }
}
