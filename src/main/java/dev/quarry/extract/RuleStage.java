package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the TokensRegex rules of {@code ontology/rules/} over every sentence. The rules see the
 * gazetteer's tags ({@code ner}), the statistical model's ({@code crf}), and variables Quarry binds
 * from the gazetteer's data ({@code $REGION}); a rule with a {@code trigger} is tried only where
 * its trigger token is ({@link TriggeredRules}).
 */
final class RuleStage implements Annotator {
  private final CoreMapExpressionExtractor<?> extractor;

  RuleStage(List<String> ruleFiles, Map<String, String> variables) {
    this(ruleFiles, variables, true);
  }

  /** {@code useTriggers} false tries every rule on every sentence ({@link TriggeredRules}). */
  RuleStage(List<String> ruleFiles, Map<String, String> variables, boolean useTriggers) {
    Env env = TokenSequencePattern.getNewEnv();
    variables.forEach(env::bind);
    env.bind(TriggeredRules.RULE_TYPE, new TriggeredRules(useTriggers));
    this.extractor = CoreMapExpressionExtractor.createExtractorFromFiles(env, ruleFiles);
  }

  /** A TokensRegex regex matching any of {@code words} as a whole token. */
  static String anyOf(List<String> words, boolean ignoreCase) {
    return "/" + (ignoreCase ? "(?i)" : "") + words.stream()
        .map(w -> w.replaceAll("([^\\p{L}\\p{N}])", "\\\\$1"))
        .collect(Collectors.joining("|")) + "/";
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      extractor.extractExpressions(sentence);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(QuarryAnnotations.RuleAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class, QuarryAnnotations.StatisticalNerAnnotation.class);
  }
}
