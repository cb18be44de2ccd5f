package dev.quarry.extract;

import static dev.quarry.extract.TestSentences.LEX;
import static dev.quarry.extract.TestSentences.paragraph;
import static dev.quarry.extract.TestSentences.post;
import static dev.quarry.extract.TestSentences.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.extract.TestSentences.PostBuilder;
import dev.quarry.extract.TestSentences.Words;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who sponsored which event: the organizations of a sponsor sentence, or the blog's "we". */
class SponsorReaderTest {
  private static final double VOICE = 0.9;

  private static List<Fact> read(PostBuilder post) {
    return post.build().read(new SponsorReader(LEX));
  }

  /** A post titled after Hexcon, its main event, with one paragraph. */
  private static PostBuilder atHexcon(Words sentence) {
    return post().title(sentence("Notes/NNS from/IN Hexcon/NNP").event("Hexcon"))
        .paragraph(sentence);
  }

  private static Fact sponsors(String org, String event, int sentence, Rule rule,
      double confidence) {
    return new Fact(Fact.Predicate.SPONSORS, new Ref(EntityType.ORGANIZATION, org),
        new Ref(EntityType.EVENT, event), Optional.empty(), sentence, rule.id(), confidence,
        rule.voiced());
  }

  @Test
  void theOrganizationsOfASponsorSentenceSponsorItsEvent() {
    Rule r = Rule.SPONSOR;
    assertEquals(List.of(sponsors("Acme", "Datafest", 0, r, r.confidence()),
        sponsors("Initech", "Datafest", 0, r, r.confidence())),
        read(paragraph(sentence("Acme/NNP and/CC Initech/NNP sponsored/VBD/sponsor "
            + "Datafest/NNP ./.").org("Acme").org("Initech").event("Datafest"))));
    assertEquals(List.of(sponsors("Acme", "Datafest", 0, r, r.confidence())),
        read(paragraph(sentence("Datafest/NNP was/VBD/be sponsored/VBN/sponsor by/IN Acme/NNP "
            + "./.").event("Datafest").org("Acme"))));
  }

  @Test
  void aSponsorSentenceNamingNoEventIsAboutThePostsEvent() {
    Words initech = sentence("Initech/NNP sponsored/VBD/sponsor the/DT coffee/NN ./.")
        .org("Initech");
    assertEquals(List.of(sponsors("Initech", "Hexcon", 1, Rule.SPONSOR,
        Rule.SPONSOR.confidence())), read(atHexcon(initech)));
    assertEquals(List.of(), read(paragraph(initech)), "no event in the sentence or the post");
  }

  @Test
  void weAreThePublisherAsSureAsItsVoice() {
    Words we = sentence("We/PRP were/VBD/be Gold/NNP Sponsors/NNPS/sponsor this/DT year/NN ./.");
    assertEquals(List.of(sponsors("Acme", "Hexcon", 1, Rule.WE_SPONSORED,
        Rule.WE_SPONSORED.confidence() * VOICE)), read(atHexcon(we).publisher("Acme", VOICE)));
    assertEquals(List.of(), read(atHexcon(we)), "no publisher, no sponsor");
  }

  @Test
  void anOrganizationNamedBesideWeIsTheSponsor() {
    assertEquals(List.of(sponsors("Initech", "Hexcon", 1, Rule.SPONSOR,
        Rule.SPONSOR.confidence())), read(atHexcon(sentence("We/PRP and/CC Initech/NNP "
            + "sponsored/VBD/sponsor the/DT party/NN ./.").org("Initech"))
        .publisher("Acme", VOICE)));
  }

  @Test
  void aSentenceWithoutASponsorWordSaysNothingOfSponsors() {
    assertEquals(List.of(), read(atHexcon(sentence("Acme/NNP and/CC we/PRP were/VBD/be at/IN "
        + "Hexcon/NNP ./.").org("Acme").event("Hexcon")).publisher("Acme", VOICE)));
  }
}
