package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The company of the person an interview is with: their "we" is that company's. */
class IntervieweeTest {
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");

  private static Words danaAtAcme() {
    return sentence("I/PRP spoke/VBD/speak with/IN Dana/NNP Reyes/NNP ,/, a/DT principal/JJ "
        + "engineer/NN at/IN Acme/NNP ./.").person("Dana Reyes").org("Acme");
  }

  private static Optional<Ref> company(PostBuilder post) {
    TestSentences.TestPost p = post.build();
    return Interviewee.company(p.sentences(), p::sentences, p.context(),
        new EmploymentReader(LEX), LEX);
  }

  @Test
  void theOnePersonAnInterviewsTitleNamesWorksForTheCompanyItsWeSpeaksFor() {
    Optional<Ref> company = company(post().publisher("Globex", 1.0)
        .title(sentence("Five/CD questions/NNS with/IN Dana/NNP Reyes/NNP").person("Dana Reyes"))
        .paragraph(danaAtAcme()));
    assertEquals(Optional.of(ACME), company);
    TestSentences.TestPost p = post().publisher("Globex", 1.0).build();
    assertEquals(Optional.of(ACME), p.context().about(company.get()).we());
  }

  @Test
  void aTitleThatIsNoInterviewsOrNamesTwoPeopleOrTheAuthorHasNone() {
    assertEquals(Optional.empty(), company(post().title(sentence("Dana/NNP Reyes/NNP "
        + "joins/VBZ/join the/DT team/NN").person("Dana Reyes")).paragraph(danaAtAcme())));
    assertEquals(Optional.empty(), company(post().title(sentence("A/DT chat/NN with/IN Dana/NNP "
        + "Reyes/NNP and/CC Lee/NNP Park/NNP").person("Dana Reyes").person("Lee Park"))
        .paragraph(danaAtAcme())));
    assertEquals(Optional.empty(), company(post().author("Dana Reyes").title(sentence("A/DT "
        + "chat/NN with/IN Dana/NNP Reyes/NNP").person("Dana Reyes")).paragraph(danaAtAcme())));
    assertEquals(Optional.empty(), company(post().title(sentence("Meet/VB Dana/NNP Reyes/NNP ,/, "
        + "our/PRP$ new/JJ CTO/NN").person("Dana Reyes")).paragraph(danaAtAcme())),
        "a new hire is no interviewee");
  }
}
