package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.item;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who works where, and as what, in the forms EmploymentReader reads. */
class EmploymentReaderTest {
  private static final double VOICE = 0.9;
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");

  private static List<Fact> read(PostBuilder post) {
    return post.build().read(new EmploymentReader(LEX));
  }

  private static Fact worksFor(String person, Ref employer, String role, Rule rule,
      double confidence) {
    return new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, person), employer,
        Optional.ofNullable(role), 0, rule.id(), confidence, rule.voiced());
  }

  private static Fact worksFor(String person, Ref employer, String role, Rule rule) {
    return worksFor(person, employer, role, rule, rule.confidence());
  }

  @Test
  void aNameCommaRoleAtAnOrganization() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "CTO", Rule.APPOSITIVE_ROLE)),
        read(paragraph(sentence("We/PRP met/VBD/meet Dana/NNP Reyes/NNP ,/, CTO/NN at/IN "
            + "Acme/NNP ./.").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void theOrganizationIsNoPartOfTheRoleAfterTheComma() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "CTO", Rule.APPOSITIVE_ROLE)),
        read(paragraph(sentence("Dana/NNP Reyes/NNP ,/, Acme/NNP CTO/NN ,/, opened/VBD/open "
            + "the/DT day/NN ./.").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void namesFromAnOrganizationAllWorkThere() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_FROM_ORG),
        worksFor("Lee Park", ACME, null, Rule.PERSON_FROM_ORG)),
        read(paragraph(sentence("Dana/NNP Reyes/NNP &/CC Lee/NNP Park/NNP from/IN Acme/NNP "
            + "showed/VBD/show a/DT demo/NN ./.").person("Dana Reyes").person("Lee Park")
            .org("Acme"))));
  }

  @Test
  void anOrganizationAndRoleBeforeAName() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "CTO", Rule.ORG_ROLE_NAME)),
        read(paragraph(sentence("Acme/NNP CTO/NNP Dana/NNP Reyes/NNP opened/VBD/open the/DT "
            + "day/NN ./.").org("Acme").person("Dana Reyes"))));
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "Vice President of Engineering",
        Rule.ORG_ROLE_NAME)), read(paragraph(sentence("Acme/NNP Vice/NNP President/NNP of/IN "
            + "Engineering/NNP Dana/NNP Reyes/NNP spoke/VBD/speak ./.").org("Acme")
            .person("Dana Reyes"))));
  }

  @Test
  void ourCeoWorksForThePublisherAsSureAsItsVoice() {
    Words ourCeo = sentence("Our/PRP$ CEO/NN ,/, Dana/NNP Reyes/NNP ,/, opened/VBD/open the/DT "
        + "day/NN ./.").person("Dana Reyes");
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "CEO", Rule.OUR_ROLE,
        Rule.OUR_ROLE.confidence() * VOICE)), read(paragraph(ourCeo).publisher("Acme", VOICE)));
    assertEquals(List.of(), read(paragraph(ourCeo)), "no publisher, no employer");
  }

  @Test
  void aNameCommaOurRole() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "Community Manager", Rule.OUR_ROLE,
        Rule.OUR_ROLE.confidence() * VOICE)), read(paragraph(sentence("Dana/NNP Reyes/NNP ,/, "
            + "our/PRP$ Community/NNP Manager/NNP ,/, opened/VBD/open the/DT day/NN ./.")
            .person("Dana Reyes")).publisher("Acme", VOICE)));
  }

  @Test
  void twoOfOurDatabaseEngineersAreBothDatabaseEngineers() {
    Rule r = Rule.OUR_ROLE;
    double c = r.confidence() * VOICE;
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "database engineers", r, c),
        worksFor("Lee Park", ACME, "database engineers", r, c)),
        read(paragraph(sentence("Dana/NNP Reyes/NNP and/CC Lee/NNP Park/NNP ,/, two/CD of/IN "
            + "our/PRP$ database/NN engineers/NNS ,/, built/VBD/build it/PRP ./.")
            .person("Dana Reyes").person("Lee Park")).publisher("Acme", VOICE)));
  }

  @Test
  void oneOfOurEmployeesWorksHereWithoutATitle() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.OUR_ROLE,
        Rule.OUR_ROLE.confidence() * VOICE)), read(paragraph(sentence("Dana/NNP Reyes/NNP ,/, "
            + "one/CD of/IN our/PRP$ employees/NNS ,/, built/VBD/build it/PRP ./.")
            .person("Dana Reyes")).publisher("Acme", VOICE)));
  }

  @Test
  void myColleagueWorksForThePublisherWithoutARole() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.MY_COLLEAGUE,
        Rule.MY_COLLEAGUE.confidence() * VOICE)), read(paragraph(sentence("My/PRP$ "
            + "colleague/NN Dana/NNP Reyes/NNP wrote/VBD/write the/DT code/NN ./.")
            .person("Dana Reyes")).publisher("Acme", VOICE)));
  }

  @Test
  void aBareLowerCaseRoleIsInTheBlogsVoice() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "engineer", Rule.BARE_ROLE,
        Rule.BARE_ROLE.confidence() * VOICE)), read(paragraph(sentence("We/PRP thank/VBP "
            + "engineer/NN Dana/NNP Reyes/NNP ./.").person("Dana Reyes"))
            .publisher("Acme", VOICE)));
  }

  @Test
  void aNameCommaOrganizationEndingTheSentence() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_COMMA_ORG)),
        read(paragraph(sentence("We/PRP thank/VBP Dana/NNP Reyes/NNP ,/, Acme/NNP ./.")
            .person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aNameCommaOrganizationInAListItemNeedNotEndIt() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_COMMA_ORG)),
        read(item(sentence("Dana/NNP Reyes/NNP ,/, Acme/NNP :/: Streams/NNS at/IN Scale/NN")
            .person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aNameCommaOrganizationWithinAListOfThingsIsNoJob() {
    assertEquals(List.of(), read(paragraph(sentence("We/PRP thank/VBP Dana/NNP Reyes/NNP ,/, "
        + "Acme/NNP ,/, and/CC Lee/NNP Park/NNP ./.").person("Dana Reyes").org("Acme")
        .person("Lee Park"))));
  }

  @Test
  void aCommaBeforeAClauseWithAVerbIsNoAppositive() {
    assertEquals(List.of(), read(paragraph(sentence("In/IN addition/NN to/TO Dana/NNP "
        + "Reyes/NNP ,/, five/CD engineers/NNS from/IN Acme/NNP spoke/VBD/speak ./.")
        .person("Dana Reyes").org("Acme"))));
  }
  @Test
  void aNameWithItsOrganizationInParentheses() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_COMMA_ORG)),
        read(item(sentence("Dana/NNP Reyes/NNP (/-LRB- Acme/NNP )/-RRB-").person("Dana Reyes")
            .org("Acme"))));
  }

  @Test
  void aNameWithItsRoleAtAnOrganizationInParentheses() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "Platform Engineer", Rule.APPOSITIVE_ROLE)),
        read(paragraph(sentence("Dana/NNP Reyes/NNP (/-LRB- Platform/NNP Engineer/NNP at/IN "
            + "Acme/NNP )/-RRB- wrote/VBD/write it/PRP ./.").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aHandleInParenthesesBeforeFromOrganization() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_FROM_ORG)),
        read(paragraph(sentence("We/PRP welcome/VBP Dana/NNP Reyes/NNP (/-LRB- @dreyes/NN "
            + ")/-RRB- from/IN Acme/NNP ./.").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aHandleAndOrganizationInParentheses() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_COMMA_ORG)),
        read(item(sentence("Dana/NNP Reyes/NNP (/-LRB- @dreyes/NN ,/, Acme/NNP )/-RRB- for/IN "
            + "the/DT fix/NN").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aNameCommaRoleCommaOrganization() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "Head of Storage", Rule.APPOSITIVE_ROLE)),
        read(item(sentence("Dana/NNP Reyes/NNP (/-LRB- ID/NN :/: dreyes/NN )/-RRB- ,/, Head/NN "
            + "of/IN Storage/NNP Team/NNP ,/, Acme/NNP").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void namesOfAnOrganization() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.PERSON_FROM_ORG),
        worksFor("Lee Park", ACME, null, Rule.PERSON_FROM_ORG)),
        read(paragraph(sentence("Dana/NNP Reyes/NNP and/CC Lee/NNP Park/NNP of/IN Acme/NNP "
            + "spoke/VBD/speak ./.").person("Dana Reyes").person("Lee Park").org("Acme"))));
  }

  @Test
  void aLongAppositiveWithTwoRolesKeepsTheOneAtTheOrganization() {
    List<Fact> facts = read(paragraph(sentence("Dana/NNP Reyes/NNP ,/, a/DT Rust/NNP core/NN "
        + "team/NN member/NN and/CC now/RB an/DT Acme/NNP senior/JJ engineer/NN ,/, "
        + "opened/VBD/open ./.").person("Dana Reyes").org("Acme")));
    assertEquals(1, facts.size(), facts::toString);
    assertEquals(ACME, facts.get(0).object());
  }
  @Test
  void aRoleAtAnOrganizationRightBeforeTheVerb() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "GM", Rule.APPOSITIVE_ROLE)),
        read(paragraph(sentence("First/RB ,/, Dana/NNP Reyes/NNP ,/, Acme/NNP GM/NNP "
            + "spoke/VBD/speak about/IN scale/NN ./.").person("Dana Reyes").org("Acme"))));
  }

  @Test
  void aNameWhoLeadsSomethingAtAnOrganization() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, null, Rule.WHO_WORKS_AT)),
        read(paragraph(sentence("We/PRP met/VBD/meet Dana/NNP Reyes/NNP ,/, who/WP "
            + "leads/VBZ/lead the/DT storage/NN lab/NN at/IN Acme/NNP ./.").person("Dana Reyes")
            .org("Acme"))));
  }
  @Test
  void aClauseAfterTheNameIsNoAppositive() {
    assertEquals(List.of(), read(paragraph(sentence("I/PRP 'm/VBP/be Dana/NNP Reyes/NNP ,/, "
        + "and/CC I/PRP lead/VBP the/DT team/NN ./.").person("Dana Reyes"))
        .publisher("Acme", VOICE)));
  }
  @Test
  void aLowerCaseTitleWithAcronymsIsInTheBlogsVoice() {
    assertEquals(List.of(worksFor("Dana Reyes", ACME, "co-founder and CEO", Rule.BARE_ROLE,
        Rule.BARE_ROLE.confidence() * VOICE)), read(paragraph(sentence("``/`` Growth/NN "
            + "matters/VBZ/matter ,/, ''/'' says/VBZ/say co-founder/NN and/CC CEO/NN Dana/NNP "
            + "Reyes/NNP ./.").person("Dana Reyes")).publisher("Acme", VOICE)));
    assertEquals(List.of(), read(paragraph(sentence("We/PRP thank/VBP Senior/JJ Engineer/NN "
        + "Dana/NNP Reyes/NNP ./.").person("Dana Reyes")).publisher("Acme", VOICE)));
  }
}
