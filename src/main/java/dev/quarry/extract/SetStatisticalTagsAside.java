package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Collections;
import java.util.Set;

/**
 * Moves the statistical NER tag of every token to {@link QuarryAnnotations.StatisticalNerAnnotation}
 * and clears the NER tag, so that the gazetteer and the rules tag a clean slate (TokensRegexNER
 * will not overwrite part of a statistical span) and can still read the model's opinion.
 */
final class SetStatisticalTagsAside implements Annotator {
  @Override
  public void annotate(Annotation annotation) {
    for (CoreLabel token : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      String ner = token.ner();
      token.set(QuarryAnnotations.StatisticalNerAnnotation.class, ner == null ? "O" : ner);
      token.setNER("O");
      token.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(QuarryAnnotations.StatisticalNerAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}
