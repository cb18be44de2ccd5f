package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The post's authors, as its front matter names them, wherever its body writes their full names
 * ("**Author:** Can Doe (Engineer at Acme)"), even names the model does not take for a person's;
 * what the model guessed on those words gives way.
 */
final class AuthorNames {
  private static final String SOURCE = "rule:author";

  private AuthorNames() {}

  /** {@code candidates} with a person wherever the body writes one of {@code authors}. */
  static List<Candidate> add(List<Candidate> candidates, Annotation doc, String text,
      List<String> authors) {
    List<String> names = authors.stream().filter(a -> a.strip().contains(" ")).toList();
    if (names.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        for (String name : names) {
          int end = CompanyNames.matchAt(tokens, i, name, text);
          if (end < 0) {
            continue;
          }
          Span found = CompanyNames.span(tokens, i, end, s, text, EntityType.PERSON, SOURCE);
          List<Candidate> over = CompanyNames.overlapping(out, found);
          if (over.stream().allMatch(c -> Guesses.guess(c.span())
              && (c.type() != EntityType.PERSON || CompanyNames.inside(c, found)))) {
            out.removeAll(over);
            out.add(new Candidate(found, EntityType.PERSON, name.strip(), Optional.empty(),
                Optional.empty()));
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return out;
  }
}
