package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule's trigger decides where the rule is tried: a sentence without the trigger token is
 * skipped, one with it is read as TokensRegex reads it, and a trigger must be one token. Needs no
 * NLP model: the sentences are built token by token.
 */
class TriggeredRulesTest {
  private static final String HEADER = """
      ner = { type: "CLASS", value: "edu.stanford.nlp.ling.CoreAnnotations$NamedEntityTagAnnotation" }
      """;
  /** Marks a capitalised word before "Labs" as an organization; tried only where "Labs" is. */
  private static final String LABS_RULE = """
      { ruleType: "tokens",
        trigger: ( [{word:Labs}] ),
        pattern: ( ( [{word:/[A-Z][a-z]+/}] ) /Labs/ ),
        action: ( Annotate($1, ner, "ORGANIZATION") ) }
      """;

  @TempDir Path dir;

  /** CoreNLP's tokenizer and sentence splitter, which need no model. */
  private static final StanfordCoreNLP SPLITTER = splitter();

  private static StanfordCoreNLP splitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(props, false);
  }

  /** The tags the rules give {@code text}, one sentence, every token "O" before. */
  private List<String> tags(String rules, boolean useTriggers, String text) throws IOException {
    Path file = Files.writeString(dir.resolve("test.rules"), HEADER + rules);
    RuleStage stage = new RuleStage(List.of(file.toString()), Map.of(), useTriggers);
    Annotation a = new Annotation(text);
    SPLITTER.annotate(a);
    List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
    tokens.forEach(t -> t.setNER("O"));
    stage.annotate(a);
    return tokens.stream().map(CoreLabel::ner).toList();
  }

  @Test
  void aRuleIsReadWhereItsTriggerIs() throws IOException {
    assertEquals(List.of("O", "ORGANIZATION", "O"), tags(LABS_RULE, true, "at Hooli Labs"));
  }

  @Test
  void aRuleIsNotTriedWhereItsTriggerIsNot() throws IOException {
    // the trigger here is a word the pattern does not need: the rule would match, but is skipped
    String rule = LABS_RULE.replace("[{word:Labs}]", "[{word:Research}]");
    assertEquals(List.of("O", "O", "O"), tags(rule, true, "at Hooli Labs"));
    assertEquals(List.of("O", "ORGANIZATION", "O", "O"), tags(rule, true, "at Hooli Labs Research"));
    // without triggers every rule is tried everywhere
    assertEquals(List.of("O", "ORGANIZATION", "O"), tags(rule, false, "at Hooli Labs"));
  }

  @Test
  void aTriggerIsOneToken() {
    String rule = LABS_RULE.replace("[{word:Labs}]", "[{word:Hooli}] [{word:Labs}]");
    // TokensRegex wraps the error in its own, naming the rule file
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> tags(rule, true, "at Hooli Labs"));
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
      cause = cause.getCause();
    }
    assertTrue(String.valueOf(cause.getMessage()).contains("one token pattern"), e.toString());
  }
}
