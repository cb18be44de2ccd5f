package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An organization uses a technology when a word between the two says so. */
class UsesReaderTest {
  private static List<Fact> read(Words sentence) {
    return paragraph(sentence).build().read(new UsesReader(LEX));
  }

  private static Fact uses(String org, String tech, Rule rule) {
    return new Fact(Fact.Predicate.USES, new Ref(EntityType.ORGANIZATION, org),
        new Ref(EntityType.TECHNOLOGY, tech), Optional.empty(), 0, rule.id(), rule.confidence(),
        false);
  }

  @Test
  void aUseWordBetweenOrganizationAndTechnology() {
    assertEquals(List.of(uses("Acme", "Kafka", Rule.USES_NEAR_TRIGGER)),
        read(sentence("Acme/NNP deployed/VBD/deploy Kafka/NNP in/IN its/PRP$ pipeline/NN ./.")
            .org("Acme").tech("Kafka")));
  }

  @Test
  void aUsePhraseBetweenThemToo() {
    assertEquals(List.of(uses("Acme", "Kafka", Rule.USES_NEAR_TRIGGER)),
        read(sentence("Kafka/NNP in/IN production/NN at/IN Acme/NNP ./.").tech("Kafka")
            .org("Acme")));
  }

  @Test
  void bothNamedWithoutAUseWordIsNoUse() {
    assertEquals(List.of(), read(sentence("Acme/NNP and/CC Kafka/NNP were/VBD/be both/DT "
        + "on/IN the/DT agenda/NN ./.").org("Acme").tech("Kafka")));
  }

  @Test
  void aUseWordOutsideThePairIsNoUse() {
    assertEquals(List.of(), read(sentence("Acme/NNP likes/VBZ/like Kafka/NNP ,/, which/WDT "
        + "we/PRP use/VBP ./.").org("Acme").tech("Kafka")));
  }

  @Test
  void aTechnologyUserCommaOrganization() {
    assertEquals(List.of(uses("Initech", "Kafka", Rule.TECHNOLOGY_USER)),
        read(sentence("A/DT big/JJ Kafka/NNP user/NN ,/, Initech/NNP ,/, joined/VBD/join "
            + "us/PRP ./.").tech("Kafka").org("Initech")));
  }

  @Test
  void anOrganizationAndATechnologyTooFarApartAreNoUse() {
    assertEquals(List.of(), read(sentence("Acme/NNP uses/VBZ/use ,/, as/IN its/PRP$ "
        + "engineers/NNS said/VBD/say at/IN length/NN in/IN a/DT long/JJ and/CC winding/JJ "
        + "thread/NN ,/, Kafka/NNP ./.").org("Acme").tech("Kafka")));
  }
}
