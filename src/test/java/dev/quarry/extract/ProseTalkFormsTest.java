package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.onlyTalk;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static dev.quarry.extract.TestSentences.talks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Talks told in prose: passives, panels, pronouns, the author's own talk, several at once. */
class ProseTalkFormsTest {
  private static final Ref KAFKA = new Ref(EntityType.TECHNOLOGY, "Kafka");
  private static final Ref FLINK = new Ref(EntityType.TECHNOLOGY, "Flink");
  private static final Ref TERRAFORM = new Ref(EntityType.TECHNOLOGY, "Terraform");

  @Test
  void aDemoWasPresentedBySomeone() {
    TalkBuilder t = onlyTalk(paragraph(sentence("The/DT final/JJ demo/NN of/IN Terraform/NNP "
        + "was/VBD/be presented/VBN/present by/IN Dana/NNP Reyes/NNP ./.").tech("Terraform")
        .person("Dana Reyes")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(List.of(TERRAFORM), List.copyOf(t.topics));
    assertEquals(Rule.PASSIVE_BY, t.rule);
  }

  @Test
  void aReleaseWasPresentedToUsIsNoTalk() {
    assertEquals(List.of(), talks(paragraph(sentence("The/DT new/JJ release/NN was/VBD/be "
        + "presented/VBN/present to/TO Dana/NNP Reyes/NNP ./.").person("Dana Reyes"))));
  }

  @Test
  void thePanelistsWereThreePeople() {
    TalkBuilder t = onlyTalk(paragraph(sentence("The/DT panelists/NNS/panelist were/VBD/be "
        + "Dana/NNP Reyes/NNP ,/, Lee/NNP Park/NNP and/CC Sam/NNP Ortiz/NNP ./.")
        .person("Dana Reyes").person("Lee Park").person("Sam Ortiz")));
    assertEquals(List.of("Dana Reyes", "Lee Park", "Sam Ortiz"), t.speakers);
    assertEquals(Rule.TALK_PEOPLE, t.rule);
  }

  @Test
  void inHerTalkIsThePersonNamedJustAfter() {
    TalkBuilder t = onlyTalk(paragraph(sentence("In/IN her/PRP$ talk/NN ,/, Dana/NNP Reyes/NNP "
        + "compared/VBD/compare Kafka/NNP and/CC Flink/NNP ./.").person("Dana Reyes")
        .tech("Kafka").tech("Flink")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics));
    assertEquals(Rule.TALK_PRONOUN, t.rule);
  }

  @Test
  void inHerTalkIsThePersonOfTheSentenceBefore() {
    List<TalkBuilder> talks = talks(paragraph(
        sentence("Dana/NNP Reyes/NNP leads/VBZ/lead the/DT data/NN team/NN ./.")
            .person("Dana Reyes"),
        sentence("In/IN her/PRP$ talk/NN ,/, she/PRP compared/VBD/compare Kafka/NNP and/CC "
            + "Flink/NNP ./.").tech("Kafka").tech("Flink")));
    assertEquals(1, talks.size());
    assertEquals(List.of("Dana Reyes"), talks.get(0).speakers);
    assertEquals(List.of(1), talks.get(0).sentences);
  }

  @Test
  void duringMyPresentationIsTheAuthorsTalk() {
    Words during = sentence("During/IN my/PRP$ presentation/NN ,/, I/PRP showed/VBD/show "
        + "Kafka/NNP ./.").tech("Kafka");
    TalkBuilder t = onlyTalk(paragraph(during).author("Sam Ortiz"));
    assertEquals(List.of("Sam Ortiz"), t.speakers);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));
    assertEquals(Rule.MY_TALK, t.rule);
    assertEquals(Rule.MY_TALK.confidence(), t.confidence);

    assertEquals(List.of(), talks(paragraph(during)), "no author, no speaker");
  }

  @Test
  void ourThirdTalkAQuotedTitleFromSomeone() {
    TalkBuilder t = onlyTalk(paragraph(sentence("Our/PRP$ third/JJ talk/NN ,/, “/`` Streams/NNS "
        + "Without/IN Kafka/NNP ”/'' from/IN Lee/NNP Park/NNP ,/, covered/VBD/cover Flink/NNP "
        + "./.").tech("Kafka").person("Lee Park").tech("Flink")));
    assertEquals(List.of("Lee Park"), t.speakers);
    assertEquals(Optional.of("Streams Without Kafka"), t.title);
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics));
    assertEquals(Rule.TALK_BY, t.rule);
  }

  @Test
  void twoTalksInOneSentenceEachWithItsOwnTitleAndTopics() {
    List<TalkBuilder> talks = talks(paragraph(sentence("We/PRP heard/VBD/hear a/DT talk/NN "
        + "by/IN Dana/NNP Reyes/NNP ,/, “/`` Streams/NNS at/IN Scale/NN ”/'' ,/, on/IN "
        + "Kafka/NNP ,/, and/CC a/DT talk/NN by/IN Lee/NNP Park/NNP ,/, “/`` Flink/NNP for/IN "
        + "Everyone/NN ”/'' ./.").person("Dana Reyes").tech("Kafka").person("Lee Park")
        .tech("Flink")));
    assertEquals(2, talks.size(), talks.toString());
    assertEquals(List.of("Dana Reyes"), talks.get(0).speakers);
    assertEquals(Optional.of("Streams at Scale"), talks.get(0).title);
    assertEquals(List.of(KAFKA), List.copyOf(talks.get(0).topics));
    assertEquals(List.of("Lee Park"), talks.get(1).speakers);
    assertEquals(Optional.of("Flink for Everyone"), talks.get(1).title);
    assertTrue(talks.get(1).topics.contains(FLINK), talks.get(1).topics.toString());
  }

  @Test
  void twoPeopleSpokeInOneSentenceEachAboutTheirOwnTopic() {
    List<TalkBuilder> talks = talks(paragraph(sentence("Dana/NNP Reyes/NNP spoke/VBD/speak "
        + "about/IN Kafka/NNP ,/, and/CC Lee/NNP Park/NNP spoke/VBD/speak about/IN Flink/NNP ./.")
        .person("Dana Reyes").tech("Kafka").person("Lee Park").tech("Flink")));
    assertEquals(2, talks.size(), talks.toString());
    assertEquals(List.of("Dana Reyes"), talks.get(0).speakers);
    assertEquals(List.of(KAFKA), List.copyOf(talks.get(0).topics));
    assertTrue(talks.get(1).speakers.contains("Lee Park"), talks.get(1).speakers.toString());
    assertTrue(talks.get(1).topics.contains(FLINK), talks.get(1).topics.toString());
  }

  @Test
  void heIsJoinedBySomeoneAddsASpeaker() {
    TalkBuilder t = onlyTalk(paragraph(
        sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN on/IN Kafka/NNP ./.")
            .person("Dana Reyes").tech("Kafka"),
        sentence("She/PRP is/VBZ/be joined/VBN/join by/IN Lee/NNP Park/NNP ./.")
            .person("Lee Park")));
    assertEquals(List.of("Dana Reyes", "Lee Park"), t.speakers);
    assertEquals(List.of(0, 1), t.sentences);
  }

  @Test
  void joinedBySomeoneWithNoTalkBeforeIsNoTalk() {
    assertEquals(List.of(), talks(paragraph(sentence("Dana/NNP Reyes/NNP was/VBD/be joined/VBN/"
        + "join by/IN Lee/NNP Park/NNP for/IN lunch/NN ./.").person("Dana Reyes")
        .person("Lee Park"))));
  }

  @Test
  void anEventInTheSentenceLetsAWeakVerbTellOfATalkByItsSubject() {
    TalkBuilder t = onlyTalk(paragraph(sentence("At/IN Hexcon/NNP ,/, which/WDT Lee/NNP "
        + "Park/NNP organized/VBD/organize ,/, Dana/NNP Reyes/NNP shared/VBD/share how/WRB "
        + "Kafka/NNP scales/VBZ/scale ./.").event("Hexcon").person("Lee Park").person("Dana Reyes")
        .tech("Kafka")));
    assertEquals(List.of("Dana Reyes"), t.speakers, "the subject, not everyone named before");
    assertEquals(Optional.of("Hexcon"), t.event);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));

    assertEquals(List.of(), talks(paragraph(sentence("Dana/NNP Reyes/NNP shared/VBD/share "
        + "how/WRB Kafka/NNP scales/VBZ/scale ./.").person("Dana Reyes").tech("Kafka"))),
        "without an event or a talk nearby, 'shared' is no talk");
  }

  @Test
  void aLaterParagraphOpenedByHeOrSheGoesOnAboutTheSectionsTalk() {
    TalkBuilder t = onlyTalk(post()
        .paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN on/IN Kafka/NNP ./.")
            .person("Dana Reyes").tech("Kafka"))
        .paragraph(sentence("She/PRP also/RB demonstrated/VBD/demonstrate Flink/NNP ./.")
            .tech("Flink"))
        .paragraph(sentence("It/PRP was/VBD/be great/JJ to/TO see/VB Terraform/NNP ./.")
            .tech("Terraform")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics), "'It was great' is not the talk");
  }
}
