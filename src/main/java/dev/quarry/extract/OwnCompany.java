package dev.quarry.extract;

import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a post speaks for when no list knows it: a capitalised name the post says "we" of,
 * found as "the Initech team", or as the site its own pages, mail and "our" links are on
 * ("our [careers page](https://initech.io/careers)", "write to us at hello@initech.io"). Every
 * bare mention of that name becomes the company.
 */
final class OwnCompany {
  /** "the Initech team", "Initech's team" ("Team X" is as often a title: "Team Manager"). */
  private static final Pattern TEAM = Pattern.compile(
      "\\b(?:the|The)\\s+(\\p{Lu}[\\p{L}\\p{N}]+)(?:'s|’s)?\\s+team\\b");
  /** An e-mail address: its domain's label is the site's name. */
  private static final Pattern MAIL =
      Pattern.compile("[\\w.+-]+@([\\p{L}\\p{N}-]+)\\.[a-z]{2,}(?:\\.[a-z]{2,})?\\b");

  /** A capitalised word no capitalised word follows: "Initech", not "Initech Cloud". */
  private static final Pattern BARE_NAME =
      Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]*\\b(?![ \\t]+\\p{Lu})");

  /** A site's vote: as much as two of "the X team". */
  private static final int SITE_VOTE = 2;
  /** How often a name only "the X team" votes for once must be written bare to be the company. */
  private static final int MIN_BARE = 2;

  private OwnCompany() {}

  /** The name of the company the post speaks for, as the post writes it, if it says so. */
  static Optional<String> find(String text, List<Link> links, Annotation doc,
      List<Candidate> candidates, Gazetteer gazetteer, Lexicon lex) {
    if (!lex.weInText.matcher(text).find()) {
      return Optional.empty();
    }
    Map<String, Integer> votes = new LinkedHashMap<>();
    Matcher team = TEAM.matcher(text);
    while (team.find()) {
      votes.merge(team.group(1), 1, Integer::sum);
    }
    List<String> sites = new ArrayList<>();
    for (Link l : links) {
      Matcher mail = MAIL.matcher(l.url());
      if (mail.find()) {
        sites.add(mail.group(1));
        continue;
      }
      Optional<java.net.URI> uri = Urls.parse(l.url());
      String[] labels = uri.map(Urls::host).orElse("").replaceFirst("^www\\.", "").split("\\.");
      List<String> path = uri.map(Urls::segments).orElse(List.of());
      boolean ownPage = !path.isEmpty() && lex.ownPages.contains(path.get(0).toLowerCase(Locale.ROOT));
      // a company's own site ("initech.io", not "kafka.apache.org"), on a link that does not
      // name it ("our [careers page]", not "[Initech Cloud]": that is about the thing it names)
      if (labels.length == 2 && l.end() > l.start()
          && !Names.key(text.substring(l.start(), l.end())).replace(" ", "").contains(labels[0])
          && (ownPage || lex.oursInText.matcher(sentenceOf(doc, text, l.start())).find())) {
        sites.add(labels[0]);
      }
    }
    Matcher mail = MAIL.matcher(text);
    while (mail.find()) {
      if (lex.weInText.matcher(sentenceOf(doc, text, mail.start())).find()) {
        sites.add(mail.group(1));
      }
    }
    for (String site : sites) {
      Matcher named = BARE_NAME.matcher(text);
      while (named.find()) {
        if (Names.key(named.group()).replace(" ", "").equals(site.toLowerCase(Locale.ROOT))) {
          votes.merge(named.group(), SITE_VOTE, Integer::sum);
          break;
        }
      }
    }
    // one "the Payments team" is a team's name; the company's is said more than once, or is the
    // site its pages or mail are on
    return votes.entrySet().stream()
        .filter(e -> e.getValue() >= SITE_VOTE || bareCount(e.getKey(), text) >= MIN_BARE)
        .filter(e -> plausible(e.getKey(), text, candidates, gazetteer, lex))
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** How often the post writes {@code name} with no capitalised word after it. */
  private static long bareCount(String name, String text) {
    return bare(name).matcher(text).results().count();
  }

  /** {@code name} with no capitalised word after it: "Initech", not "Initech Cloud". */
  private static Pattern bare(String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\b(?![ \\t]+\\p{Lu})");
  }

  /**
   * A name no list holds, that is no person's, no job title and that the post never
   * writes in lower case ("the Broker team" is a team, not a company, if "broker" is a word).
   */
  private static boolean plausible(String name, String text, List<Candidate> candidates,
      Gazetteer gazetteer, Lexicon lex) {
    if (lex.notNames.contains(name.toLowerCase(Locale.ROOT)) || lex.isRole(name)
        || !bare(name).matcher(text).find()
        || gazetteer.lookup(name).isPresent() // a listed company is read as such already
        || Pattern.compile("(?<![\\w@./-])" + Pattern.quote(name.toLowerCase(Locale.ROOT))
            + "(?![\\w@-]|\\.\\w)").matcher(text).find()) { // a word; "x@initech.io" is no word
      return false;
    }
    return candidates.stream().noneMatch(c -> c.name().equals(name)
        && c.type() != EntityType.ORGANIZATION && !c.span().statistical());
  }

  /**
   * {@code candidates} with every bare mention of {@code name} a company: the model's guesses on
   * it give way, a longer name holding it ("Initech Cloud") stays.
   */
  static List<Candidate> mark(List<Candidate> candidates, String name, Annotation doc,
      String text) {
    List<Candidate> found = new ArrayList<>();
    Matcher m = bare(name).matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      boolean held = candidates.stream().anyMatch(c -> !c.span().statistical()
          && c.span().start() < end && start < c.span().end()
          && (c.span().start() < start || c.span().end() > end));
      if (!held) {
        Spans.within(doc, text, start, end, EntityType.ORGANIZATION, "rule:own-company")
            .ifPresent(s -> found.add(new Candidate(s, EntityType.ORGANIZATION, name,
                Optional.empty(), Optional.empty())));
      }
    }
    return LinkNames.preferring(found, candidates);
  }

  /** The text of the sentence that holds {@code offset}. */
  private static String sentenceOf(Annotation doc, String text, int offset) {
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (begin <= offset && offset < end) {
        return text.substring(begin, end);
      }
    }
    return "";
  }
}
