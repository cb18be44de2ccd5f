package dev.quarry.extract;

import dev.quarry.post.Post;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the relations of a post from its annotated sentences and resolved mentions by running the
 * readers: talks (who, where, about what, title, recording), then, sentence by sentence, who
 * works where, who uses what, where events were held and who sponsored them. The words each
 * reader looks for are data ({@code ontology/relations.yaml}); its rules are {@link Rule}.
 */
final class RelationExtractor {
  private final TalkReader talks;
  private final SelfIntroduction firstPerson;
  private final Pronouns pronouns;
  private final Lexicon lex;
  private final EmploymentReader employment;
  private final List<SentenceReader> readers;

  RelationExtractor(Lexicon lex, Gazetteer gazetteer) {
    this.talks = new TalkReader(lex);
    this.firstPerson = new SelfIntroduction(lex);
    this.pronouns = new Pronouns(lex);
    this.lex = lex;
    this.employment = new EmploymentReader(lex);
    this.readers = List.of(employment, new WorkClauses(lex), new UsesReader(lex),
        new EventPlaceReader(lex, gazetteer), new SponsorReader(lex));
  }

  /** The relations read from one post. */
  record Result(List<Talk> talks, List<Fact> facts) {}

  /**
   * The relations of an annotated post; {@code voice} is the organization its "we" speaks for, and
   * {@code author} its first author who is a person.
   */
  Result extract(Post post, Annotation doc, List<Mention> mentions,
      Optional<Publisher.Voice> voice, Optional<String> author) {
    List<TaggedSentence> sentences = TaggedSentences.of(doc, post.body().blocks(), mentions);
    PostContext ctx = new PostContext(post.body().text(), post.body().blocks(),
        post.body().links(), voice.map(Publisher.Voice::organization),
        voice.map(Publisher.Voice::confidence).orElse(0.0), author,
        PostContext.mainEvent(sentences, mentions),
        PostContext.subject(sentences, lex),
        SelfIntroduction.othersIntroduced(sentences, author));
    if (ctx.subject().isEmpty()) {
      PostContext asked = ctx;
      ctx = Interviewee.company(sentences, () -> pronouns.resolve(sentences), asked, employment,
          lex).map(asked::about).orElse(asked);
    }
    return read(sentences, ctx);
  }

  /** The talks and facts of a post's tagged sentences. */
  Result read(List<TaggedSentence> sentences, PostContext ctx) {
    List<Talk> built = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    for (TalkBuilder t : talks.read(sentences, ctx)) {
      Talk talk = t.build();
      built.add(talk);
      facts.addAll(talkFacts(t, talk));
    }
    for (TaggedSentence s : pronouns.resolve(sentences)) {
      for (SentenceReader reader : readers) {
        facts.addAll(reader.read(s, ctx));
      }
    }
    facts.addAll(firstPerson.read(sentences, ctx));
    // the author works where the blog's voice does
    ctx.author().ifPresent(a -> ctx.publisher().ifPresent(org -> facts.add(new Fact(
        Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, a), org, Optional.empty(), -1,
        Rule.AUTHOR_OF_BLOG.id(), ctx.confidence(Rule.AUTHOR_OF_BLOG), true))));
    return new Result(built, Facts.dedupe(facts));
  }

  /** Each speaker spoke at the talk's event and about each of its topics. */
  private static List<Fact> talkFacts(TalkBuilder t, Talk talk) {
    List<Fact> facts = new ArrayList<>();
    int first = talk.sentences().get(0);
    for (String speaker : talk.speakers()) {
      Ref who = new Ref(EntityType.PERSON, speaker);
      talk.event().ifPresent(e -> facts.add(new Fact(Fact.Predicate.SPOKE_AT, who,
          new Ref(EntityType.EVENT, e), Optional.empty(), first, talk.rule(), t.eventConfidence,
          t.eventImplicit)));
      for (Ref topic : talk.topics()) {
        facts.add(new Fact(Fact.Predicate.SPOKE_ABOUT, who, topic, Optional.empty(), first,
            talk.rule(), talk.confidence(), talk.sentences().size() > 1));
      }
    }
    for (SpeakerRun.Affiliation a : t.affiliations) {
      facts.add(new Fact(Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, a.person()),
          a.organization(), a.role(), first, Rule.SPEAKER_AFFILIATION.id(),
          Rule.SPEAKER_AFFILIATION.confidence(), false));
    }
    return facts;
  }
}
