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
 * works when the text says so: "I was at AWS", "platform services at the AWS", "by Jane Roe,
 * Alibaba Cloud", "Jo Li (Azure)". One such mention makes it a company in the whole post.
 */
final class Providers {
  private Providers() {}

  static List<Candidate> asEmployers(List<Candidate> candidates, Annotation doc,
      Set<String> affiliationWords) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Set<String> employers = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.TECHNOLOGY && c.entry().filter(Gazetteer.Entry::provider)
          .isPresent() && affiliation(sentences.get(c.span().sentence())
              .get(CoreAnnotations.TokensAnnotation.class), c, candidates, affiliationWords)) {
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

  /** Whether "at", "@" or "(" (and "the") come before it, or a person and a comma. */
  private static boolean affiliation(List<CoreLabel> tokens, Candidate c,
      List<Candidate> candidates, Set<String> words) {
    int j = c.span().tokens().get(0).index() - 2; // the token before (0-based)
    if (j >= 0 && tokens.get(j).word().equalsIgnoreCase("the")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
    if (words.contains(w) || w.equals("-lrb-")) {
      return true;
    }
    int before = j > 0 ? tokens.get(j - 1).endPosition() : -1;
    return w.equals(",") && candidates.stream().anyMatch(p -> p.type() == EntityType.PERSON
        && p.span().sentence() == c.span().sentence() && p.span().end() == before);
  }
}
