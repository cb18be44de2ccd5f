package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code tokens} rules of {@code ontology/rules/} as TokensRegex does, plus one
 * attribute of Quarry's: {@code trigger: ( [node] )}, one token every match of the rule holds
 * (usually the word the rule is about: "at" in "Engineer at Acme"). A rule is tried only on the
 * sentences that hold its trigger. TokensRegex tries every rule at every token, which costs the
 * same for every rule whatever it looks for (about 2 microseconds a token, measured); a token test
 * costs a small part of that. A trigger that is not in every match would lose matches:
 * {@code RuleTriggersIT} checks that the rules find the same with and without their triggers.
 */
final class TriggeredRules extends SequenceMatchRules.TokenPatternExtractRuleCreator {
  /** The rule type this creator reads: TokensRegex's own name, so the rules look as usual. */
  static final String RULE_TYPE = SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE;

  private final boolean useTriggers;

  /** {@code useTriggers} false tries every rule everywhere, as TokensRegex does. */
  TriggeredRules(boolean useTriggers) {
    this.useTriggers = useTriggers;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public SequenceMatchRules.AnnotationExtractRule create(Env env, Map<String, Object> attributes) {
    SequenceMatchRules.AnnotationExtractRule rule = super.create(env, attributes);
    Object trigger = attributes.get("trigger");
    if (trigger == null || !useTriggers) {
      return rule;
    }
    NodePattern<CoreLabel> token = token(Expressions.asObject(env, trigger), rule);
    SequenceMatchRules.ExtractRule<CoreMap, ?> inner = rule.extractRule;
    rule.extractRule = (SequenceMatchRules.ExtractRule) (SequenceMatchRules.ExtractRule<CoreMap, Object>)
        (sentence, out) -> holds(sentence, token) && inner.extract(sentence, (List) out);
    return rule;
  }

  /** The single token pattern a trigger is written as. */
  @SuppressWarnings("unchecked")
  private static NodePattern<CoreLabel> token(Object trigger, SequenceMatchRules.AnnotationExtractRule<?, ?> rule) {
    if (trigger instanceof TokenSequencePattern pattern) {
      Collection<NodePattern<CoreLabel>> nodes =
          pattern.findNodePatterns(n -> (NodePattern<CoreLabel>) (NodePattern<?>) n, true, true);
      if (nodes.size() == 1) {
        return nodes.iterator().next();
      }
    }
    throw new IllegalArgumentException("a rule's trigger is one token pattern, ( [ ... ] ), not "
        + trigger + " (rule " + rule.pattern + ")");
  }

  private static boolean holds(CoreMap sentence, NodePattern<CoreLabel> token) {
    for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      if (token.match(t)) {
        return true;
      }
    }
    return false;
  }
}
