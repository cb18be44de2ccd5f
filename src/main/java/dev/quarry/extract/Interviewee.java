package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The company of the one person an interview's title names ("Five Questions with Jane Doe",
 * "Q&amp;A: Jane Doe on Kafka"), as the post gives it ("Jane Doe, a principal engineer at
 * Acme"): the answers' "we" and "our" are that company's, not the blog's.
 */
final class Interviewee {
  private Interviewee() {}

  /**
   * The interviewee's company, if the post's title is an interview's and names one person other
   * than its author, and a sentence says where that person works; {@code resolved} gives the
   * sentences with their pronouns resolved, asked for only in an interview.
   */
  static Optional<Ref> company(List<TaggedSentence> sentences,
      Supplier<List<TaggedSentence>> resolved, PostContext ctx, SentenceReader employment,
      Lexicon lex) {
    List<String> named = sentences.stream().filter(s -> s.in(Block.Kind.TITLE))
        .filter(s -> s.any(t -> lex.interviewTitles.contains(t.lower())))
        .flatMap(s -> s.mentionsOf(EntityType.PERSON).stream()).map(PlacedMention::name)
        .filter(n -> ctx.author().filter(n::equals).isEmpty()).distinct().toList();
    if (named.size() != 1) {
      return Optional.empty();
    }
    Ref person = new Ref(EntityType.PERSON, named.get(0));
    for (TaggedSentence s : resolved.get()) {
      if (s.in(Block.Kind.TITLE)) {
        continue;
      }
      for (Fact f : employment.read(s, ctx)) {
        if (f.predicate() == Fact.Predicate.WORKS_FOR && f.subject().equals(person)
            && f.object().type() == EntityType.ORGANIZATION && !f.implicit()) {
          return Optional.of(f.object());
        }
      }
    }
    return Optional.empty();
  }
}
