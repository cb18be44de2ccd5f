package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.Words;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The organization a post is about, as its title names it. */
class PostSubjectTest {
  private static Optional<String> subject(Words title) {
    return PostContext.subject(post().title(title).build().sentences(), LEX).map(Ref::name);
  }

  @Test
  void aTitleOpeningWithTheOrganizationMaybeAfterHow() {
    assertEquals(Optional.of("Acme"), subject(sentence("How/WRB Acme/NNP Cut/VBD Costs/NNS")
        .org("Acme")));
    assertEquals(Optional.of("Acme"), subject(sentence("Acme/NNP Raises/VBZ/raise Funds/NNS")
        .org("Acme")));
  }

  @Test
  void anOrganizationAfterAtOrOwningTheRest() {
    assertEquals(Optional.of("Acme"), subject(sentence("Streaming/VBG Kafka/NNP at/IN Acme/NNP")
        .tech("Kafka").org("Acme")));
    assertEquals(Optional.of("Acme"), subject(sentence("Inside/IN Acme/NNP 's/POS Kafka/NNP "
        + "Journey/NN").org("Acme").tech("Kafka")));
  }

  @Test
  void noSubjectInTheMiddleOfATitleOrAfterThe() {
    assertEquals(Optional.empty(), subject(sentence("Notes/NNS on/IN Kafka/NNP from/IN Acme/NNP")
        .tech("Kafka").org("Acme")));
    assertEquals(Optional.empty(), subject(sentence("Looking/VBG Back/RB at/IN the/DT Acme/NNP "
        + "Program/NNP '/POS 21/CD").org("Acme Program")));
  }
}
