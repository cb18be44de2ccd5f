package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.TestPost;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readers run together over a post: the post's main event, its voice, talk facts, dedupe. */
class RelationExtractorTest {
  private static final Ref DANA = new Ref(EntityType.PERSON, "Dana Reyes");
  private static final Ref ACME = new Ref(EntityType.ORGANIZATION, "Acme");

  private static Words hexconAndDatafest() {
    return sentence("Hexcon/NNP came/VBD/come before/IN Datafest/NNP ./.").event("Hexcon")
        .event("Datafest");
  }

  @Test
  void thePostsEventIsTheOneInItsTitleElseOneNamedTwice() {
    Words hexconAgain = sentence("Hexcon/NNP was/VBD/be better/JJR ./.").event("Hexcon");
    assertEquals(Optional.of("Hexcon"),
        paragraph(hexconAndDatafest(), hexconAgain).build().context().mainEvent());
    assertEquals(Optional.of("Datafest"), post()
        .title(sentence("Notes/NNS from/IN Datafest/NNP").event("Datafest"))
        .paragraph(hexconAndDatafest(), hexconAgain).build().context().mainEvent());
    assertEquals(Optional.empty(), paragraph(hexconAndDatafest()).build().context().mainEvent());
  }

  @Test
  void withoutAnEventInTheTitleThePostsEventIsTheOneItsSummaryNames() {
    Words hexconAgain = sentence("Hexcon/NNP was/VBD/be better/JJR ./.").event("Hexcon");
    assertEquals(Optional.of("Datafest"), post()
        .title(sentence("Notes/NNS from/IN the/DT road/NN"))
        .description(sentence("What/WP we/PRP saw/VBD at/IN Datafest/NNP").event("Datafest"))
        .paragraph(hexconAndDatafest(), hexconAgain).build().context().mainEvent());
  }

  @Test
  void aVoicedRuleIsAsSureAsTheBlogsVoice() {
    PostContext ctx = paragraph(hexconAndDatafest()).publisher("Acme", 0.6).build().context();
    assertEquals(Rule.OUR_ROLE.confidence() * 0.6, ctx.confidence(Rule.OUR_ROLE));
    assertEquals(Rule.APPOSITIVE_ROLE.confidence(), ctx.confidence(Rule.APPOSITIVE_ROLE));
  }

  @Test
  void aTalkGivesFactsOfItsSpeakerAndTheAuthorWorksWhereTheBlogSpeaksFor() {
    TestPost p = post().title(sentence("Notes/NNS from/IN Datafest/NNP").event("Datafest"))
        .paragraph(sentence("Dana/NNP Reyes/NNP gave/VBD/give a/DT talk/NN on/IN Kafka/NNP ./.")
            .person("Dana Reyes").tech("Kafka"),
            sentence("The/DT talk/NN covered/VBD/cover Flink/NNP ./.").tech("Flink"))
        .author("Sam Ortiz").publisher("Acme", 0.9).build();
    RelationExtractor.Result r = new RelationExtractor(LEX, Gazetteer.load())
        .read(p.sentences(), p.context());

    assertEquals(1, r.talks().size());
    Rule gave = Rule.GAVE_TALK;
    assertEquals(List.of(
        new Fact(Fact.Predicate.SPOKE_AT, DANA, new Ref(EntityType.EVENT, "Datafest"),
            Optional.empty(), 1, gave.id(), gave.confidence() * Rule.EVENT_FROM_POST_FACTOR,
            true),
        new Fact(Fact.Predicate.SPOKE_ABOUT, DANA, new Ref(EntityType.TECHNOLOGY, "Kafka"),
            Optional.empty(), 1, gave.id(), gave.confidence(), true),
        new Fact(Fact.Predicate.SPOKE_ABOUT, DANA, new Ref(EntityType.TECHNOLOGY, "Flink"),
            Optional.empty(), 1, gave.id(), gave.confidence(), true),
        new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, "Sam Ortiz"), ACME,
            Optional.empty(), -1, Rule.AUTHOR_OF_BLOG.id(),
            Rule.AUTHOR_OF_BLOG.confidence() * 0.9, true)), r.facts());
  }

  @Test
  void oneFactPerSentenceKeepsTheSurestReadingAndNoOneIsTheirOwnEmployer() {
    Fact weak = new Fact(Fact.Predicate.WORKS_FOR, DANA, ACME, Optional.empty(), 3,
        Rule.PERSON_FROM_ORG.id(), Rule.PERSON_FROM_ORG.confidence(), false);
    Fact sure = new Fact(Fact.Predicate.WORKS_FOR, DANA, ACME, Optional.of("CTO"), 3,
        Rule.APPOSITIVE_ROLE.id(), Rule.APPOSITIVE_ROLE.confidence(), false);
    Fact elsewhere = new Fact(Fact.Predicate.WORKS_FOR, DANA, ACME, Optional.empty(), 5,
        Rule.PERSON_FROM_ORG.id(), Rule.PERSON_FROM_ORG.confidence(), false);
    Fact self = new Fact(Fact.Predicate.WORKS_FOR, ACME, ACME, Optional.empty(), 3,
        Rule.PERSON_FROM_ORG.id(), Rule.PERSON_FROM_ORG.confidence(), false);
    assertEquals(List.of(sure, elsewhere), Facts.dedupe(List.of(weak, self, sure, elsewhere)));
  }
}
