package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pronoun stands for the entity the sentence before opens with, in the same block. */
class PronounsTest {
  private static List<String> second(PostBuilder post) {
    return new Pronouns(LEX).resolve(post.build().sentences()).get(1).mentions().stream()
        .map(m -> m.name() + "@" + m.first()).toList();
  }

  @Test
  void itIsTheTechnologyTheSentenceBeforeOpensWith() {
    assertEquals(List.of("Kafka@0", "Acme@4"), second(paragraph(
        sentence("Kafka/NNP is/VBZ/be a/DT log/NN ./.").tech("Kafka"),
        sentence("It/PRP is/VBZ/be used/VBN/use by/IN Acme/NNP ./.").org("Acme"))));
  }

  @Test
  void theyOpeningASentenceIsTheOrganizationBefore() {
    assertEquals(List.of("Acme@0", "Kafka@3"), second(paragraph(
        sentence("Acme/NNP ran/VBD/run Pulsar/NNP ./.").org("Acme").tech("Pulsar"),
        sentence("They/PRP switched/VBD/switch to/TO Kafka/NNP ./.").tech("Kafka"))));
  }

  @Test
  void noPronounIsReadAcrossBlocksOrAfterAVerb() {
    assertEquals(List.of(), second(post().paragraph(sentence("Kafka/NNP is/VBZ/be a/DT log/NN "
        + "./.").tech("Kafka")).paragraph(sentence("It/PRP is/VBZ/be fast/JJ ./."))));
    assertEquals(List.of(), second(paragraph(sentence("We/PRP like/VBP Kafka/NNP ./.")
        .tech("Kafka"), sentence("It/PRP is/VBZ/be fast/JJ ./."))));
  }

  @Test
  void itLaterInASentenceIsTheTechnologyItOpensWith() {
    assertEquals(List.of("Kafka@0", "Acme@4", "Kafka@8"), second(paragraph(
        sentence("Logs/NNS matter/VBP ./."),
        sentence("Kafka/NNP is/VBZ/be liked/VBN/like by/IN Acme/NNP ,/, which/WDT runs/VBZ/run "
            + "it/PRP daily/RB ./.").tech("Kafka").org("Acme"))));
    assertEquals(List.of("Kafka@0", "Pulsar@3", "Acme@5"), second(paragraph(
        sentence("Logs/NNS matter/VBP ./."),
        sentence("Kafka/NNP is/VBZ/be like/IN Pulsar/NNP for/IN Acme/NNP ,/, which/WDT runs/VBZ/run "
            + "it/PRP daily/RB ./.").tech("Kafka").tech("Pulsar").org("Acme"))));
  }
}
