package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who works where, in a clause of its own, and who joins the blog's company. */
class WorkClausesTest {
  private static final double VOICE = 0.7;
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");

  private static List<Fact> read(PostBuilder post) {
    return post.build().read(new WorkClauses(LEX));
  }

  private static Fact worksFor(String person, String role, Rule rule, double confidence) {
    return new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, person), ACME,
        Optional.ofNullable(role), 0, rule.id(), confidence, rule.voiced());
  }

  @Test
  void aPersonIsARoleAtAnOrganization() {
    assertEquals(List.of(worksFor("Vera Holm", "Head of People", Rule.WORKS_CLAUSE,
        Rule.WORKS_CLAUSE.confidence())), read(paragraph(sentence("Vera/NNP Holm/NNP is/VBZ/be "
            + "Head/NNP of/IN People/NNP at/IN Acme/NNP ./.").person("Vera Holm").org("Acme"))));
  }

  @Test
  void aPersonLeadsSomethingAtAnOrganization() {
    assertEquals(List.of(worksFor("Vera Holm", null, Rule.WORKS_CLAUSE,
        Rule.WORKS_CLAUSE.confidence())), read(paragraph(sentence("Vera/NNP Holm/NNP "
            + "leads/VBZ/lead developer/NN relations/NNS at/IN Acme/NNP ./.").person("Vera Holm")
            .org("Acme"))));
    assertEquals(List.of(worksFor("Vera Holm", null, Rule.WORKS_CLAUSE,
        Rule.WORKS_CLAUSE.confidence())), read(paragraph(sentence("At/IN Acme/NNP ,/, Vera/NNP "
            + "Holm/NNP works/VBZ/work on/IN the/DT planner/NN ./.").person("Vera Holm")
            .org("Acme"))));
  }

  @Test
  void aPastJobIsNoJobNow() {
    assertEquals(List.of(), read(paragraph(sentence("Vera/NNP Holm/NNP was/VBD/be previously/RB "
        + "a/DT designer/NN at/IN Acme/NNP ./.").person("Vera Holm").org("Acme"))));
    assertEquals(List.of(), read(paragraph(sentence("Vera/NNP Holm/NNP is/VBZ/be "
        + "previously/RB a/DT designer/NN at/IN Acme/NNP ./.").person("Vera Holm").org("Acme"))));
  }

  @Test
  void aNewHireJoinsTheBlogsCompanyNotTheOneSheComesFrom() {
    Ref globex = new Ref(EntityType.ORGANIZATION, "Globex");
    List<Fact> facts = read(paragraph(sentence("Vera/NNP Holm/NNP joins/VBZ/join us/PRP "
        + "from/IN Globex/NNP ./.").person("Vera Holm").org("Globex")).publisher("Acme", VOICE));
    assertEquals(List.of(worksFor("Vera Holm", null, Rule.JOINS_US,
        Rule.JOINS_US.confidence() * VOICE)), facts);
    assertEquals(List.of(), facts.stream().filter(f -> f.object().equals(globex)).toList());
    assertEquals(List.of(), read(paragraph(sentence("Vera/NNP Holm/NNP joins/VBZ/join us/PRP "
        + "from/IN Globex/NNP ./.").person("Vera Holm").org("Globex"))), "no publisher");
  }

  @Test
  void aGuestWhoJoinsUsToTalkIsNoHire() {
    assertEquals(List.of(), read(paragraph(sentence("Vera/NNP Holm/NNP joins/VBZ/join us/PRP "
        + "to/TO talk/VB about/IN Rust/NNP ./.").person("Vera Holm").tech("Rust"))
        .publisher("Acme", VOICE)));
  }
}
