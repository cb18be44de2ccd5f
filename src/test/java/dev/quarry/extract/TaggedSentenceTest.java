package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.TestSentences.TestPost;
import dev.quarry.post.Block;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The token helpers the readers share, and the hand-written posts the reader tests stand on. */
class TaggedSentenceTest {

  @Test
  void aWrittenPostHasItsWordsAtTheirOffsetsAndItsSectionsAfterHeadings() {
    TestPost p = post()
        .title(sentence("Notes/NNS from/IN Hexcon/NNP").event("Hexcon"))
        .paragraph(sentence("Dana/NNP Reyes/NNP spoke/VBD/speak ./.").person("Dana Reyes"),
            sentence("It/PRP was/VBD/be good/JJ ./."))
        .heading(sentence("Day/NN two/CD"))
        .item(sentence("Lee/NNP 's/POS demo/NN ,/, live/JJ ./.").person("Lee"))
        .build();
    String text = p.context().text();
    assertEquals("Notes from Hexcon\n\nDana Reyes spoke. It was good.\n\nDay two\n\n"
        + "Lee's demo, live.", text);
    assertEquals("It was good.", p.sentence(2).text(text));
    assertEquals("Reyes", text.substring(p.sentence(1).token(1).start(),
        p.sentence(1).token(1).end()));
    assertEquals("speak", p.sentence(1).token(2).lemma());
    assertEquals(List.of(-1, -1, -1, 2, 2),
        p.sentences().stream().map(TaggedSentence::section).toList());
    assertTrue(p.sentence(4).in(Block.Kind.LIST_ITEM));
    assertEquals(p.sentence(1).block(), p.sentence(2).block());
    assertEquals(Optional.of("Hexcon"), p.context().mainEvent());
  }

  @Test
  void aMentionCoversItsTokensAndNoOthers() {
    TaggedSentence s = paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN "
        + "on/IN Kafka/NNP ./.").person("Dana Reyes").tech("Kafka")).build().sentence(0);
    assertEquals(Optional.of("Dana Reyes"), s.mentionAt(1).map(PlacedMention::name));
    assertEquals(Optional.empty(), s.mentionAt(2));
    assertTrue(s.isAt(6, EntityType.TECHNOLOGY));
    assertFalse(s.isAt(6, EntityType.PERSON));
    assertEquals(List.of("Kafka"),
        s.mentionsOf(EntityType.TECHNOLOGY).stream().map(PlacedMention::name).toList());
  }

  @Test
  void aRunOfNamesIsJoinedByCommasAndAndsAndEndsAtAnyOtherWord() {
    TaggedSentence s = paragraph(sentence("Dana/NNP ,/, Lee/NNP and/CC Sam/NNP met/VBD/meet "
        + "Ravi/NNP ./.").person("Dana").person("Lee").person("Sam").person("Ravi"))
        .build().sentence(0);
    assertEquals(List.of("Dana", "Lee", "Sam"), s.personRun(0, LEX.nameJoiners));
    assertEquals(List.of("Ravi"), s.personRun(6, LEX.nameJoiners));
    assertEquals(List.of(), s.personRun(5, LEX.nameJoiners));
    assertEquals(List.of(), s.personRun(-1, LEX.nameJoiners));
  }

  @Test
  void thePeopleBeforeADemoAreAllOfThemOrOnlyTheRunRightBeforeIt() {
    TaggedSentence s = paragraph(sentence("Dana/NNP liked/VBD/like Lee/NNP and/CC Sam/NNP 's/POS "
        + "demo/NN ./.").person("Dana").person("Lee").person("Sam")).build().sentence(0);
    assertEquals(List.of("Lee", "Sam"), s.peopleBefore(6, true, LEX.nameJoiners));
    assertEquals(List.of("Dana", "Lee", "Sam"), s.peopleBefore(6, false, LEX.nameJoiners));
    assertEquals(4, s.lastPersonTokenBefore(6));
    assertEquals(2, s.firstPersonTokenAfter(0));
    assertEquals(-1, s.firstPersonTokenAfter(4));
    assertTrue(s.personEndsBefore(1));
    assertFalse(s.personEndsBefore(2));
  }

  @Test
  void wordHelpersLookOnlyWhereTheyAreTold() {
    TaggedSentence s = paragraph(sentence("Dana/NNP kicked/VBD/kick off/RP the/DT long/JJ "
        + "day/NN ./.")).build().sentence(0);
    assertTrue(s.nextIs(1, "off"));
    assertFalse(s.nextIs(6, "off"));
    assertTrue(s.anyWithin(2, 4, t -> t.lower().equals("day")));
    assertFalse(s.anyWithin(2, 3, t -> t.lower().equals("day")));
    assertTrue(s.onlyWords(2, 4, Set.of("off", "the")));
    assertFalse(s.onlyWords(2, 5, Set.of("off", "the")));
    assertTrue(s.token(1).isVerb());
    assertTrue(s.token(0).isCapitalized());
  }
}
