package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.onlyTalk;
import static dev.quarry.extract.TestSentences.item;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static dev.quarry.extract.TestSentences.talks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.quarry.extract.SpeakerRun.Affiliation;
import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Talk listings: a line whose title is a link, a quote or the line itself, then its speakers. */
class TalkLineTest {
  private static final String SCHED = "https://sched.example/t41";
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");
  private static final Ref INITECH = new Ref(EntityType.ORGANIZATION, "Initech");
  private static final Ref KUBERNETES = new Ref(EntityType.TECHNOLOGY, "Kubernetes");

  /** A post about Hexcon 2031, by its title. */
  private static PostBuilder hexconPost() {
    return post().title(sentence("Notes/NNS from/IN Hexcon/NNP 2031/CD").event("Hexcon 2031"));
  }

  private static Affiliation works(String person, Ref org) {
    return new Affiliation(person, org, Optional.empty());
  }

  @Test
  void aScheduleItemWithALinkedTitleSpeakersTheirCompaniesAndATime() {
    TalkBuilder t = onlyTalk(post().item(sentence("Taming/VBG/tame Kubernetes/NNP "
        + "Operators/NNPS by/IN Dana/NNP Reyes/NNP ,/, Acme/NNP &/CC Lee/NNP Park/NNP ,/, "
        + "Initech/NNP 9:00/CD am/RB").tech("Kubernetes").person("Dana Reyes").org("Acme")
        .person("Lee Park").org("Initech").link("Taming Kubernetes Operators", SCHED)));
    assertEquals(List.of("Dana Reyes", "Lee Park"), t.speakers);
    assertEquals(Optional.of("Taming Kubernetes Operators"), t.title);
    assertEquals(List.of(works("Dana Reyes", ACME), works("Lee Park", INITECH)), t.affiliations);
    assertEquals(List.of(KUBERNETES), List.copyOf(t.topics), "a speaker's company is no topic");
    assertEquals(Optional.empty(), t.recording, "a schedule page is no recording");
    assertEquals(Rule.TALK_LINE, t.rule);
  }

  @Test
  void aLinkedTitleWithSpeakersButNoTimeNorEventIsNoTalk() {
    assertEquals(List.of(), talks(item(sentence("Taming/VBG/tame Kubernetes/NNP Operators/NNPS "
        + "by/IN Dana/NNP Reyes/NNP").tech("Kubernetes").person("Dana Reyes")
        .link("Taming Kubernetes Operators", SCHED))));
  }

  @Test
  void aListItemWithADashKeepsItsSpeakersCompanyInParenthesesOutOfTheTopics() {
    TalkBuilder t = onlyTalk(hexconPost().item(sentence("Kubernetes/NNP at/IN Acme/NNP -/: "
        + "Lee/NNP Park/NNP (/-LRB- Initech/NNP )/-RRB-").tech("Kubernetes").org("Acme")
        .person("Lee Park").org("Initech").link("Kubernetes at Acme", SCHED)));
    assertEquals(List.of("Lee Park"), t.speakers);
    assertEquals(List.of(works("Lee Park", INITECH)), t.affiliations);
    assertEquals(List.of(KUBERNETES, ACME), List.copyOf(t.topics),
        "the company in the title is a topic, the speaker's is not");
    assertEquals(Rule.TALK_LIST_LINK, t.rule);
    assertEquals(Optional.of("Hexcon 2031"), t.event);
  }

  @Test
  void aListItemTitleWithSpeakersThatEndTheLineIsATalk() {
    TalkBuilder t = onlyTalk(hexconPost().item(sentence("Sharding/NN Kafka/NNP with/IN Dana/NNP "
        + "Reyes/NNP from/IN Acme/NNP").tech("Kafka").person("Dana Reyes").org("Acme")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(Optional.of("Sharding Kafka"), t.title);
  }

  @Test
  void aNoteInParenthesesAfterTheSpeakersKeepsTheLine() {
    TalkBuilder t = onlyTalk(hexconPost().item(sentence("Sharding/NN Kafka/NNP with/IN Dana/NNP "
        + "Reyes/NNP (/-LRB- watch/VB the/DT recording/NN )/-RRB-").tech("Kafka")
        .person("Dana Reyes")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
  }

  @Test
  void aListItemThatGoesOnAsProseAfterThePersonIsNoTalk() {
    assertEquals(List.of(), talks(hexconPost().item(sentence("At/IN lunch/NN we/PRP sat/VBD/sit "
        + "with/IN Dana/NNP Reyes/NNP from/IN Acme/NNP ,/, comparing/VBG/compare notes/NNS on/IN "
        + "Kafka/NNP ./.").person("Dana Reyes").org("Acme").tech("Kafka"))));
  }

  @Test
  void aHeadingTitleBySpeakerInAnEventPostThenTheParagraphAboutIt() {
    TalkBuilder t = onlyTalk(hexconPost()
        .heading(sentence("Scaling/VBG/scale Reads/NNS Without/IN Tears/NNS by/IN Dana/NNP "
            + "Reyes/NNP").person("Dana Reyes"))
        .paragraph(sentence("Dana/NNP showed/VBD/show how/WRB to/TO cache/VB PostgreSQL/NNP "
            + "reads/NNS ./.").mention(EntityType.PERSON, "Dana", "Dana Reyes")
            .tech("PostgreSQL")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(Optional.of("Scaling Reads Without Tears"), t.title);
    assertEquals(Rule.TALK_HEADING, t.rule);
    assertEquals(List.of(new Ref(EntityType.TECHNOLOGY, "PostgreSQL")), List.copyOf(t.topics));
    assertEquals(List.of(1, 2), t.sentences);
    assertEquals(Optional.of("Hexcon 2031"), t.event);
  }

  @Test
  void aHeadingTitleBySpeakerOutsideAnyEventIsNoTalk() {
    assertEquals(List.of(), talks(post().heading(sentence("Scaling/VBG/scale Reads/NNS "
        + "Without/IN Tears/NNS by/IN Dana/NNP Reyes/NNP").person("Dana Reyes"))));
  }

  @Test
  void aPresentedByLabelUnderAHeadingGivesSpeakerRoleAndCompanyTitledByTheHeading() {
    TalkBuilder t = onlyTalk(post()
        .heading(sentence("Observability/NN on/IN a/DT Budget/NN"))
        .paragraph(sentence("Presented/VBN/present by/IN :/: Dana/NNP Reyes/NNP ,/, "
            + "Staff/NNP Engineer/NNP at/IN Acme/NNP").person("Dana Reyes").org("Acme")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(Optional.of("Observability on a Budget"), t.title);
    assertEquals(List.of(new Affiliation("Dana Reyes", ACME, Optional.of("Staff Engineer"))),
        t.affiliations);
    assertEquals(List.of(), List.copyOf(t.topics));
    assertEquals(Rule.TALK_LABEL, t.rule);
  }

  @Test
  void aQuotedTitleThenSpeakerRoleAndCompany() {
    TalkBuilder t = onlyTalk(hexconPost().item(sentence("“/`` Kubernetes/NNP for/IN "
        + "Skeptics/NNS ”/'' Lee/NNP Park/NNP ,/, Developer/NNP Advocate/NNP ,/, Initech/NNP")
        .tech("Kubernetes").person("Lee Park").org("Initech")));
    assertEquals(List.of("Lee Park"), t.speakers);
    assertEquals(Optional.of("Kubernetes for Skeptics"), t.title);
    assertEquals(List.of(new Affiliation("Lee Park", INITECH, Optional.of("Developer Advocate"))),
        t.affiliations);
    assertEquals(List.of(KUBERNETES), List.copyOf(t.topics));
    assertEquals(Rule.TALK_LINE, t.rule);
  }

  @Test
  void twoSpeakersColonTitle() {
    TalkBuilder t = onlyTalk(item(sentence("Dana/NNP Reyes/NNP &/CC Lee/NNP Park/NNP :/: "
        + "Kubernetes/NNP Without/IN YAML/NNP").person("Dana Reyes").person("Lee Park")
        .tech("Kubernetes")));
    assertEquals(List.of("Dana Reyes", "Lee Park"), t.speakers);
    assertEquals(Optional.of("Kubernetes Without YAML"), t.title);
    assertEquals(List.of(KUBERNETES), List.copyOf(t.topics));
    assertEquals(Rule.TALK_LIST_COLON, t.rule);
  }

  @Test
  void aPhotoCreditInAnEventPostIsNoTalk() {
    assertEquals(List.of(), talks(hexconPost().item(sentence("Photo/NN of/IN the/DT main/JJ "
        + "stage/NN by/IN Dana/NNP Reyes/NNP").person("Dana Reyes"))));
  }

  @Test
  void aTitleBySomeoneOutsideAnyTalkContextIsNoTalk() {
    assertEquals(List.of(), talks(item(sentence("Kubernetes/NNP Without/IN YAML/NNP by/IN "
        + "Dana/NNP Reyes/NNP").tech("Kubernetes").person("Dana Reyes"))));
  }

  @Test
  void aReleaseNoteFixedBySomeoneInAPostWithNoEventIsNoTalk() {
    Words fixed = sentence("Fixed/VBN/fix a/DT bug/NN in/IN the/DT Kubernetes/NNP probe/NN "
        + "by/IN Dana/NNP Reyes/NNP").tech("Kubernetes").person("Dana Reyes");
    assertEquals(List.of(), talks(post().heading(sentence("Release/NN 2.4/CD")).item(fixed)));
  }

  @Test
  void theSameTitleBySomeoneUnderATalksHeadingIsATalk() {
    TalkBuilder t = onlyTalk(post().heading(sentence("Talks/NNS/talk we/PRP liked/VBD/like"))
        .item(sentence("Kubernetes/NNP Without/IN YAML/NNP by/IN Dana/NNP Reyes/NNP")
            .tech("Kubernetes").person("Dana Reyes")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(Optional.of("Kubernetes Without YAML"), t.title);
    assertFalse(t.event.isPresent());
  }

  @Test
  void theSpeakersCompaniesAndRolesOfATalkLineAreWorksForFacts() {
    TestSentences.TestPost p = post().heading(sentence("Observability/NN on/IN a/DT Budget/NN"))
        .paragraph(sentence("Presented/VBN/present by/IN :/: Dana/NNP Reyes/NNP ,/, "
            + "Staff/NNP Engineer/NNP at/IN Acme/NNP &/CC Lee/NNP Park/NNP (/-LRB- Initech/NNP "
            + ")/-RRB-").person("Dana Reyes").org("Acme").person("Lee Park").org("Initech"))
        .build();
    RelationExtractor.Result r = new RelationExtractor(LEX, Gazetteer.load())
        .read(p.sentences(), p.context());
    Rule rule = Rule.SPEAKER_AFFILIATION;
    assertEquals(List.of(
        new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, "Dana Reyes"), ACME,
            Optional.of("Staff Engineer"), 1, rule.id(), rule.confidence(), false),
        new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, "Lee Park"), INITECH,
            Optional.empty(), 1, rule.id(), rule.confidence(), false)),
        r.facts().stream().filter(f -> f.predicate() == Fact.Predicate.WORKS_FOR
            && f.rule().equals(rule.id())).toList());
  }
}
