package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The NLP pipeline, built once per process and shared by all threads: CoreNLP's statistical NER,
 * then the gazetteer (TokensRegexNER), then the TokensRegex rules. Building it checks every
 * stage's requirements ({@link StageChain}), so a pipeline in the wrong order fails at start, not
 * halfway through a corpus.
 */
public final class NlpPipeline {
  /**
   * CoreNLP's settings, each chosen on purpose. The models jar ships a properties file that turns
   * on depparse, coref and kbp, so every setting that matters is written here.
   */
  static final Map<String, String> CORENLP_SETTINGS = Map.of(
      // statistical NER needs pos and lemma; nothing more is used
      "annotators", "tokenize,ssplit,pos,lemma,ner",
      // blocks are separated by a blank line: a heading never glues to the next paragraph
      "ssplit.newlineIsSentenceBreak", "two",
      // the fine-grained gazetteer costs 5x the time and scores no better (ontology has ours)
      "ner.applyFineGrained", "false",
      // dates come from the front matter; SUTime and numeric classifiers add nothing here
      "ner.useSUTime", "false",
      "ner.applyNumericClassifiers", "false",
      // mentions are built by Quarry after the rules have run
      "ner.buildEntityMentions", "false",
      // one CRF model (person, organization, location): the default adds the 7-class and 4-class
      // models, which in CoreNLP's combination only add DATE, MONEY, MISC... labels Quarry does
      // not use; measured: 1.49x faster, the same F1 (README, "Performance")
      "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      // characters CoreNLP cannot tokenize are dropped without a warning per character
      "tokenize.options", "untokenizable=noneDelete");

  /** The TokensRegex rule files, in order. */
  static final List<String> RULE_FILES = List.of("ontology/rules/entities.rules");

  private final AnnotationPipeline pipeline;
  private final Gazetteer gazetteer;

  private NlpPipeline(AnnotationPipeline pipeline, Gazetteer gazetteer) {
    this.pipeline = pipeline;
    this.gazetteer = gazetteer;
  }

  /** Loads the models and rules; takes a few seconds. */
  public static NlpPipeline create(Gazetteer gazetteer) {
    Properties props = new Properties();
    CORENLP_SETTINGS.forEach(props::setProperty);
    StanfordCoreNLP statistical = new StanfordCoreNLP(props, true);
    return new NlpPipeline(StageChain.of(stages(statistical, gazetteer)).pipeline(), gazetteer);
  }

  /**
   * Quarry's stages in the order they run, after {@code statistical} (CoreNLP's annotators of
   * {@link #CORENLP_SETTINGS}); {@link StageChain#of} checks the order. Builds the gazetteer and
   * the rules, which needs no model.
   */
  static List<StageChain.Stage> stages(Annotator statistical, Gazetteer gazetteer) {
    Properties tokenizeOnly = new Properties();
    tokenizeOnly.setProperty("annotators", "tokenize");
    tokenizeOnly.setProperty("tokenize.options", CORENLP_SETTINGS.get("tokenize.options"));
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(tokenizeOnly, false);

    return List.of(
        new StageChain.Stage("corenlp", statistical),
        new StageChain.Stage("set-statistical-tags-aside", new SetStatisticalTagsAside()),
        // TokensRegexNER will not overwrite part of a statistical span: it needs a clean slate
        new StageChain.Stage("gazetteer",
            gazetteerAnnotator(gazetteer, text -> words(tokenizer, text)),
            Set.of(QuarryAnnotations.StatisticalNerAnnotation.class)),
        new StageChain.Stage("rules", new RuleStage(RULE_FILES, ruleVariables(gazetteer))));
  }

  /**
   * The variables the rules use, bound from data: {@code $REGION}, every word of a region name in
   * the gazetteer; {@code $TALK_VERB}, the lemmas of ontology/relations.yaml's talk verbs;
   * {@code $ROLE}, its job titles' head words (employment.roles), any case.
   */
  static Map<String, String> ruleVariables(Gazetteer gazetteer) {
    Lexicon lex = Lexicon.load();
    List<String> talkVerbs = java.util.stream.Stream.concat(lex.talkVerbs.stream(),
        lex.lightVerbs.stream()).distinct().sorted().toList();
    return Map.of("$REGION", RuleStage.anyOf(gazetteer.regionWords(), true),
        "$TALK_VERB", RuleStage.anyOf(talkVerbs, false),
        "$ROLE", RuleStage.anyOf(lex.roles.stream().sorted().toList(), true));
  }

  private static TokensRegexNERAnnotator gazetteerAnnotator(Gazetteer gazetteer,
      java.util.function.Function<String, List<String>> tokenize) {
    try {
      Path mapping = Files.createTempFile("quarry-gazetteer", ".tsv");
      try {
        Files.writeString(mapping, gazetteer.regexNerMapping(tokenize), StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.setProperty("gazetteer.mapping", mapping.toString());
        p.setProperty("gazetteer.mapping.header", "pattern,ner,overwrite,priority,group,normalized");
        p.setProperty("gazetteer.mapping.field.normalized",
            "edu.stanford.nlp.ling.CoreAnnotations$NormalizedNamedEntityTagAnnotation");
        p.setProperty("gazetteer.ignorecase", "false");
        p.setProperty("gazetteer.verbose", "false");
        return new TokensRegexNERAnnotator("gazetteer", p);
      } finally {
        Files.deleteIfExists(mapping);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gazetteer mapping", e);
    }
  }

  private static List<String> words(StanfordCoreNLP tokenizer, String text) {
    Annotation a = new Annotation(text);
    tokenizer.annotate(a);
    return a.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
  }

  /**
   * A fingerprint of everything that decides what a post's graph holds: Quarry's own code (the jar
   * or class folder it runs from, which carries the gazetteers, rules and CoreNLP settings). A post
   * stored under another fingerprint is extracted again. Computed without loading any model.
   */
  public static String fingerprint() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      Path code = Path.of(NlpPipeline.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isDirectory(code)) {
        try (var files = Files.walk(code)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            md.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
          }
        }
      } else {
        md.update(Files.readAllBytes(code));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException | IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException("cannot fingerprint Quarry's code", e);
    }
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Annotates {@code text}; safe to call from several threads at once. */
  public Annotation annotate(String text) {
    Annotation a = new Annotation(text);
    pipeline.annotate(a);
    return a;
  }
}
