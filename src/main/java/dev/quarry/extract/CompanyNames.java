package dev.quarry.extract;

import dev.quarry.post.Block;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the text makes companies, whatever the model guessed: the items of a list after a word
 * for companies ("Companies like A and B", "companies, such as A, which runs X, and B", "a
 * customer base that includes A, Bank of B and C"), and the name a case study's title puts a
 * technology at ("Streaming Kafka at Acme"). A name read so is a company wherever the post
 * writes it again with the same words. Only sentences holding one of the nouns (or titles) are
 * read; the words are in {@code ontology/relations.yaml}.
 */
final class CompanyNames {
  /** The most words between a company noun and its introducer: "a customer base that includes". */
  private static final int MAX_GAP = 3;
  /** The most words of a clause between two items: "A, which uses X for its metrics, and B". */
  private static final int MAX_CLAUSE = 20;
  /** The most words on either side of "&" in one name: "JD Cloud & AI". */
  private static final int MAX_AMPERSAND_PART = 3;
  private static final String SOURCE = "rule:company-list";
  /** A word of a name: "Acme", "JD.com", "eBay". */
  private static final Pattern NAME_WORD =
      Pattern.compile("[A-Z][\\p{L}\\p{N}.&+-]*|[a-z]+[A-Z][\\p{L}\\p{N}]*");

  private final Lexicon lex;

  CompanyNames(Lexicon lex) {
    this.lex = lex;
  }

  /** {@code candidates} with the companies lists and titles name; guesses on them give way. */
  List<Candidate> add(List<Candidate> candidates, Annotation doc, String text,
      List<Block> blocks) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Span> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        if (lex.companyNouns.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
          for (int[] item : listAfter(tokens, i)) {
            found.add(span(tokens, item[0], item[1], s, text));
          }
        }
      }
      for (int i = 1; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).word().equals("&")) {
          int sentence = s;
          ampersandName(tokens, i, s, candidates).ifPresent(item ->
              found.add(span(tokens, item[0], item[1], sentence, text)));
        }
      }
      if (inTitle(tokens, blocks)) {
        int sentence = s;
        titleCompany(tokens, candidates).map(item -> span(tokens, item[0], item[1], sentence, text))
            .filter(item -> !commonWords(item, text)).ifPresent(found::add);
      }
    }
    if (found.isEmpty()) {
      return candidates;
    }
    Set<String> names = new LinkedHashSet<>();
    List<Candidate> out = new ArrayList<>(candidates);
    for (Span item : found) {
      List<Candidate> over = overlapping(out, item);
      if (over.size() == 1 && over.get(0).type() == EntityType.ORGANIZATION
          && over.get(0).span().start() == item.start() && over.get(0).span().end() == item.end()) {
        names.add(item.text()); // found as a company already: wherever else it is written, too
      } else if (over.stream().allMatch(c -> gives(c, item))) {
        out.removeAll(over);
        out.add(new Candidate(item, EntityType.ORGANIZATION, Names.clean(item.text()),
            Optional.empty(), Optional.empty()));
        names.add(item.text());
      }
    }
    // the same words elsewhere in the post, where nothing surer was found
    for (int s = 0; s < sentences.size(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        for (String name : names) {
          int end = matchAt(tokens, i, name, text);
          if (end >= 0) {
            Span again = span(tokens, i, end, s, text);
            List<Candidate> over = overlapping(out, again);
            if (over.stream().allMatch(c -> gives(c, again)
                && c.type() != EntityType.ORGANIZATION || inside(c, again))) {
              out.removeAll(over);
              out.add(new Candidate(again, EntityType.ORGANIZATION, Names.clean(again.text()),
                  Optional.empty(), Optional.empty()));
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return out;
  }

  /** The items of a list introduced after a company noun at {@code noun}, as token ranges. */
  private List<int[]> listAfter(List<CoreLabel> tokens, int noun) {
    List<int[]> items = new ArrayList<>();
    int k = -1;
    for (int j = noun + 1; j <= noun + 1 + MAX_GAP && j < tokens.size() && k < 0; j++) {
      int n = phraseAt(tokens, j, lex.companyIntroducers);
      if (n > 0) {
        k = j + n;
      } else if (tokens.get(j).word().matches("[.;!?]")) {
        return items;
      }
    }
    while (k >= 0 && k < tokens.size()) {
      int end = nameEnd(tokens, k);
      if (end < 0) {
        break;
      }
      if (end + 1 < tokens.size() && "POS".equals(tokens.get(end + 1).tag())) {
        break; // "Acme's Kafka": the company's product, not a list of companies
      }
      items.add(new int[] {k, end});
      k = end + 1;
      if (k < tokens.size() && tokens.get(k).word().equals(",") && k + 1 < tokens.size()
          && lex.companyRelatives.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
        int comma = k + 2;
        while (comma < tokens.size() && comma < k + MAX_CLAUSE
            && !tokens.get(comma).word().equals(",")) {
          comma++;
        }
        k = comma;
      }
      while (k < tokens.size() && lex.listWords.contains(tokens.get(k).word().toLowerCase(
          Locale.ROOT))) {
        k++;
      }
    }
    return items;
  }

  /** The last token of a name opening at {@code k} ("Bank of Beijing"), or -1. */
  private int nameEnd(List<CoreLabel> tokens, int k) {
    if (!capitalized(tokens.get(k))) {
      return -1;
    }
    int end = k;
    while (end + 1 < tokens.size()) {
      if (capitalized(tokens.get(end + 1))) {
        end++;
      } else if (end + 2 < tokens.size() && lex.companyInside.contains(
          tokens.get(end + 1).word().toLowerCase(Locale.ROOT))
          && capitalized(tokens.get(end + 2))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * "JD Cloud & AI is a provider", "Acme & Co's clusters": words joined by "&", the first an
   * organization's, that one verb or one possessive follows, are one organization's name.
   */
  private Optional<int[]> ampersandName(List<CoreLabel> tokens, int amp, int sentence,
      List<Candidate> candidates) {
    if (!capitalized(tokens.get(amp - 1)) || !capitalized(tokens.get(amp + 1))) {
      return Optional.empty();
    }
    int first = amp - 1;
    while (first > 0 && amp - first < MAX_AMPERSAND_PART && capitalized(tokens.get(first - 1))) {
      first--;
    }
    int last = amp + 1;
    while (last + 1 < tokens.size() && last - amp < MAX_AMPERSAND_PART
        && capitalized(tokens.get(last + 1))) {
      last++;
    }
    String after = last + 1 < tokens.size() ? tokens.get(last + 1).tag() : "";
    CoreLabel lead = tokens.get(amp - 1);
    boolean organization = candidates.stream().anyMatch(c -> c.type() == EntityType.ORGANIZATION
        && c.span().sentence() == sentence && c.span().tokens().contains(lead));
    return organization && (after.equals("POS") || after.equals("VBZ"))
        ? Optional.of(new int[] {first, last}) : Optional.empty();
  }

  /** Whether a candidate gives way to a company read over it: a guess, or a part of its name. */
  private static boolean gives(Candidate c, Span item) {
    return Guesses.guess(c.span()) || inside(c, item);
  }

  /** Whether a candidate is a shorter part of a span: "JD" of "JD Cloud & AI". */
  static boolean inside(Candidate c, Span item) {
    return c.span().start() >= item.start() && c.span().end() <= item.end()
        && c.span().end() - c.span().start() < item.end() - item.start();
  }

  /** "Streaming Kafka at Acme": the words after "at" a technology, to the title's end. */
  private Optional<int[]> titleCompany(List<CoreLabel> tokens, List<Candidate> candidates) {
    for (int at = 1; at + 1 < tokens.size(); at++) {
      CoreLabel before = tokens.get(at - 1);
      if (!tokens.get(at).word().equals("at") || candidates.stream().noneMatch(c ->
          c.type() == EntityType.TECHNOLOGY && c.span().tokens().contains(before))) {
        continue;
      }
      int end = nameEnd(tokens, at + 1);
      int after = end + 1;
      if (end >= 0 && (after == tokens.size() || tokens.get(after).word().matches("\\p{Punct}+"))) {
        return Optional.of(new int[] {at + 1, end});
      }
    }
    return Optional.empty();
  }

  /** The last token of {@code name} written again from token {@code i}, or -1. */
  static int matchAt(List<CoreLabel> tokens, int i, String name, String text) {
    if (!name.startsWith(tokens.get(i).word())) {
      return -1;
    }
    int start = tokens.get(i).beginPosition();
    for (int j = i; j < tokens.size() && tokens.get(j).endPosition() - start <= name.length();
        j++) {
      if (tokens.get(j).endPosition() - start == name.length()
          && text.substring(start, tokens.get(j).endPosition()).equals(name)
          && (j + 1 == tokens.size() || !capitalized(tokens.get(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the post writes every word of a name in lower case too: "Kafka at Scale". */
  private static boolean commonWords(Span item, String text) {
    return item.tokens().stream().allMatch(t -> Pattern.compile("\\b"
        + Pattern.quote(t.word().toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find());
  }

  private static boolean capitalized(CoreLabel token) {
    String w = token.word();
    return !"DT".equals(token.tag()) && NAME_WORD.matcher(w).matches();
  }

  private static int phraseAt(List<CoreLabel> tokens, int i, Set<String> phrases) {
    int best = 0;
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      boolean all = i + words.length <= tokens.size();
      for (int k = 0; k < words.length && all; k++) {
        all = tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(words[k]);
      }
      if (all) {
        best = Math.max(best, words.length);
      }
    }
    return best;
  }

  private static boolean inTitle(List<CoreLabel> tokens, List<Block> blocks) {
    if (tokens.isEmpty()) {
      return false;
    }
    int at = tokens.get(0).beginPosition();
    return blocks.stream().anyMatch(b -> b.kind() == Block.Kind.TITLE && at >= b.start()
        && at < b.end());
  }

  static List<Candidate> overlapping(List<Candidate> candidates, Span item) {
    return candidates.stream().filter(c -> c.span().start() < item.end()
        && item.start() < c.span().end()).toList();
  }

  private static Span span(List<CoreLabel> tokens, int first, int last, int sentence,
      String text) {
    return span(tokens, first, last, sentence, text, EntityType.ORGANIZATION, SOURCE);
  }

  /** The tokens {@code [first, last]} of a sentence as a span a rule found. */
  static Span span(List<CoreLabel> tokens, int first, int last, int sentence, String text,
      EntityType type, String source) {
    int a = tokens.get(first).beginPosition();
    int b = tokens.get(last).endPosition();
    return new Span(type, List.copyOf(tokens.subList(first, last + 1)), a, b, sentence,
        text.substring(a, b), source, null);
  }
}
