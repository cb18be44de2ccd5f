package dev.quarry.extract;

import dev.quarry.post.InlineCode;
import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technologies no list holds, or that a list holds under an everyday word, read in Java from the
 * tokens around them (cheaper than a rule over every token): a name in a list of technologies
 * ("Java, Go, Python and others", "LevelDB, WiredTiger, or any other engines"); a name that is
 * an everyday word before a word for software ("the Go client"); packages ({@link
 * PackageNames}); a listed name the tokenizer splits (".NET"). The words live in relations.yaml.
 */
final class TechnologyContext {
  /** A name's token: capitalised, or with a capital or a digit inside ("eBPF", "V8"). */
  private static final Pattern NAME_TOKEN =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.+#-]*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*");

  private final Lexicon lex;
  private final Gazetteer gazetteer;
  private final PackageNames packages;

  TechnologyContext(Lexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.packages = new PackageNames(lex, gazetteer);
  }

  /** {@code candidates} with the technologies the context names; the model's guesses give way. */
  List<Candidate> add(List<Candidate> candidates, Annotation doc, String text, List<Link> links,
      List<InlineCode> code) {
    List<Candidate> found = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Set<String> repos = PackageNames.linkedRepositories(links);
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty()) {
        continue;
      }
      List<Candidate> here = inSentence(candidates, s);
      lists(tokens, s, text, here, found);
      everydayNames(tokens, s, text, here, found);
      int from = tokens.get(0).beginPosition();
      int to = tokens.get(tokens.size() - 1).endPosition();
      int sentence = s;
      packages.find(tokens, text, from, to, repos, code, t -> at(here, t)
          .filter(c -> !c.span().statistical()).isPresent(),
          (run, source) -> candidate(run, sentence, text, source), found);
    }
    dotNames(sentences, text, found);
    if (found.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate f : found) {
      if (out.stream().noneMatch(o -> overlaps(o, f))) {
        out.add(f);
      }
    }
    for (Candidate c : candidates) {
      // a rule's or the gazetteer's reading stands; the model's guess gives way
      if (!c.span().statistical() || found.stream().noneMatch(f -> overlaps(f, c))) {
        out.removeIf(f -> !c.span().statistical() && found.contains(f) && overlaps(f, c));
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return out;
  }

  /**
   * Names in a list with a technology a rule or the gazetteer found, and no person or company:
   * "Java, Go, Python and others", "LevelDB, WiredTiger, or any other engines".
   */
  private void lists(List<CoreLabel> tokens, int s, String text, List<Candidate> here,
      List<Candidate> found) {
    int i = 0;
    while (i < tokens.size()) {
      // a list: items (a mention, or one or two name tokens) joined by list words
      List<int[]> items = new ArrayList<>();
      int j = i;
      boolean joined = false;
      while (j < tokens.size()) {
        int end = itemEnd(tokens, j, s, here);
        if (end < 0) {
          break;
        }
        items.add(new int[] {j, end});
        int k = end + 1;
        int glue = k;
        while (glue < tokens.size() && lex.techListWords.contains(tokens.get(glue).word()
            .toLowerCase(Locale.ROOT)) && glue - k < 2) {
          glue++;
        }
        if (glue == k) {
          break;
        }
        joined = true;
        j = glue;
      }
      if (items.size() >= 2 && joined) {
        typeList(tokens, s, text, items, here, found);
      }
      i = items.isEmpty() ? i + 1 : items.get(items.size() - 1)[1] + 1;
    }
  }

  private void typeList(List<CoreLabel> tokens, int s, String text, List<int[]> items,
      List<Candidate> here, List<Candidate> found) {
    boolean software = false;
    for (int[] item : items) {
      Optional<Candidate> c = at(here, tokens.get(item[0]));
      if (c.isPresent() && c.get().type() == EntityType.PERSON) {
        return; // people are listed with what they work on: "Ana, Bo and Vitess" is no list
      }
      if (c.isPresent() && !c.get().span().statistical()) {
        if (c.get().type() == EntityType.TECHNOLOGY) {
          software = true;
        } else {
          return; // a person or a company among them: a list of what?
        }
      }
    }
    if (!software) {
      return;
    }
    for (int[] item : items) {
      Optional<Candidate> c = at(here, tokens.get(item[0]));
      // the model's company stays one: "the LFX Mentorship Program, TiKV and ..."
      if (c.isEmpty() || c.get().span().statistical()
          && c.get().type() != EntityType.ORGANIZATION) {
        found.add(candidate(tokens.subList(item[0], item[1] + 1), s, text, "rule:tech-list"));
      }
    }
  }

  /** The last token of a list item starting at {@code j}, or -1 when none starts there. */
  private int itemEnd(List<CoreLabel> tokens, int j, int s, List<Candidate> here) {
    Optional<Candidate> c = at(here, tokens.get(j));
    if (c.isPresent()) {
      if (c.get().span().start() != tokens.get(j).beginPosition()) {
        return -1;
      }
      int end = j;
      while (end + 1 < tokens.size() && tokens.get(end + 1).endPosition() <= c.get().span().end()) {
        end++;
      }
      return end;
    }
    boolean nameGoesOn = j + 1 < tokens.size()
        && Character.isUpperCase(tokens.get(j + 1).word().charAt(0));
    if (!isName(tokens.get(j)) || nameGoesOn
        || j > 0 && Character.isUpperCase(tokens.get(j - 1).word().charAt(0))) {
      return -1; // a word of a longer name: "Weaving Legacy and X", "A, B and Friends DevRoom"
    }
    return j;
  }

  /** "Other", "Today": a word of {@code not_names} written as a sentence opens it ("IT" is not). */
  private boolean notName(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return lex.notNames.contains(lower)
        && w.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
  }

  private boolean isName(CoreLabel t) {
    String w = t.word();
    return (w.length() > 1 && NAME_TOKEN.matcher(w).matches() && !notName(w)
        && !t.tag().startsWith("VB") && !lex.months.contains(w.toLowerCase(Locale.ROOT)))
        || gazetteer.inContext().containsKey(Names.key(w)) && Character.isUpperCase(w.charAt(0));
  }

  /** An everyday word a listed technology is named by, before a word for software: "Go client". */
  private void everydayNames(List<CoreLabel> tokens, int s, String text, List<Candidate> here,
      List<Candidate> found) {
    for (int j = 0; j + 1 < tokens.size(); j++) {
      CoreLabel t = tokens.get(j);
      if (Character.isUpperCase(t.word().charAt(0))
          && gazetteer.inContext().containsKey(Names.key(t.word())) && at(here, t).isEmpty()
          && lex.techHeads.contains(headAfter(tokens, j).toLowerCase(Locale.ROOT))) {
        found.add(candidate(tokens.subList(j, j + 1), s, text, "rule:tech-everyday-name"));
      }
    }
  }

  /** The word after token {@code j}; of a hyphenated word, its last part ("auto-instrument"). */
  private static String headAfter(List<CoreLabel> tokens, int j) {
    int k = j + 1;
    while (k + 2 < tokens.size() && tokens.get(k + 1).word().equals("-")
        && tokens.get(k).endPosition() == tokens.get(k + 1).beginPosition()
        && tokens.get(k + 1).endPosition() == tokens.get(k + 2).beginPosition()) {
      k += 2;
    }
    return tokens.get(k).word();
  }

  /** Listed names that open with a dot, which the tokenizer splits off: "in .NET and Java". */
  private void dotNames(List<CoreMap> sentences, String text, List<Candidate> found) {
    for (Gazetteer.Entry e : gazetteer.dotNames()) {
      String rest = e.name().substring(1);
      Matcher m = Pattern.compile("(?<![\\w.])\\." + Pattern.quote(rest) + "(?![\\w])")
          .matcher(text);
      while (m.find()) {
        for (int s = 0; s < sentences.size(); s++) {
          for (CoreLabel t : sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
            if (t.beginPosition() == m.start() + 1 && t.word().equals(rest)) {
              // the span is the token, in its sentence; the dot may end the sentence before
              Span span = new Span(EntityType.TECHNOLOGY, List.of(t), t.beginPosition(),
                  t.endPosition(), s, t.word(), e.key(), e.key());
              found.add(new Candidate(span, EntityType.TECHNOLOGY, e.name(), Optional.of(e),
                  Optional.empty()));
            }
          }
        }
      }
    }
  }

  private Candidate candidate(List<CoreLabel> run, int s, String text, String source) {
    int a = run.get(0).beginPosition();
    int b = run.get(run.size() - 1).endPosition();
    Span span = new Span(EntityType.TECHNOLOGY, List.copyOf(run), a, b, s, text.substring(a, b),
        source, null);
    String name = Names.clean(span.text());
    Optional<Gazetteer.Entry> entry = gazetteer.lookup(name)
        .filter(e -> e.type() == EntityType.TECHNOLOGY);
    return new Candidate(span, EntityType.TECHNOLOGY, entry.map(Gazetteer.Entry::name)
        .orElse(name), entry, Optional.empty());
  }

  private static List<Candidate> inSentence(List<Candidate> candidates, int s) {
    return candidates.stream().filter(c -> c.span().sentence() == s).toList();
  }

  /** The candidate covering a token, if any. */
  private static Optional<Candidate> at(List<Candidate> here, CoreLabel t) {
    for (Candidate c : here) {
      if (c.span().start() <= t.beginPosition() && t.endPosition() <= c.span().end()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static boolean overlaps(Candidate a, Candidate b) {
    return a.span().start() < b.span().end() && b.span().start() < a.span().end();
  }
}
