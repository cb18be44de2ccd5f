package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The NLP stages' contracts are checked when the pipeline is built: a stage that needs what no
 * stage before it provides fails then, named with what it needs. Needs no NLP model: CoreNLP's
 * statistical stage is stood in for by its tokenizer and a stage with the tagger's contract.
 */
class StageChainTest {
  /** Quarry's own stages, in their order; building the gazetteer and rules takes a moment. */
  private static final List<StageChain.Stage> QUARRYS_STAGES =
      NlpPipeline.stages(statisticalWithoutModels(), Gazetteer.load());

  /** An annotator that only declares a contract, and notes in {@code ran} when it runs. */
  private record Fake(String name, Set<Class<? extends CoreAnnotation>> requires,
      Set<Class<? extends CoreAnnotation>> requirementsSatisfied, List<String> ran)
      implements Annotator {
    @Override
    public void annotate(Annotation annotation) {
      ran.add(name);
    }
  }

  private static StageChain.Stage fake(String name, Set<Class<? extends CoreAnnotation>> requires,
      Set<Class<? extends CoreAnnotation>> provides, List<String> ran) {
    return new StageChain.Stage(name, new Fake(name, requires, provides, ran));
  }

  private static String failure(List<StageChain.Stage> stages) {
    return assertThrows(IllegalArgumentException.class, () -> StageChain.of(stages)).getMessage();
  }

  /**
   * CoreNLP's annotators of {@link NlpPipeline#CORENLP_SETTINGS} without their models: the real
   * tokenizer, then a stage that provides what pos, lemma and ner do.
   */
  private static Annotator statisticalWithoutModels() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    AnnotationPipeline p = new AnnotationPipeline();
    p.addAnnotator(new StanfordCoreNLP(props, true));
    p.addAnnotator(new Fake("pos, lemma, ner", Set.of(CoreAnnotations.TokensAnnotation.class),
        Set.of(CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.LemmaAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class), new ArrayList<>()));
    return p;
  }

  private static List<StageChain.Stage> quarrysStages() {
    return new ArrayList<>(QUARRYS_STAGES);
  }

  private static List<String> names(List<StageChain.Stage> stages) {
    return stages.stream().map(StageChain.Stage::name).toList();
  }

  @Test
  void stagesInOrderMakeAPipelineThatRunsThemInThatOrder() {
    List<String> ran = new ArrayList<>();
    StageChain chain = StageChain.of(List.of(
        fake("tokenize", Set.of(), Set.of(CoreAnnotations.TokensAnnotation.class), ran),
        fake("tag", Set.of(CoreAnnotations.TokensAnnotation.class),
            Set.of(CoreAnnotations.NamedEntityTagAnnotation.class), ran),
        fake("rules", Set.of(CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class), Set.of(), ran)));
    chain.pipeline().annotate(new Annotation("text"));
    assertEquals(List.of("tokenize", "tag", "rules"), ran);
  }

  @Test
  void aStageThatNeedsWhatNoStageProvidesFailsNamingTheStageAndWhatItNeeds() {
    List<String> ran = new ArrayList<>();
    String message = failure(List.of(
        fake("tokenize", Set.of(), Set.of(CoreAnnotations.TokensAnnotation.class), ran),
        fake("rules", Set.of(CoreAnnotations.TokensAnnotation.class,
            CoreAnnotations.NamedEntityTagAnnotation.class), Set.of(), ran)));
    assertEquals("NLP stage 'rules' requires CoreAnnotations.NamedEntityTagAnnotation, which no"
        + " stage before it provides (before it: 'tokenize')", message);
  }

  @Test
  void aStageBeforeTheOneThatProvidesWhatItNeedsFailsNamingThatOne() {
    List<String> ran = new ArrayList<>();
    String message = failure(List.of(
        fake("tag", Set.of(CoreAnnotations.TokensAnnotation.class),
            Set.of(CoreAnnotations.NamedEntityTagAnnotation.class), ran),
        fake("tokenize", Set.of(), Set.of(CoreAnnotations.TokensAnnotation.class), ran)));
    assertEquals("NLP stage 'tag' requires CoreAnnotations.TokensAnnotation, which no stage"
        + " before it provides (it is the first stage); 'tokenize' provides it but runs after it",
        message);
  }

  @Test
  void whatAStageNeedsBesidesItsAnnotatorsContractIsCheckedToo() {
    List<String> ran = new ArrayList<>();
    String message = failure(List.of(
        fake("tokenize", Set.of(), Set.of(CoreAnnotations.TokensAnnotation.class), ran),
        new StageChain.Stage("gazetteer", new Fake("gazetteer",
            Set.of(CoreAnnotations.TokensAnnotation.class), Set.of(), ran),
            Set.of(QuarryAnnotations.StatisticalNerAnnotation.class))));
    assertEquals("NLP stage 'gazetteer' requires QuarryAnnotations.StatisticalNerAnnotation,"
        + " which no stage before it provides (before it: 'tokenize')", message);
  }

  @Test
  void quarrysStagesInTheirOrderKeepTheirContracts() {
    List<StageChain.Stage> stages = quarrysStages();
    assertEquals(List.of("corenlp", "set-statistical-tags-aside", "gazetteer", "rules"),
        names(StageChain.of(stages).stages()));
  }

  @Test
  void withoutSettingTheStatisticalTagsAsideThePipelineFailsWhenBuilt() {
    List<StageChain.Stage> stages = quarrysStages();
    stages.removeIf(s -> s.name().equals("set-statistical-tags-aside"));
    assertEquals("NLP stage 'gazetteer' requires QuarryAnnotations.StatisticalNerAnnotation,"
        + " which no stage before it provides (before it: 'corenlp')", failure(stages));

    stages.removeIf(s -> s.name().equals("gazetteer"));
    assertEquals("NLP stage 'rules' requires QuarryAnnotations.StatisticalNerAnnotation,"
        + " which no stage before it provides (before it: 'corenlp')", failure(stages));
  }

  @Test
  void theRulesOrTheGazetteerBeforeTheTagsAreSetAsideFailWhenBuilt() {
    List<StageChain.Stage> stages = quarrysStages();
    stages.add(1, stages.remove(2)); // corenlp, gazetteer, set-statistical-tags-aside, rules
    assertEquals("NLP stage 'gazetteer' requires QuarryAnnotations.StatisticalNerAnnotation, which"
        + " no stage before it provides (before it: 'corenlp'); 'set-statistical-tags-aside'"
        + " provides it but runs after it", failure(stages));

    stages = quarrysStages();
    stages.add(stages.remove(1)); // corenlp, gazetteer, rules, set-statistical-tags-aside
    stages.remove(1);
    assertEquals("NLP stage 'rules' requires QuarryAnnotations.StatisticalNerAnnotation, which"
        + " no stage before it provides (before it: 'corenlp'); 'set-statistical-tags-aside'"
        + " provides it but runs after it", failure(stages));
  }

  @Test
  void settingTheTagsAsideBeforeCoreNlpTaggedThemFailsWhenBuilt() {
    List<StageChain.Stage> stages = quarrysStages();
    stages.add(0, stages.remove(1));
    String message = failure(stages);
    assertEquals("NLP stage 'set-statistical-tags-aside' requires"
        + " CoreAnnotations.NamedEntityTagAnnotation,"
        + " which no stage before it provides (it is the first stage); 'corenlp' provides it but"
        + " runs after it", message);
  }
}
