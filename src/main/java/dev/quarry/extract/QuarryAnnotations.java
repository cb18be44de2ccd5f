package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotation;

/** Token annotations Quarry adds to CoreNLP's, named in the TokensRegex rules of ontology/rules. */
public final class QuarryAnnotations {
  private QuarryAnnotations() {}

  /** The tag CoreNLP's statistical NER gave a token, kept aside while the rules run. */
  public static final class StatisticalNerAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** The name of the rule that tagged a token, for provenance. */
  public static final class RuleAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** A mark a rule leaves on tokens for a later stage (e.g. "ORG_LIST": a list of companies). */
  public static final class ContextAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }
}
