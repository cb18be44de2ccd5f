package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.onlyTalk;
import static dev.quarry.extract.TestSentences.item;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static dev.quarry.extract.TestSentences.talks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Talks listed in Markdown and told in prose: speakers, title, topics, event and recording. */
class TalkReaderTest {
  private static final String YOUTUBE = "https://www.youtube.com/watch?v=q9x";
  private static final String VIMEO = "https://player.vimeo.com/video/4711";
  private static final Ref KAFKA = new Ref(EntityType.TECHNOLOGY, "Kafka");
  private static final Ref FLINK = new Ref(EntityType.TECHNOLOGY, "Flink");

  private static Words danaGaveATalkOnKafka() {
    return sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN on/IN Kafka/NNP ./.")
        .person("Dana Reyes").tech("Kafka");
  }

  private static Words datafestTitle() {
    return sentence("Notes/NNS from/IN Datafest/NNP").event("Datafest");
  }

  @Test
  void aListItemWithALinkedTitleGivesTitleSpeakersTopicsAndRecording() {
    TalkBuilder t = onlyTalk(item(sentence("Kafka/NNP Streams/NNS at/IN Scale/NN -/: Dana/NNP "
        + "Reyes/NNP &/CC Lee/NNP Park/NNP ./.").tech("Kafka").person("Dana Reyes")
        .person("Lee Park").link("Kafka Streams at Scale", YOUTUBE)));
    assertEquals(List.of("Dana Reyes", "Lee Park"), t.speakers);
    assertEquals(Optional.of("Kafka Streams at Scale"), t.title);
    assertEquals(Optional.of(YOUTUBE), t.recording);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));
    assertEquals(Rule.TALK_LIST_LINK, t.rule);
    assertEquals(Rule.TALK_LIST_LINK.confidence(), t.confidence);
  }

  @Test
  void aLinkedTitleOffARecordingSiteIsNoRecording() {
    TalkBuilder t = onlyTalk(item(sentence("Streams/NNS at/IN Scale/NN -/: Dana/NNP Reyes/NNP")
        .person("Dana Reyes").link("Streams at Scale", "https://github.com/dreyes/streams")));
    assertEquals(Optional.of("Streams at Scale"), t.title);
    assertEquals(Optional.empty(), t.recording);
  }

  @Test
  void aListItemOfSpeakerColonTitleIsATalk() {
    TalkBuilder t = onlyTalk(item(sentence("Lee/NNP Park/NNP :/: Tracing/VBG/trace with/IN "
        + "Ottertrace/NNP").person("Lee Park").tech("Ottertrace")));
    assertEquals(List.of("Lee Park"), t.speakers);
    assertEquals(Optional.of("Tracing with Ottertrace"), t.title);
    assertEquals(List.of(new Ref(EntityType.TECHNOLOGY, "Ottertrace")), List.copyOf(t.topics));
    assertEquals(Rule.TALK_LIST_COLON, t.rule);
  }

  @Test
  void aSpeakerColonTitleOutsideAListIsNoTalk() {
    assertEquals(List.of(), talks(paragraph(sentence("Lee/NNP Park/NNP :/: Tracing/VBG/trace "
        + "with/IN Ottertrace/NNP").person("Lee Park").tech("Ottertrace"))));
  }

  @Test
  void someoneGaveATalkOnATechnology() {
    TalkBuilder t = onlyTalk(paragraph(danaGaveATalkOnKafka()));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));
    assertEquals(Rule.GAVE_TALK, t.rule);
    assertEquals(Rule.GAVE_TALK.confidence(), t.confidence);
    assertEquals(Optional.empty(), t.event);
  }

  @Test
  void aKeynoteGivenByTwoPeople() {
    TalkBuilder t = onlyTalk(paragraph(sentence("The/DT keynote/NN was/VBD/be given/VBN/give "
        + "by/IN Dana/NNP Reyes/NNP and/CC Lee/NNP Park/NNP ./.").person("Dana Reyes")
        .person("Lee Park")));
    assertEquals(List.of("Dana Reyes", "Lee Park"), t.speakers);
    assertEquals(Rule.TALK_BY, t.rule);
  }

  @Test
  void someoneSpokeAboutATechnology() {
    TalkBuilder t = onlyTalk(paragraph(sentence("Dana/NNP Reyes/NNP spoke/VBD/speak about/IN "
        + "Kafka/NNP ./.").person("Dana Reyes").tech("Kafka")));
    assertEquals(Rule.SPOKE, t.rule);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));
  }

  @Test
  void takingTheAudienceThroughATopicUnderAHeadingIsATalkTitledByTheHeading() {
    TalkBuilder t = onlyTalk(post()
        .heading(sentence("Intro/NN to/TO Ottertrace/NNP").tech("Ottertrace"))
        .paragraph(sentence("Dana/NNP Reyes/NNP took/VBD/take the/DT audience/NN through/IN "
            + "it/PRP ./.").person("Dana Reyes")));
    assertEquals(Rule.TOOK_THE_AUDIENCE, t.rule);
    assertEquals(Optional.of("Intro to Ottertrace"), t.title);
  }

  @Test
  void aQuotedTitleIsTheTalksTitle() {
    TalkBuilder t = onlyTalk(paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN "
        + "called/VBN/call “/`` Streams/NNS at/IN Scale/NN ”/'' ./.").person("Dana Reyes")));
    assertEquals(Optional.of("Streams at Scale"), t.title);
  }

  @Test
  void aDemoOfSomeonesJoinsTheirEarlierTalkEvenUnderAnotherHeading() {
    TalkBuilder t = onlyTalk(post()
        .paragraph(danaGaveATalkOnKafka())
        .heading(sentence("Later/RB"))
        .paragraph(sentence("If/IN you/PRP missed/VBD/miss Dana/NNP Reyes/NNP 's/POS demo/NN "
            + ",/, it/PRP covered/VBD/cover Flink/NNP ./.").person("Dana Reyes").tech("Flink")));
    assertEquals(Rule.GAVE_TALK, t.rule);
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics));
    assertEquals(List.of(0, 2), t.sentences);
  }

  @Test
  void aDemoOfSomeonesWithNoEarlierTalkIsATalkOfItsOwn() {
    TalkBuilder t = onlyTalk(paragraph(sentence("If/IN you/PRP missed/VBD/miss Lee/NNP and/CC "
        + "Dana/NNP 's/POS demo/NN ,/, it/PRP covered/VBD/cover Flink/NNP ./.").person("Lee")
        .person("Dana").tech("Flink")));
    assertEquals(Rule.TALK_POSSESSIVE, t.rule);
    assertEquals(List.of("Lee", "Dana"), t.speakers);
    assertEquals(Rule.TALK_POSSESSIVE.confidence(), t.confidence);
  }

  @Test
  void theNextSentenceOnTheTalkAddsItsTopicsWithinTheParagraphOnly() {
    Words theTalkCoveredFlink = sentence("The/DT talk/NN covered/VBD/cover Flink/NNP ./.")
        .tech("Flink");
    TalkBuilder t = onlyTalk(paragraph(danaGaveATalkOnKafka(), theTalkCoveredFlink));
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics));
    assertEquals(List.of(0, 1), t.sentences);

    TalkBuilder apart = onlyTalk(post().paragraph(danaGaveATalkOnKafka())
        .paragraph(theTalkCoveredFlink));
    assertEquals(List.of(KAFKA), List.copyOf(apart.topics));
  }

  @Test
  void aSentenceStartingWithHeGoesOnAboutTheTalk() {
    TalkBuilder t = onlyTalk(paragraph(danaGaveATalkOnKafka(),
        sentence("She/PRP then/RB showed/VBD/show Flink/NNP ./.").tech("Flink")));
    assertEquals(List.of(KAFKA, FLINK), List.copyOf(t.topics));
  }

  @Test
  void iGaveATalkIsTheAuthorsWithALowerConfidence() {
    Words iGaveATalk = sentence("I/PRP gave/VBD/give a/DT talk/NN on/IN Kafka/NNP ./.")
        .tech("Kafka");
    TalkBuilder t = onlyTalk(paragraph(iGaveATalk).author("Sam Ortiz"));
    assertEquals(List.of("Sam Ortiz"), t.speakers);
    assertEquals(Rule.GAVE_TALK.confidence() * Rule.FIRST_PERSON_FACTOR, t.confidence);

    assertEquals(List.of(), talks(paragraph(iGaveATalk)), "no author, no speaker");
  }

  @Test
  void iWatchedThemGiveATalkIsNotTheAuthors() {
    assertEquals(List.of(), talks(paragraph(sentence("I/PRP watched/VBD/watch them/PRP "
        + "give/VB a/DT talk/NN ./.")).author("Sam Ortiz")));
  }

  @Test
  void inThisPostSomeoneSharesIsNoTalk() {
    assertEquals(List.of(), talks(paragraph(sentence("In/IN this/DT post/NN ,/, Dana/NNP "
        + "Reyes/NNP shares/VBZ/share her/PRP$ demo/NN of/IN Kafka/NNP ./.")
        .person("Dana Reyes").tech("Kafka"))));

    TalkBuilder t = onlyTalk(paragraph(sentence("In/IN her/PRP$ keynote/NN ,/, Dana/NNP "
        + "Reyes/NNP shares/VBZ/share a/DT demo/NN of/IN Kafka/NNP ./.")
        .person("Dana Reyes").tech("Kafka")));
    assertEquals(List.of("Dana Reyes"), t.speakers);
  }

  @Test
  void aWeakVerbTellsOfATalkOnlyNearOne() {
    Words danaExplained = sentence("Dana/NNP Reyes/NNP explained/VBD/explain sharding/NN ./.")
        .person("Dana Reyes");
    assertEquals(List.of(), talks(paragraph(danaExplained)));

    List<TalkBuilder> near = talks(paragraph(sentence("Lee/NNP Park/NNP gave/VBD/give a/DT "
        + "talk/NN ./.").person("Lee Park"), danaExplained));
    assertEquals(2, near.size());
    assertEquals(List.of("Dana Reyes"), near.get(1).speakers);
    assertEquals(Rule.SPOKE_IN_CONTEXT, near.get(1).rule);
    assertEquals(Rule.SPOKE_IN_CONTEXT.confidence(), near.get(1).confidence);
  }

  @Test
  void aWeakVerbTellsOfATalkUnderAHeadingThatNamesTalks() {
    Words danaShowed = sentence("Dana/NNP Reyes/NNP showed/VBD/show how/WRB her/PRP$ team/NN "
        + "shards/VBZ/shard Kafka/NNP ./.").person("Dana Reyes").tech("Kafka");
    TalkBuilder t = onlyTalk(post().heading(sentence("Sessions/NNS/session we/PRP "
        + "enjoyed/VBD/enjoy")).item(danaShowed));
    assertEquals(List.of("Dana Reyes"), t.speakers);
    assertEquals(List.of(KAFKA), List.copyOf(t.topics));
    assertEquals(Rule.SPOKE_IN_CONTEXT, t.rule);
    assertEquals(List.of("Dana Reyes"), onlyTalk(post().heading(sentence("Episode/NN/episode "
        + "summary/NN")).item(danaShowed)).speakers, "a podcast episode's guest speaks in it");
    assertEquals(List.of(), talks(post().heading(sentence("Introduction/NN/introduction"))
        .item(danaShowed)), "an introduction is no section of talks");
  }

  @Test
  void theEventNamedInTheTalksSentenceComesFirst() {
    TalkBuilder t = onlyTalk(post().title(datafestTitle())
        .paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN at/IN Hexcon/NNP ./.")
            .person("Dana Reyes").event("Hexcon")));
    assertEquals(Optional.of("Hexcon"), t.event);
    assertEquals(t.confidence, t.eventConfidence);
    assertFalse(t.eventImplicit);
  }

  @Test
  void elseTheEventOfItsSectionsHeading() {
    TalkBuilder t = onlyTalk(post().title(datafestTitle())
        .heading(sentence("Hexcon/NNP 2031/CD").event("Hexcon 2031"))
        .paragraph(danaGaveATalkOnKafka()));
    assertEquals(Optional.of("Hexcon 2031"), t.event);
    assertEquals(Rule.GAVE_TALK.confidence() * Rule.EVENT_FROM_HEADING_FACTOR, t.eventConfidence);
    assertTrue(t.eventImplicit);
  }

  @Test
  void elseThePostsMainEvent() {
    TalkBuilder t = onlyTalk(post().title(datafestTitle()).paragraph(danaGaveATalkOnKafka()));
    assertEquals(Optional.of("Datafest"), t.event);
    assertEquals(Rule.GAVE_TALK.confidence() * Rule.EVENT_FROM_POST_FACTOR, t.eventConfidence);
    assertTrue(t.eventImplicit);
  }

  @Test
  void aTalkToAMeetupIsNotAtThePostsEvent() {
    TalkBuilder t = onlyTalk(post().title(datafestTitle())
        .paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN to/TO the/DT "
            + "local/JJ meetup/NN ./.").person("Dana Reyes")));
    assertEquals(Optional.empty(), t.event);
  }

  @Test
  void aPlayerEmbeddedAfterTheTalkIsItsRecording() {
    TalkBuilder t = onlyTalk(post().paragraph(danaGaveATalkOnKafka())
        .paragraph(sentence("Here/RB is/VBZ/be the/DT recording/NN ./.")).embed(VIMEO));
    assertEquals(Optional.of(VIMEO), t.recording);
  }

  @Test
  void aPlayerAfterTheNextHeadingIsNotTheTalksRecording() {
    TalkBuilder t = onlyTalk(post().paragraph(danaGaveATalkOnKafka())
        .heading(sentence("Questions/NNS")).embed(VIMEO));
    assertEquals(Optional.empty(), t.recording);
  }

  @Test
  void aPlayerAfterTheNextTalkIsThatTalksRecording() {
    List<TalkBuilder> talks = talks(post().paragraph(danaGaveATalkOnKafka())
        .paragraph(sentence("Lee/NNP Park/NNP gave/VBD/give a/DT talk/NN on/IN Flink/NNP ./.")
            .person("Lee Park").tech("Flink")).embed(VIMEO));
    assertEquals(2, talks.size());
    assertEquals(Optional.empty(), talks.get(0).recording);
    assertEquals(Optional.of(VIMEO), talks.get(1).recording);
  }
}
