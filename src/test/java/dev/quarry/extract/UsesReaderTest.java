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
  private static List<Fact> read(PostContext context, Words sentence) {
    TestSentences.TestPost p = paragraph(sentence).build();
    return new UsesReader(LEX).read(p.sentence(0), context);
  }

  private static PostContext about(String subject, String publisher) {
    PostContext c = paragraph(sentence("x/NN")).build().context();
    return new PostContext(c.text(), c.blocks(), c.links(),
        Optional.ofNullable(publisher).map(o -> new Ref(EntityType.ORGANIZATION, o)), 1.0,
        Optional.empty(), Optional.empty(),
        Optional.ofNullable(subject).map(o -> new Ref(EntityType.ORGANIZATION, o)), false);
  }

  @Test
  void aNegationBetweenThemIsNoUse() {
    assertEquals(List.of(), read(sentence("Acme/NNP does/VBZ/do not/RB use/VB Kafka/NNP ./.")
        .org("Acme").tech("Kafka")));
  }

  @Test
  void anOrganizationsProjectIsNotUsedByIt() {
    assertEquals(List.of(), read(sentence("Acme/NNP built/VBD/build it/PRP on/IN Kafka/NNP "
        + ",/, a/DT Initech/NNP project/NN ./.").tech("Kafka").org("Initech").org("Acme"))
        .stream().filter(f -> f.subject().name().equals("Initech")).toList());
  }

  @Test
  void anOrganizationsTechnologyClusterOrUpgrade() {
    assertEquals(List.of(uses("Acme", "Kafka", Rule.ORG_POSSESSIVE_USE)),
        read(sentence("Inside/IN Acme/NNP 's/POS Kafka/NNP Upgrade/NNP").org("Acme")
            .tech("Kafka")));
  }

  @Test
  void runningATechnologyAtAnOrganization() {
    assertEquals(List.of(uses("Acme", "Kafka", Rule.USES_AT_ORG)),
        read(sentence("Adopting/VBG/adopt Kafka/NNP at/IN Acme/NNP was/VBD/be hard/JJ ./.")
            .tech("Kafka").org("Acme")));
  }

  @Test
  void weChoseOnlyWhatWeChose() {
    List<Fact> facts = read(about("Initech", "Acme"), sentence("We/PRP evaluated/VBD/evaluate "
        + "Kafka/NNP and/CC Pulsar/NNP but/CC chose/VBD/choose Redpanda/NNP ./.").tech("Kafka")
        .tech("Pulsar").tech("Redpanda"));
    assertEquals(List.of("Initech uses Redpanda"), facts.stream()
        .map(f -> f.subject().name() + " uses " + f.object().name()).toList());
    assertEquals(Rule.WE_USE.id(), facts.get(0).rule());
  }

  @Test
  void weIsThePublisherWhenThePostIsAboutNoOtherOrganization() {
    assertEquals(List.of("Acme"), read(about(null, "Acme"), sentence("We/PRP deployed/VBD/deploy "
        + "Kafka/NNP ./.").tech("Kafka")).stream().map(f -> f.subject().name()).toList());
  }

  @Test
  void aPassiveUseWithNoOrganizationNamedIsThePosts() {
    assertEquals(List.of("Initech"), read(about("Initech", null), sentence("Kafka/NNP is/VBZ/be "
        + "mostly/RB used/VBN/use for/IN metrics/NNS ./.").tech("Kafka")).stream()
        .map(f -> f.subject().name()).toList());
    assertEquals(List.of(), read(about(null, null), sentence("Kafka/NNP is/VBZ/be used/VBN/use "
        + "for/IN metrics/NNS ./.").tech("Kafka")), "a post about no organization");
  }
  @Test
  void theSubjectIsOneOfTheUsersOfATechnology() {
    assertEquals(List.of(uses("Acme", "Kafka", Rule.TECHNOLOGY_USER)),
        read(sentence("Acme/NNP has/VBZ/have been/VBN/be a/DT member/NN of/IN the/DT "
            + "stream/NN community/NN and/CC one/CD of/IN the/DT first/JJ production/NN "
            + "users/NNS/user of/IN Kafka/NNP ./.").org("Acme").tech("Kafka")));
  }
  @Test
  void anotherOrganizationNearerTheTechnologyTakesIt() {
    assertEquals(List.of(uses("Initech", "Kafka", Rule.USES_NEAR_TRIGGER)),
        read(sentence("Dana/NNP ,/, Acme/NNP CTO/NN ,/, told/VBD/tell how/WRB Initech/NNP "
            + "uses/VBZ/use Kafka/NNP ./.").org("Acme").org("Initech").tech("Kafka")));
    assertEquals(2, read(sentence("Acme/NNP and/CC Initech/NNP deploy/VBP Kafka/NNP ./.")
        .org("Acme").org("Initech").tech("Kafka")).size(), "one list of users");
  }

  @Test
  void anInterviewsWeIsNotThePublishers() {
    PostContext c = about(null, "Acme");
    PostContext interview = new PostContext(c.text(), c.blocks(), c.links(), c.publisher(), 1.0,
        Optional.empty(), Optional.empty(), Optional.empty(), true);
    assertEquals(List.of(), read(interview, sentence("We/PRP deployed/VBD/deploy Kafka/NNP ./.")
        .tech("Kafka")));
  }

  @Test
  void aLongListOfUsersIsAsNearAsItsFirst() {
    Words w = sentence("Kafka/NNP ,/, written/VBN/write in/IN Java/NNP ,/, is/VBZ/be now/RB "
        + "used/VBN/use by/IN companies/NNS like/IN Acme/NNP ,/, "
        + "Globex/NNP ,/, Initech/NNP ,/, Hooli/NNP and/CC Umbrella/NNP ./.").tech("Kafka")
        .org("Acme").org("Globex").org("Initech").org("Hooli").org("Umbrella");
    assertEquals(List.of("Acme", "Globex", "Initech", "Hooli", "Umbrella"),
        read(w).stream().map(f -> f.subject().name()).toList());
    assertEquals(List.of(), read(sentence("Kafka/NNP ,/, written/VBN/write in/IN Java/NNP ,/, "
        + "is/VBZ/be now/RB used/VBN/use by/IN many/JJ teams/NNS and/CC liked/VBN/like at/IN "
        + "big/JJ places/NNS like/IN Hooli/NNP ./.").tech("Kafka").org("Hooli")));
  }

  @Test
  void countedClustersOfATechnologyAreThoseOfThePostsOrganization() {
    assertEquals(List.of("Initech"), read(about("Initech", null), sentence("There/EX are/VBP/be "
        + "40/CD Kafka/NNP clusters/NNS/cluster in/IN two/CD regions/NNS ./.").tech("Kafka"))
        .stream().map(f -> f.subject().name()).toList());
    assertEquals(List.of(), read(about("Initech", null), sentence("Kafka/NNP clusters/NNS/cluster "
        + "are/VBP/be hard/JJ to/TO run/VB ./.").tech("Kafka")), "no count");
    assertEquals(List.of(), read(about(null, "Acme"), sentence("There/EX are/VBP/be 40/CD "
        + "Kafka/NNP clusters/NNS/cluster ./.").tech("Kafka")), "a post about no organization");
  }

  @Test
  void theTeamOfThePostsOrganizationIsLikeWe() {
    assertEquals(List.of("Initech"), read(about("Initech", "Acme"), sentence("Dana/NNP and/CC "
        + "her/PRP$ team/NN are/VBP/be leveraging/VBG/leverage Kafka/NNP ./.").person("Dana")
        .tech("Kafka")).stream().map(f -> f.subject().name()).toList());
    assertEquals(List.of(), read(about(null, "Acme"), sentence("Dana/NNP and/CC her/PRP$ "
        + "team/NN are/VBP/be leveraging/VBG/leverage Kafka/NNP ./.").person("Dana")
        .tech("Kafka")), "whose team, in a post about no organization, is not said");
  }
}
