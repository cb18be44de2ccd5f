package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.TestPost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where "I" works: the person who introduced themselves, else the post's author. */
class SelfIntroductionTest {
  private static List<String> read(PostBuilder post) {
    TestPost p = post.build();
    return new SelfIntroduction(LEX).read(p.sentences(), p.context()).stream()
        .map(f -> f.subject().name() + " at " + f.object().name()
            + f.role().map(r -> " as " + r).orElse(""))
        .toList();
  }

  @Test
  void iWorkAsARoleForAnOrganizationAfterIntroducingMyself() {
    assertEquals(List.of("Dana Reyes at Acme as product manager"), read(paragraph(
        sentence("I/PRP 'm/VBP/be Dana/NNP Reyes/NNP ./.").person("Dana Reyes"),
        sentence("I/PRP work/VBP as/IN a/DT product/NN manager/NN for/IN Acme/NNP ./.")
            .org("Acme"))));
  }

  @Test
  void myNameIsAndAnInternshipWithAnOrganization() {
    assertEquals(List.of("Dana Reyes at Acme"), read(paragraph(sentence("My/PRP$ name/NN "
        + "is/VBZ/be Dana/NNP Reyes/NNP ,/, and/CC I/PRP worked/VBD/work on/IN Kafka/NNP via/IN "
        + "an/DT internship/NN with/IN Acme/NNP ./.").person("Dana Reyes").tech("Kafka")
        .org("Acme"))));
  }

  @Test
  void theAuthorWhenNobodyIntroducesThemselves() {
    assertEquals(List.of("Lee Park at Acme"), read(paragraph(sentence("Last/JJ year/NN "
        + "I/PRP joined/VBD/join Acme/NNP ./.").org("Acme")).author("Lee Park")));
  }

  @Test
  void anotherPersonsSelfIntroductionIsNotTheAuthors() {
    assertEquals(List.of(), read(post().paragraph(sentence("I/PRP 'm/VBP/be Dana/NNP Reyes/NNP "
        + "./.").person("Dana Reyes")).paragraph(sentence("I/PRP work/VBP for/IN Acme/NNP ./.")
        .org("Acme")).author("Lee Park")));
  }

  @Test
  void workingWithPeopleFromAnOrganizationIsNoJob() {
    assertEquals(List.of(), read(paragraph(sentence("I/PRP worked/VBD/work with/IN Acme/NNP "
        + "on/IN the/DT release/NN ./.").org("Acme")).author("Lee Park")));
  }
}
