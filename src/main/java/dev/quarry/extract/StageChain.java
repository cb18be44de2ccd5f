package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NLP stages in the order they run, each one's requirements provided by the stages before it:
 * checked when the chain is made, as CoreNLP's {@code StanfordCoreNLP} checks its own annotators,
 * so a pipeline in the wrong order fails at start, not halfway through a corpus.
 */
final class StageChain {
  /**
   * One stage: a name for messages, its annotator, and what it needs besides what the annotator
   * declares (a CoreNLP annotator cannot say that it must run after Quarry's own stages).
   */
  record Stage(String name, Annotator annotator,
      Set<Class<? extends CoreAnnotation>> alsoRequires) {
    Stage {
      alsoRequires = Set.copyOf(alsoRequires);
    }

    Stage(String name, Annotator annotator) {
      this(name, annotator, Set.of());
    }

    /** Everything the stage needs before it runs. */
    Set<Class<? extends CoreAnnotation>> requires() {
      Set<Class<? extends CoreAnnotation>> all = new LinkedHashSet<>(annotator.requires());
      all.addAll(alsoRequires);
      return all;
    }
  }

  private final List<Stage> stages;

  private StageChain(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * The chain of {@code stages}, in this order.
   *
   * @throws IllegalArgumentException naming the first stage that needs an annotation no stage
   *     before it provides, and the annotation (the first by name when it misses several)
   */
  static StageChain of(List<Stage> stages) {
    Set<Class<? extends CoreAnnotation>> provided = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      // by name, so that the same chain always fails with the same message
      List<Class<? extends CoreAnnotation>> needs = stage.requires().stream()
          .filter(needed -> !provided.contains(needed))
          .sorted(Comparator.comparing(StageChain::name)).toList();
      if (!needs.isEmpty()) {
        throw new IllegalArgumentException(missing(stages, i, needs.get(0)));
      }
      provided.addAll(stage.annotator().requirementsSatisfied());
    }
    return new StageChain(stages);
  }

  private static String missing(List<Stage> stages, int at,
      Class<? extends CoreAnnotation> needed) {
    String before = stages.subList(0, at).stream().map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", "));
    String message = "NLP stage '" + stages.get(at).name() + "' requires " + name(needed)
        + ", which no stage before it provides (" + (before.isEmpty() ? "it is the first stage"
        : "before it: " + before) + ")";
    for (Stage later : stages.subList(at + 1, stages.size())) {
      if (later.annotator().requirementsSatisfied().contains(needed)) {
        return message + "; '" + later.name() + "' provides it but runs after it";
      }
    }
    return message;
  }

  /** An annotation's name as its source spells it: "CoreAnnotations.TokensAnnotation". */
  private static String name(Class<?> annotation) {
    String binary = annotation.getName();
    return binary.substring(binary.lastIndexOf('.') + 1).replace('$', '.');
  }

  List<Stage> stages() {
    return stages;
  }

  /** A CoreNLP pipeline that runs the stages' annotators in order. */
  AnnotationPipeline pipeline() {
    AnnotationPipeline pipeline = new AnnotationPipeline();
    stages.forEach(s -> pipeline.addAnnotator(s.annotator()));
    return pipeline;
  }
}
