package dev.quarry.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of speakers with what a talk listing says of each: "A, Acme &amp; B, Initech", "A &amp;
 * B, Acme" (the company shared by the run before it), "A (Acme)", "A, Staff Engineer at Acme".
 */
final class SpeakerRun {
  /** A speaker's company, and role when given, as a talk listing writes it. */
  record Affiliation(String person, Ref organization, Optional<String> role) {}

  /** The speakers, their affiliations, and the token after the run. */
  record Speakers(List<String> names, List<Affiliation> affiliations, int end) {
    Speakers {
      names = List.copyOf(names);
      affiliations = List.copyOf(affiliations);
    }
  }

  /** A dash, which ends an affiliation: "Jane Doe, Acme - Title". */
  static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("--?|[–—]");
  /** The longest affiliation read after a speaker's name. */
  private static final int MAX_AFFILIATION = 10;

  private final Lexicon lex;
  private final JobTitle titles;

  SpeakerRun(Lexicon lex) {
    this.lex = lex;
    this.titles = new JobTitle(lex);
  }

  /** The speakers from token {@code from}, where a name must start; none if none does. */
  Speakers read(TaggedSentence s, int from) {
    List<String> names = new ArrayList<>();
    List<Affiliation> affiliations = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int i = from;
    Optional<PlacedMention> person = personAt(s, afterHonorific(s, i));
    while (person.isPresent()) {
      String name = person.get().name();
      if (!names.contains(name)) {
        names.add(name);
      }
      pending.add(name);
      i = person.get().last() + 1;
      int end = affiliationEnd(s, i);
      if (end > i) {
        Optional<PlacedMention> org = lastOrganization(s, i + 1, end);
        if (org.isPresent()) {
          Optional<String> role = titles.in(s, i + 1, org.get().first());
          pending.forEach(p -> affiliations.add(new Affiliation(p, org.get().ref(), role)));
        }
        pending.clear();
        i = end;
      }
      int next = nextName(s, i);
      person = next < 0 ? Optional.empty() : personAt(s, next);
    }
    return new Speakers(names, affiliations, i);
  }

  /**
   * The token after the affiliation that starts at token {@code i}: " (Acme)", ", Acme", ", Staff
   * Engineer at Acme", up to the next name of the run; {@code i} itself when there is none.
   */
  private int affiliationEnd(TaggedSentence s, int i) {
    if (i >= s.size()) {
      return i;
    }
    if (s.token(i).word().equals("(")) {
      for (int j = i + 1; j < s.size() && j - i <= MAX_AFFILIATION; j++) {
        if (s.token(j).word().equals(")")) {
          return j + 1;
        }
      }
      return i;
    }
    if (!s.token(i).word().equals(",") || nextName(s, i) >= 0 && !companyNamedAsPerson(s, i)) {
      return i; // "A, B and C" is a list of names
    }
    int j = companyNamedAsPerson(s, i) ? i + 2 : i + 1;
    while (j < s.size() && j - i <= MAX_AFFILIATION && !s.token(j).word().equals("|")
        && !DASH.matcher(s.token(j).word()).matches()
        && !s.token(j).isVerb() && nextName(s, j) < 0 && personAt(s, j).isEmpty()) {
      j++;
    }
    int company = nextName(s, j);
    if (company > j && titles.in(s, i + 1, j).isPresent()
        && personAt(s, company).filter(m -> m.first() == m.last()).isPresent()) {
      // "Jane Doe, Developer Advocate, Hooli": one word after a role is the company, whatever
      // the statistical model took it for
      return company + 1;
    }
    return j > i + 1 ? j : i;
  }

  /**
   * "Jane Doe, Initech &amp; John Roe": a one-word name between a comma and a joined full name
   * is the company of the name before it, whatever the statistical model took it for.
   */
  private boolean companyNamedAsPerson(TaggedSentence s, int comma) {
    Optional<PlacedMention> one = personAt(s, comma + 1);
    return one.isPresent() && one.get().first() == one.get().last()
        && !one.get().name().contains(" ") && nextName(s, one.get().last() + 1) >= 0;
  }

  /** The token where the next name of the run starts, after joiners at {@code i}; or -1. */
  private int nextName(TaggedSentence s, int i) {
    int j = i;
    while (j < s.size() && lex.nameJoiners.contains(s.token(j).lower())) {
      j++;
    }
    j = afterHonorific(s, j);
    return j > i && personAt(s, j).isPresent() ? j : -1;
  }

  /** The token after a title before a name ("Dr.", "Prof."), or {@code i} itself. */
  private int afterHonorific(TaggedSentence s, int i) {
    if (i < s.size() && lex.honorifics.contains(s.token(i).lower().replace(".", ""))) {
      int next = i + 1 < s.size() && s.token(i + 1).word().equals(".") ? i + 2 : i + 1;
      return personAt(s, next).isPresent() ? next : i;
    }
    return i;
  }

  /** The person whose name starts at a token. */
  private static Optional<PlacedMention> personAt(TaggedSentence s, int token) {
    return s.mentionAt(token).filter(m -> m.type() == EntityType.PERSON && m.first() == token);
  }

  private static Optional<PlacedMention> lastOrganization(TaggedSentence s, int from, int to) {
    return s.mentions().stream().filter(m -> m.type() == EntityType.ORGANIZATION
        && m.first() >= from && m.last() < to).reduce((a, b) -> b);
  }
}
