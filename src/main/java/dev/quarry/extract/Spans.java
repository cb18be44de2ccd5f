package dev.quarry.extract;

import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Groups tagged tokens into spans. A span never crosses a link's edge, a dash or a colon (so the
 * title and the speakers of "[Title](url) - Speaker & Speaker" stay apart), never ends in a
 * possessive "'s", and never joins the gazetteer's match with the model's guess next to it.
 */
final class Spans {
  private Spans() {}

  static List<Span> find(Annotation doc, String text, List<Link> links) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (Link l : links) {
      if (l.end() > l.start()) {
        edges.add(l.start());
        edges.add(l.end());
      }
    }
    List<Span> spans = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> run = new ArrayList<>();
      String runKey = null;
      EntityType runType = null;
      for (int t = 0; t < tokens.size(); t++) {
        CoreLabel token = tokens.get(t);
        Optional<EntityType> type = typeOf(token);
        String key = type.isPresent() ? sourceOf(token) : null;
        // a gazetteer or rule match is whole ("re:Invent"); the model's guesses stop at separators,
        // but a hyphen inside a word ("Pérez-Aradros", "Jun-Seok") joins its halves
        if (!run.isEmpty() && joinsWord(tokens, t) && typeOf(tokens.get(t + 1)).equals(
            Optional.of(runType)) && sourceOf(tokens.get(t + 1)).equals(runKey)) {
          type = Optional.of(runType);
          key = runKey;
        }
        boolean separates = isSeparator(token) && (key == null || key.equals("ner"))
            && !(joinsWord(tokens, t) && type.isPresent());
        boolean breaks = run.isEmpty() || type.isEmpty() || type.get() != runType
            || !key.equals(runKey) || crossesEdge(edges, run.get(run.size() - 1), token)
            || separates;
        if (breaks && !run.isEmpty()) {
          add(spans, run, runType, runKey, s, text);
          run = new ArrayList<>();
        }
        if (type.isPresent() && !separates) {
          run.add(token);
          runType = type.get();
          runKey = key;
        }
      }
      if (!run.isEmpty()) {
        add(spans, run, runType, runKey, s, text);
      }
    }
    return spans.stream().map(span -> widenToLink(span, sentences, links, text)).toList();
  }

  /**
   * An event named by the whole text of a link to its page, where a listed event ends the text:
   * "[Open Observability Day](https://example.org/open-observability-day-na/)" is not the listed
   * "Observability Day". The page's address spells the name, so the words before it belong to it.
   */
  private static Span widenToLink(Span span, List<CoreMap> sentences, List<Link> links,
      String text) {
    if (span.type() != EntityType.EVENT) {
      return span;
    }
    for (Link l : links) {
      String linkText = l.end() <= text.length() ? text.substring(l.start(), l.end()).strip() : "";
      if (l.start() > span.start() || span.end() > l.end() || linkText.length() <= span.text().length()
          || !linkText.endsWith(span.text()) || !slugOf(l.url()).contains(slug(linkText))) {
        continue;
      }
      List<CoreLabel> tokens = sentences.get(span.sentence())
          .get(CoreAnnotations.TokensAnnotation.class).stream()
          .filter(t -> t.beginPosition() >= l.start() && t.endPosition() <= span.end()).toList();
      List<CoreLabel> before = tokens.subList(0, tokens.size() - span.size());
      if (before.isEmpty() || before.size() > 3
          || !before.stream().allMatch(t -> t.word().matches("\\p{Lu}[\\p{L}\\p{N}-]*"))) {
        return span;
      }
      int start = tokens.get(0).beginPosition();
      return new Span(span.type(), tokens, start, span.end(), span.sentence(),
          text.substring(start, span.end()), "rule:link-event", null);
    }
    return span;
  }

  /** Words as an address spells them: "Open Observability Day" is "open-observability-day". */
  private static String slug(String words) {
    return words.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static String slugOf(String url) {
    return url.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
  }

  private static Optional<EntityType> typeOf(CoreLabel token) {
    String ner = token.ner();
    if (ner != null && !ner.equals("O")) {
      return EntityType.ofNerTag(ner); // "NONE": a rule vetoed the model's tag
    }
    return EntityType.ofNerTag(token.get(QuarryAnnotations.StatisticalNerAnnotation.class));
  }

  private static String sourceOf(CoreLabel token) {
    String rule = token.get(QuarryAnnotations.RuleAnnotation.class);
    if (rule != null) {
      return "rule:" + rule;
    }
    String ner = token.ner();
    if (ner != null && !ner.equals("O")) {
      String key = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      return key == null ? "ner" : key;
    }
    return "ner";
  }

  private static boolean crossesEdge(TreeSet<Integer> edges, CoreLabel prev, CoreLabel token) {
    Integer edge = edges.ceiling(prev.endPosition());
    return edge != null && edge <= token.beginPosition();
  }

  /**
   * A hyphen written inside a word, with no space before it ("Pérez-Aradros", and the typo
   * "Cloud- Native"): a dash between words has a space on both sides.
   */
  private static boolean joinsWord(List<CoreLabel> tokens, int t) {
    return t > 0 && t + 1 < tokens.size() && tokens.get(t).word().equals("-")
        && tokens.get(t - 1).endPosition() == tokens.get(t).beginPosition();
  }

  private static boolean isSeparator(CoreLabel token) {
    String w = token.word();
    return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—") || w.equals(":")
        || w.equals("|") || w.equals("(") || w.equals(")") || w.equals("-LRB-")
        || w.equals("-RRB-") || w.equals("\"") || w.equals("``") || w.equals("''")
        // "Org & Person", "Jane Doe and John Roe": the model's run of names is two names
        || w.equals("&") || w.equals("and");
  }

  private static void add(List<Span> spans, List<CoreLabel> run, EntityType type, String key,
      int sentence, String text) {
    List<CoreLabel> tokens = new ArrayList<>(run);
    // a possessive or trailing punctuation is not part of the name
    while (!tokens.isEmpty()) {
      CoreLabel last = tokens.get(tokens.size() - 1);
      String tag = last.tag();
      if ("POS".equals(tag) || last.word().matches("[\\p{Punct}’‘“”]+")) {
        tokens.remove(tokens.size() - 1);
      } else {
        break;
      }
    }
    while (!tokens.isEmpty() && tokens.get(0).word().matches("[\\p{Punct}’‘“”]+")) {
      tokens.remove(0);
    }
    if (tokens.isEmpty()) {
      return;
    }
    int start = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    String gazetteerKey = key.startsWith("rule:") || key.equals("ner") ? null : key;
    spans.add(new Span(type, List.copyOf(tokens), start, end, sentence,
        text.substring(start, end), key, gazetteerKey));
  }

  /** The tokens of {@code [start, end)} as one span of the sentence that holds them. */
  static Optional<Span> within(Annotation doc, String text, int start, int end, EntityType type,
      String source) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      if (sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) <= start) {
        continue;
      }
      if (sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) >= end) {
        break;
      }
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).stream()
          .filter(t -> t.beginPosition() >= start && t.endPosition() <= end).toList();
      if (!tokens.isEmpty()) {
        int a = tokens.get(0).beginPosition();
        int b = tokens.get(tokens.size() - 1).endPosition();
        return Optional.of(new Span(type, tokens, a, b, s, text.substring(a, b), source, null));
      }
    }
    return Optional.empty();
  }
}
