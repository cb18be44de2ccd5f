package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cloud provider (a listed technology marked {@code provider}) is the company where someone
 * works when the text says so: "I was at AWS", "Solutions Architect at AWS", "by Jane Roe,
 * Alibaba Cloud", "Jo Li (Azure)". One such mention makes it a company in the whole post.
 */
final class Providers {
  private Providers() {}

  static List<Candidate> asEmployers(List<Candidate> candidates, Annotation doc,
      Set<String> affiliationWords, Set<String> roles) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Set<String> employers = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.TECHNOLOGY && c.entry().filter(Gazetteer.Entry::provider)
          .isPresent() && affiliation(sentences.get(c.span().sentence())
              .get(CoreAnnotations.TokensAnnotation.class), c, candidates, affiliationWords, roles)) {
        employers.add(c.name());
      }
    }
    if (employers.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(c.type() == EntityType.TECHNOLOGY && c.entry().isPresent()
          && employers.contains(c.name()) ? c.as(EntityType.ORGANIZATION) : c);
    }
    return out;
  }

  /**
   * Whether it is where someone works: "at" or "@" (and "the") after a job title or a person,
   * "(" or a comma after a person.
   */
  private static boolean affiliation(List<CoreLabel> tokens, Candidate c,
      List<Candidate> candidates, Set<String> words, Set<String> roles) {
    int j = c.span().tokens().get(0).index() - 2; // the token before (0-based)
    if (j >= 0 && tokens.get(j).word().equalsIgnoreCase("the")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
    w = w.equals("-lrb-") ? "(" : w; // CoreNLP writes "(" so
    int before = j > 0 ? tokens.get(j - 1).endPosition() : -1;
    boolean afterPerson = candidates.stream().anyMatch(p -> p.type() == EntityType.PERSON
        && p.span().sentence() == c.span().sentence() && p.span().end() == before);
    // "Solutions Architect at AWS", "I was at AWS", "Jane Roe (AWS)", "Jane Roe, AWS"; not "look
    // at AWS pricing" nor "deployed at AWS"
    String prev = j > 0 ? tokens.get(j - 1).word().toLowerCase(Locale.ROOT) : "";
    boolean afterTitle = j > 0 && !w.equals("(") && (roles.contains(prev.replaceFirst("s$", ""))
        || Character.isUpperCase(tokens.get(j - 1).word().charAt(0))
        || Set.of("be", "work").contains(String.valueOf(tokens.get(j - 1).lemma())));
    return (words.contains(w) && (afterPerson || afterTitle)) || (w.equals(",") && afterPerson);
  }
}
