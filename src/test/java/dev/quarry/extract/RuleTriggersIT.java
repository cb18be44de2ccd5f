package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The triggers of ontology/rules/ lose no match: the rules tag the sample posts and sentences
 * written for every rule the same with their triggers as without them (every rule tried on every
 * sentence, as TokensRegex does).
 */
class RuleTriggersIT {
  /** A sentence or two for each rule of entities.rules, written for this test. */
  private static final String EVERY_RULE = """
      Our CTO and the SRE team moved two services to the EU last year.

      Jane Roe & Max Mustermann give an overview of the new planner.

      Li (Shadow) Wen wrote the first draft.

      We met at Gophercon 2031 and at GopherCon EU, then at KubeCon + CloudNativeCon Europe 2030.

      The Graph Databases Summit Asia 2029 and the Storage and Compute Workshop were busy.

      She spoke at the 14th Symposium on Distributed Storage Design and at OSDI 2028.

      The Zig meetup and the Envoy community meeting were online; the SIGMOD conference was not.

      Quokka, the embedded database for sensors, is powered by Wombat and written in Rust.

      We saw a demo of Quokka, a feature known as Snapshotter, and bindings for Wombat.

      Companies like Hooli, Initech and Globex run it; Vandelay, Acme, and other companies too.

      Jane Roe, Initech. Max Mustermann from Globex and the folks at Pied Piper joined.

      Database company Umbrella hosted; big Quokka user, Soylent, spoke. CNCF Berlin helped.

      An engineer at Stark Industries joined Wayne Enterprises. Cyberdyne Labs bought a stake in Tyrell Inc. last year.

      Umbrella, a biotech startup, and a consultancy called Oscorp wrote in.

      Jane Roe (Massive Dynamic) and Max Mustermann, Hooli & Li Wen, Globex spoke.

      Hooli Cloud & AI is a division; tools such as Wombat and Quokka help.

      The round was led by Lumon Capital, with participation from Dunder and Mifflin.

      Ray Jenkins wrote the Quokka Operator, the Wombat backend and Snorkel v2.1.

      We deploy Metricgrub and use Snorkel every day.

      The booths are in the Larkmoor Convention Centre and in Quillon Hall.
      """;

  private static StanfordCoreNLP statistical;
  private static List<Annotator> before;
  private static Annotator withTriggers;
  private static Annotator withoutTriggers;

  @BeforeAll
  static void pipelines() {
    Gazetteer gazetteer = Gazetteer.load();
    Properties props = new Properties();
    NlpPipeline.CORENLP_SETTINGS.forEach(props::setProperty);
    statistical = new StanfordCoreNLP(props, true);
    List<StageChain.Stage> stages = NlpPipeline.stages(statistical, gazetteer);
    before = stages.subList(0, stages.size() - 1).stream().map(StageChain.Stage::annotator).toList();
    withTriggers = stages.get(stages.size() - 1).annotator();
    withoutTriggers = new RuleStage(NlpPipeline.RULE_FILES, NlpPipeline.ruleVariables(gazetteer),
        false);
  }

  /** Every token's tag, rule and context mark after the rules, one line per token. */
  private static List<String> tagged(String text, Annotator rules) {
    Annotation a = new Annotation(text);
    before.forEach(s -> s.annotate(a));
    rules.annotate(a);
    List<String> out = new ArrayList<>();
    for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
      out.add(t.word() + " " + t.ner() + " " + t.get(QuarryAnnotations.RuleAnnotation.class)
          + " " + t.get(QuarryAnnotations.ContextAnnotation.class));
    }
    return out;
  }

  /** Fails naming the first token the two taggings differ on, with the tokens before it. */
  private static void assertSameTags(List<String> withoutTriggers, List<String> withTriggers,
      String where) {
    assertEquals(withoutTriggers.size(), withTriggers.size(), where);
    for (int i = 0; i < withoutTriggers.size(); i++) {
      int at = i;
      assertEquals(withoutTriggers.get(i), withTriggers.get(i), () -> where + ", after "
          + withoutTriggers.subList(Math.max(0, at - 8), at) + " (word, tag, rule, context)");
    }
  }

  private static Set<String> rules(List<String> tagged) {
    Set<String> names = new TreeSet<>();
    tagged.stream().map(l -> l.split(" ")[2]).filter(r -> !r.equals("null")).forEach(names::add);
    return names;
  }

  @Test
  void triggersLoseNoMatchInSentencesForEveryRule() {
    List<String> expected = tagged(EVERY_RULE, withoutTriggers);
    assertSameTags(expected, tagged(EVERY_RULE, withTriggers), "sentences for every rule");
    // the sentences reach most rules, or the comparison says little
    assertTrue(rules(expected).size() >= 25, () -> "rules that matched: " + rules(expected));
  }

  @Test
  void triggersLoseNoMatchInTheSamplePosts() throws IOException {
    List<Path> posts;
    try (var files = Files.list(Path.of("corpus"))) {
      posts = files.sorted().toList();
    }
    assertEquals(4, posts.size());
    for (Path post : posts) {
      String text = Files.readString(post);
      assertSameTags(tagged(text, withoutTriggers), tagged(text, withTriggers), post.toString());
    }
  }
}
