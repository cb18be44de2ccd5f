package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TestSentences.Words;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The job title a run of words spells, and which words are role words. */
class JobTitleTest {
  private static final JobTitle TITLES = new JobTitle(LEX);

  private static TaggedSentence tagged(Words words) {
    return paragraph(words).build().sentence(0);
  }

  /** The title in all the words of a sentence. */
  private static Optional<String> title(Words words) {
    TaggedSentence s = tagged(words);
    return TITLES.in(s, 0, s.size());
  }

  @Test
  void leadWordsAndCountsAreNoPartOfATitle() {
    assertEquals(Optional.of("database engineers"),
        title(sentence("two/CD of/IN our/PRP$ database/NN engineers/NNS")));
  }

  @Test
  void ofAndACapitalizedWordAfterTheRoleBelongToIt() {
    TaggedSentence s = tagged(sentence("our/PRP$ Minister/NNP of/IN Engineering/NNP"));
    assertEquals(Optional.of("Minister of Engineering"), TITLES.in(s, 0, 2));
  }

  @Test
  void anOrganizationIsNoPartOfATitle() {
    assertEquals(Optional.of("CTO and Co-Founder"), title(sentence("Acme/NNP CTO/NNP and/CC "
        + "Co-Founder/NNP").org("Acme")));
    assertEquals(Optional.of("Head"), title(sentence("Head/NN of/IN Acme/NNP").org("Acme")));
  }

  @Test
  void employeesAndColleaguesAreRoleWordsButNoTitles() {
    TaggedSentence employees = tagged(sentence("two/CD of/IN our/PRP$ employees/NNS"));
    assertTrue(TITLES.hasRoleWord(employees, 0, employees.size()));
    assertEquals(Optional.empty(), TITLES.in(employees, 0, employees.size()));

    TaggedSentence colleague = tagged(sentence("my/PRP$ colleague/NN"));
    assertTrue(TITLES.isRoleWord(colleague.token(1)));
    assertEquals(Optional.empty(), TITLES.in(colleague, 0, colleague.size()));
  }

  @Test
  void aWordThatIsNoRoleMakesNoTitle() {
    TaggedSentence s = tagged(sentence("our/PRP$ Kafka/NNP cluster/NN").tech("Kafka"));
    assertFalse(TITLES.hasRoleWord(s, 0, s.size()));
    assertEquals(Optional.empty(), TITLES.in(s, 0, s.size()));
  }
}
