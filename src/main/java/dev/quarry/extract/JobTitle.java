package dev.quarry.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * Job titles in a sentence's tokens: which words are role words ("CTO", "engineers", "colleague")
 * and the title a run of tokens spells ("two of our database engineers" is "database engineers").
 */
final class JobTitle {
  private final Lexicon lex;

  JobTitle(Lexicon lex) {
    this.lex = lex;
  }

  /** A role word: a job title's head ("CTO", "Co-Founder", "engineers") or "colleague". */
  boolean isRoleWord(Token t) {
    return lex.isRole(t.word()) || lex.colleague.contains(t.lemma());
  }

  /** Whether a role word is among tokens [from, to). */
  boolean hasRoleWord(TaggedSentence s, int from, int to) {
    for (int j = from; j < to && j < s.size(); j++) {
      if (isRoleWord(s.token(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The job title in tokens [from, to): from its first word to its last role word (and "of X"
   * after it: "Minister of Engineering"), without lead words or a company ("PlanetScale CTO" is
   * "CTO"); none when it is no title ("employees", "colleague").
   */
  Optional<String> in(TaggedSentence s, int from, int to) {
    return words(s, from, to).filter(this::isTitle);
  }

  private Optional<String> words(TaggedSentence s, int from, int to) {
    int last = -1;
    for (int j = from; j < to; j++) {
      if (isRoleWord(s.token(j))) {
        last = j;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    if (last + 2 < s.size() && s.token(last + 1).lower().equals("of")
        && s.token(last + 2).isCapitalized() && s.mentionAt(last + 2).isEmpty()) {
      last = last + 2;
    }
    int first = from;
    while (first < last) {
      Token t = s.token(first);
      if (!(lex.titleLeadWords.contains(t.lower()) || t.tag().equals("POS")
          || t.tag().equals("CD") || s.mentionAt(first).isPresent())) {
        break;
      }
      first++;
    }
    StringBuilder sb = new StringBuilder();
    for (int j = first; j <= last; j++) {
      Token t = s.token(j);
      if (sb.length() > 0 && !t.word().equals("-") && !sb.toString().endsWith("-")) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    String r = sb.toString().strip();
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  /**
   * A role is a job title unless its head word is generic ("employees") or a colleague; the head
   * is the word before "of" ("Head of People").
   */
  private boolean isTitle(String role) {
    String[] words = role.split(" of ", 2)[0].split("\\s+");
    String last = words[words.length - 1];
    return !lex.isGenericRole(last)
        && !lex.colleague.contains(last.toLowerCase(Locale.ROOT).replaceAll("s$", ""));
  }
}
