package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the rules build from a listed name and words after it, written the way the list writes
 * them: "OTel Operator" is "OpenTelemetry Operator", and "Microsoft Corporation" is the listed
 * Microsoft.
 */
final class CompoundNames {
  private static final Pattern LEGAL_FORM =
      Pattern.compile("(?i)[,\\s]+(inc\\.?|ltd\\.?|llc|gmbh|ag|sa|corp\\.?|corporation)$");
  /** The rules whose names are a listed name and a part ("the Prometheus Receiver"). */
  private static final Set<String> PART_RULES = Set.of("rule:tech-part");

  private CompoundNames() {}

  /** The name {@code span}'s text stands for, if the rule that found it built it from parts. */
  static String of(Span span, String text, Gazetteer gazetteer) {
    if (span.source().equals("rule:org-suffix")) {
      String bare = LEGAL_FORM.matcher(text).replaceFirst("");
      return gazetteer.lookup(bare).filter(e -> e.type() == EntityType.ORGANIZATION)
          .map(Gazetteer.Entry::name).orElse(text);
    }
    if (!PART_RULES.contains(span.source())) {
      return text;
    }
    String[] words = text.split(" ");
    // the longest listed prefix is written as the list writes it
    for (int n = words.length - 1; n >= 1; n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      var entry = gazetteer.lookup(prefix);
      if (entry.isPresent()) {
        return entry.get().name() + " "
            + String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
      }
    }
    return String.join(" ", words);
  }

  /**
   * A listed project's name and, right after it, a language or a part: one technology, the
   * project's part ("OpenTelemetry Go", "OpenTelemetry JavaScript", "OpenTelemetry Demo",
   * "OpenTelemetry eBPF profiler", "OTel Helm charts"), written as the list writes the project.
   */
  static List<Candidate> joinParts(List<Candidate> candidates, Annotation doc, String text,
      Gazetteer gazetteer, Set<String> parts) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Candidate a = candidates.get(i);
      Optional<Gazetteer.Entry> project = a.entry().filter(e -> e.type() == EntityType.TECHNOLOGY
          && !e.language());
      if (project.isEmpty()) {
        out.add(a);
        continue;
      }
      List<CoreLabel> tokens = sentences.get(a.span().sentence())
          .get(CoreAnnotations.TokensAnnotation.class);
      int last = a.span().tokens().get(a.span().size() - 1).index(); // 1-based: the next token
      Candidate b = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
      boolean bNext = b != null && last < tokens.size()
          && b.span().start() == tokens.get(last).beginPosition();
      int end = -1; // the last token of the compound (0-based)
      if (last < tokens.size() && project.get().provider()
          && (!bNext || b.entry().isEmpty())) {
        // a provider's product: "AWS Identity and Access Management", "Azure App Insights"
        int k = last;
        while (k < tokens.size() && (properNoun(tokens.get(k)) || k > last
            && k + 1 < tokens.size() && Set.of("and", "&").contains(tokens.get(k).word())
            && properNoun(tokens.get(k + 1)))) {
          end = k++;
        }
      } else if (bNext && b.entry().filter(Gazetteer.Entry::language).isPresent()) {
        // -1 where the language's name ends in the next sentence (".NET", read from the raw text)
        end = endingAt(tokens, b.span().end());
      } else if (bNext && b.type() == EntityType.TECHNOLOGY) {
        int after = endingAt(tokens, b.span().end()) + 1;
        if (after > 0 && after < tokens.size() && parts.contains(tokens.get(after).word()
            .toLowerCase(Locale.ROOT))) {
          end = after;
        }
      } else if (!bNext && last < tokens.size()) {
        String w = tokens.get(last).word();
        boolean capital = Character.isUpperCase(w.charAt(0));
        int first = a.span().tokens().get(0).index() - 1;
        boolean definite = first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("the");
        if ((capital || definite) && (parts.contains(w.toLowerCase(Locale.ROOT))
            || gazetteer.inContext().containsKey(Names.key(w))
            && gazetteer.inContext().get(Names.key(w)).language())) {
          end = last;
        }
      }
      if (end < 0) {
        out.add(a);
        continue;
      }
      // a longer name goes on: "OpenTelemetry Go Automatic Instrumentation", "OTel Demo App"
      for (int more = 0; more < 2 && end + 1 < tokens.size() && tokens.get(end + 1).tag()
          .startsWith("NNP") && Character.isUpperCase(tokens.get(end + 1).word().charAt(0));
          more++) {
        end++;
      }
      List<CoreLabel> run = tokens.subList(a.span().tokens().get(0).index() - 1, end + 1);
      int from = run.get(0).beginPosition();
      int to = run.get(run.size() - 1).endPosition();
      Span span = new Span(EntityType.TECHNOLOGY, List.copyOf(run), from, to, a.span().sentence(),
          text.substring(from, to), "rule:tech-compound", null);
      String rest = text.substring(a.span().end(), to).strip();
      if (bNext && b.entry().filter(Gazetteer.Entry::language).isPresent()
          && b.span().end() == to) {
        rest = b.entry().get().name();
      }
      String head = project.get().provider() ? a.span().text() : project.get().name();
      out.add(new Candidate(span, EntityType.TECHNOLOGY, head + " " + rest,
          Optional.empty(), Optional.empty()));
      while (i + 1 < candidates.size() && candidates.get(i + 1).span().start() < to) {
        i++;
      }
    }
    return out;
  }

  /** The index of the token of {@code tokens} that ends at {@code end}, or -1. */
  private static int endingAt(List<CoreLabel> tokens, int end) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).endPosition() == end) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A technology the post names by a part alone, where it also names it with its project's name
   * before ("the eBPF profiler" beside "OpenTelemetry eBPF profiler"), is that one technology.
   */
  static List<Candidate> joinShortNames(List<Candidate> candidates, Gazetteer gazetteer) {
    java.util.Map<String, String> full = new java.util.HashMap<>();
    for (Candidate c : candidates) {
      String[] words = c.name().split(" ", 2);
      if (c.type() == EntityType.TECHNOLOGY && c.entry().isEmpty() && words.length == 2
          && gazetteer.lookup(words[0]).filter(e -> e.type() == EntityType.TECHNOLOGY
              && e.name().equals(words[0])).isPresent()) {
        full.merge(Names.key(words[1]), c.name(), (a, b) -> a.equals(b) ? a : "");
      }
    }
    if (full.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String longer = c.type() == EntityType.TECHNOLOGY && c.entry().isEmpty()
          ? full.getOrDefault(Names.key(c.name()), "") : "";
      out.add(longer.isEmpty() ? c
          : new Candidate(c.span(), c.type(), longer, c.entry(), c.edition()));
    }
    return out;
  }

  private static boolean properNoun(CoreLabel t) {
    return t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
  }
}
