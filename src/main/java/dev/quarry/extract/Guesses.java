package dev.quarry.extract;

import dev.quarry.post.Block;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What is kept of the statistical model's guesses, which see capitalised words and little else: no
 * lower-case or quoted ones, no common noun the post also writes in lower case, no heading words
 * found nowhere else, and a place only where the text puts something in a place.
 */
final class Guesses {
  /** Words that put what follows in a place: "in Denver", "from Singapore, Germany and Canada". */
  private static final Set<String> LOCATIVE = Set.of("in", "from", "near", "across",
      "around", "throughout", "outside", "inside", "within", "toward", "towards", "visit",
      "visited", "visiting", "between");
  /** Words after which "to" goes somewhere: "flew to Denver" (but "thanks to Acme"). */
  private static final Set<String> MOTION = Set.of("go", "went", "going", "goes", "come", "came",
      "coming", "fly", "flew", "flying", "travel", "traveled", "travelled", "traveling",
      "travelling", "move", "moved", "moving", "relocated", "trip", "way", "back", "welcome",
      "journey", "headed", "heading", "returned", "returning");
  /** What may come between a place word and the word that places it: a list, "the". */
  private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "&", "the");
  private static final String QUOTES = "'\"‘’“”";
  /** Rules that read a name from a common word after it, and are as fallible as the model. */
  private static final Set<String> WEAK_RULES =
      Set.of("rule:tech-head", "rule:tech-verb", "rule:tech-version");

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

  private final Lexicon lex;

  Guesses(Lexicon lex) {
    this.lex = lex;
  }

  /** The model's guesses that are not names: lower-case persons, long phrases, bare acronyms. */
  static boolean plausible(EntityType type, String text, Span span) {
    if (!Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
      return false;
    }
    // an acronym the gazetteer does not know is more often a term (OLAP, DDL, CI) than a name
    if (span.size() == 1 && text.length() <= 6 && text.equals(text.toUpperCase(Locale.ROOT))
        && type != EntityType.PERSON) {
      return false;
    }
    return switch (type) {
      case PERSON -> span.size() <= 4 && !text.matches(".*\\d.*");
      case ORGANIZATION, PLACE, TECHNOLOGY -> span.size() <= 6;
      case EVENT -> true;
    };
  }

  /** A guess in quotes is a title ("a demo he calls 'Goodest Doggos'"), not a name. */
  static boolean quoted(Span span, String text) {
    int before = span.start() - 1;
    int after = span.end();
    return before >= 0 && after < text.length()
        && QUOTES.indexOf(text.charAt(before)) >= 0 && QUOTES.indexOf(text.charAt(after)) >= 0;
  }

  /**
   * A guess of up to three words, each of which the post also writes in lower case, is a common
   * phrase written with capitals ("Observability tooling" beside "observability", "the
   * International Conference on..."), not a name, whether the model or a rule read it; nor is a person whose last word is a job title
   * ("Vice President").
   */
  List<Candidate> dropCommonPhrases(List<Candidate> candidates, String text) {
    // how often the post writes each word in lower case, and with a capital
    Map<String, int[]> counts = new HashMap<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      counts.computeIfAbsent(lower, k -> new int[2])[w.equals(lower) ? 0 : 1]++;
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      Span s = c.span();
      boolean fallible = guess(s) || s.source().startsWith("rule:")
          && !s.source().startsWith("rule:link-")
          && (c.type() == EntityType.TECHNOLOGY || c.type() == EntityType.ORGANIZATION);
      boolean common = fallible && c.entry().isEmpty() && s.size() <= 3 && c.name().equals(s.text())
          && s.tokens().stream().allMatch(t -> !WORD.matcher(t.word()).matches()
              || common(counts.get(t.word().toLowerCase(Locale.ROOT))))
          && s.tokens().stream().anyMatch(t -> Character.isUpperCase(t.word().charAt(0)));
      boolean role = c.entry().isEmpty() && c.type() == EntityType.PERSON
          && lex.isRole(s.tokens().get(s.size() - 1).word());
      if (!common && !role) {
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * A word the post also writes in lower case: a common word ("observability").
   */
  private static boolean common(int[] count) {
    return count != null && count[0] > 0;
  }

  /**
   * A guess or a rule's name that opens with a word that is no name's (an adverb, a conjunction:
   * "Historically", "Then Argus") loses that word, and is none when nothing is left.
   */
  static List<Candidate> trimFunctionWords(List<Candidate> candidates, String text) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Span s = c.span();
      if (c.entry().isPresent() || c.type() == EntityType.EVENT || c.type() == EntityType.PERSON
          || s.source().startsWith("rule:link-") || !FUNCTION_TAGS.contains(s.tokens().get(0).tag())
          || !c.name().equals(s.text())) {
        out.add(c);
        continue;
      }
      if (s.size() > 1) {
        List<CoreLabel> rest = s.tokens().subList(1, s.size());
        int a = rest.get(0).beginPosition();
        int b = rest.get(rest.size() - 1).endPosition();
        Span trimmed = new Span(s.type(), List.copyOf(rest), a, b, s.sentence(),
            text.substring(a, b), s.source(), s.gazetteerKey());
        out.add(new Candidate(trimmed, c.type(), Names.clean(trimmed.text()), c.entry(),
            c.edition()));
      }
    }
    return out;
  }

  /** Parts of speech no name opens with: adverbs, conjunctions, determiners, pronouns. */
  private static final Set<String> FUNCTION_TAGS = Set.of("RB", "RBR", "RBS", "CC", "DT", "PRP",
      "PRP$", "WRB", "WDT", "WP", "MD", "UH", "EX");

  /**
   * A place only the model saw is kept when the text places something there: a name of two words
   * or more ("San Mateo"), one after a word like "in" or "from", also through a list ("from
   * Singapore, Germany and Canada"), or one beside another place ("Barcelona, Spain").
   */
  static List<Candidate> placesInContext(List<Candidate> candidates, Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Set<String> placedNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PLACE && (!c.span().statistical() || c.span().size() > 1
          || placed(sentences.get(c.span().sentence()).get(CoreAnnotations.TokensAnnotation.class),
              c.span()))) {
        placedNames.add(Names.key(c.name()));
      }
    }
    // one mention in a place makes every mention of the name one
    return candidates.stream().filter(c -> c.type() != EntityType.PLACE
        || placedNames.contains(Names.key(c.name()))).toList();
  }

  private static boolean placed(List<CoreLabel> tokens, Span span) {
    int first = span.tokens().get(0).index() - 1;
    int last = span.tokens().get(span.size() - 1).index() - 1;
    if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals(",")
        && isPlace(tokens.get(last + 2))) {
      return true;
    }
    int j = first - 1;
    while (j >= 0 && (LIST_GLUE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
        || isPlace(tokens.get(j)))) {
      if (tokens.get(j).word().equals(",") && j > 0 && isPlace(tokens.get(j - 1))) {
        return true;
      }
      j--;
    }
    if (j < 0) {
      return false;
    }
    String word = tokens.get(j).word().toLowerCase(Locale.ROOT);
    return LOCATIVE.contains(word) || word.equals("to") && j > 0
        && MOTION.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isPlace(CoreLabel token) {
    Optional<EntityType> ner = EntityType.ofNerTag(token.ner());
    if (ner.isPresent()) {
      return ner.get() == EntityType.PLACE;
    }
    return EntityType.ofNerTag(token.get(QuarryAnnotations.StatisticalNerAnnotation.class))
        .filter(t -> t == EntityType.PLACE).isPresent();
  }

  /**
   * The statistical model sometimes takes a first name for a place or a company ("Sugu" as a
   * location). A one-word guess that is the short name of a person in the same post is that person.
   */
  static List<Candidate> shortNamesAsPeople(List<Candidate> candidates,
      Map<String, String> people) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.span().statistical() && c.type() != EntityType.PERSON && c.span().size() == 1) {
        List<String> full = people.values().stream().distinct()
            .filter(f -> PersonNames.shortFor(c.name(), f)).toList();
        if (full.size() == 1) {
          out.add(new Candidate(c.span(), EntityType.PERSON, full.get(0), Optional.empty(),
              Optional.empty()));
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * A front-matter tag is what a post is about, most often a technology: a name the model took
   * for a person or a place ("Tempo", "Metricbeat") that is also a tag no list holds is one.
   */
  static List<Candidate> tagsAsTechnologies(List<Candidate> candidates, List<String> tags,
      Gazetteer gazetteer) {
    Set<String> keys = new HashSet<>();
    tags.stream().filter(t -> gazetteer.lookup(t).isEmpty()).forEach(t -> keys.add(Names.key(t)));
    if (keys.isEmpty()) {
      return candidates;
    }
    return candidates.stream().map(c -> c.span().statistical()
        && (c.type() == EntityType.PERSON || c.type() == EntityType.PLACE)
        && keys.contains(Names.key(c.name())) ? c.as(EntityType.TECHNOLOGY) : c).toList();
  }

  /**
   * Headings are title-cased, and the statistical model takes capitalised words for names there.
   * Its guess in a heading is kept only if the same name is found outside headings too, or if it
   * is a person after "by" or "with" ("## Scaling Reads by Jane Doe"), or a person whose given or
   * family name alone the text names outside headings ("## Jane Doe, Designer", then "Jane
   * joined us", whatever the model took "Jane" for).
   */
  List<Candidate> dropHeadingGuesses(List<Candidate> candidates, List<Block> blocks, String text) {
    Set<String> outside = new HashSet<>();
    Set<String> outsideNames = new HashSet<>();
    for (Candidate c : candidates) {
      if (!inHeading(c.span(), blocks)) {
        outside.add(Names.identity(c.type(), c.name()));
        if (c.span().statistical()) { // "Sofia" the model took for a place, not a listed "Jenkins"
          outsideNames.add(c.name());
        }
      }
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      String[] words = c.name().split(" ");
      boolean partNamed = c.type() == EntityType.PERSON && words.length == 2
          && (outsideNames.contains(words[0]) || outsideNames.contains(words[1]));
      boolean guess = guess(c.span()) && inHeading(c.span(), blocks) && !partNamed
          && !(c.type() == EntityType.PERSON && afterIntroducer(c.span(), blocks, text));
      if (!guess || outside.contains(Names.identity(c.type(), c.name()))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** The model's guess, or a weak rule's. */
  static boolean guess(Span span) {
    return span.statistical() || WEAK_RULES.contains(span.source());
  }

  /** Whether an introducer ("by", "with") comes before the span in its heading. */
  private boolean afterIntroducer(Span span, List<Block> blocks, String text) {
    return blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING && span.start() >= b.start()
        && span.end() <= b.end()).anyMatch(b -> lex.introducerInText.matcher(
            text.substring(b.start(), span.start())).find());
  }

  private static boolean inHeading(Span span, List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.HEADING && span.start() >= b.start() && span.end() <= b.end()) {
        return true;
      }
    }
    return false;
  }
}
