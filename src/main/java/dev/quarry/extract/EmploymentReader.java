package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who works where, and as what: "Sugu Sougoumarane, PlanetScale CTO and CoFounder", "PlanetScale
 * CTO Sugu Sougoumarane", "Morgan Tocker, our Community Development Manager", "Our CEO, Jiten
 * Vaidya", "Derek Perkins, Nozzle.", "Rafael Chacon &amp; Guido Iaquinti from Slack", "Ana Hobden
 * and Jay Lee, two of our database engineers", "my colleague Morgan Tocker".
 */
final class EmploymentReader implements SentenceReader {
  /** Where an appositive ends: punctuation. */
  private static final Pattern APPOSITIVE_END = Pattern.compile("[,.;:()!?–—-]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;]");
  /** The longest appositive read as a job: "X, a core team member and now an Acme engineer". */
  private static final int MAX_APPOSITIVE = 12;
  /** The longest title read before a name: "Acme Vice President of Engineering X". */
  private static final int MAX_TITLE_BEFORE = 6;

  private final Lexicon lex;
  private final JobTitle titles;

  EmploymentReader(Lexicon lex) {
    this.lex = lex;
    this.titles = new JobTitle(lex);
  }

  @Override
  public List<Fact> read(TaggedSentence s, PostContext post) {
    List<Fact> facts = new ArrayList<>();
    List<PlacedMention> ms = s.mentions();
    for (int k = 0; k < ms.size(); k++) {
      PlacedMention p = ms.get(k);
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      List<PlacedMention> run = s.personRunFrom(p.first(), lex.nameJoiners);
      int runEnd = run.get(run.size() - 1).last();
      int after = runEnd + 1;
      if (after < s.size() && s.token(after).word().equals("(")) {
        int close = closing(s, after);
        // "X (@x, Acme)": the handle is no part of the appositive
        int from = after + 2 < close && s.token(after + 1).word().startsWith("@")
            && s.token(after + 2).word().equals(",") ? after + 3 : after + 1;
        if (close > from && hasOrganization(s, from, close)) {
          appositive(s, run, from, post, facts); // "X (Acme)", "X (CTO at Acme)"
        }
        after = close + 1; // "X (@x) from Acme", "X (GitHub ID: x), Head of Y, Acme"
      }
      if (after < s.size() && s.token(after).word().equals(",")) {
        appositive(s, run, after + 1, post, facts);
        whoWorks(s, run, after + 1, post, facts);
      }
      if (after + 1 < s.size() && lex.personOrgLinks.contains(s.token(after).lower())) {
        s.mentionAt(after + 1).filter(org -> org.type() == EntityType.ORGANIZATION)
            .ifPresent(org -> run.forEach(r -> facts.add(Facts.of(Fact.Predicate.WORKS_FOR,
                r.ref(), org.ref(), Optional.empty(), s, Rule.PERSON_FROM_ORG, post))));
      }
      before(s, p, post, facts);
      k += run.size() - 1;
    }
    return facts;
  }

  /** After a name or a run of names: ", ORG ROLE", ", our ROLE", ", two of X's ROLE". */
  private void appositive(TaggedSentence s, List<PlacedMention> run, int from, PostContext post,
      List<Fact> facts) {
    if (from < s.size() && s.token(from).tag().equals("CC")) {
      return; // "X, and I lead ...": a clause, not an appositive
    }
    int end = from;
    // an appositive ends at punctuation or where a relative clause starts ("who engineered")
    while (end < s.size() && !APPOSITIVE_END.matcher(s.token(end).word()).matches()
        && !s.token(end).tag().startsWith("W")) {
      if (s.token(end).isVerb() && !titles.isRoleWord(s.token(end)) && end > from
          && titles.isRoleWord(s.token(end - 1)) && hasOrganization(s, from, end)) {
        break; // "X, Acme CTO spoke about ...": the role ends where the verb starts
      }
      if (end - from >= MAX_APPOSITIVE
          || s.token(end).isVerb() && !titles.isRoleWord(s.token(end))) {
        return; // not an appositive: "In addition to Sugu, five others spoke"
      }
      end++;
    }
    if (end <= from) {
      return;
    }
    PlacedMention org = null;
    boolean ours = false;
    for (int j = from; j < end; j++) {
      Optional<PlacedMention> m = s.mentionAt(j);
      if (m.isPresent() && m.get().type() == EntityType.PERSON) {
        return;
      }
      if (m.isPresent() && m.get().type() == EntityType.ORGANIZATION && org == null) {
        org = m.get();
      }
      ours |= firstPerson(s.token(j)) && s.token(j).tag().equals("PRP$"); // "our", not "I"
    }
    boolean job = titles.hasRoleWord(s, from, end);
    Optional<String> role = titles.in(s, from, end);
    boolean endsSentence = end >= s.size() || SENTENCE_END.matcher(s.token(end).word()).matches()
        || s.token(end).word().equals(")");
    Rule rule;
    Ref employer;
    if (org == null && job && !ours && end < s.size() && s.token(end).word().equals(",")) {
      // "X, Head of the Database Team, Acme": the organization in the next part, alone
      org = s.mentionAt(end + 1).filter(m -> m.type() == EntityType.ORGANIZATION
          && (m.last() + 1 >= s.size() || APPOSITIVE_END.matcher(s.token(m.last() + 1).word())
              .matches())).orElse(null);
    }
    if (org != null && job) {
      rule = Rule.APPOSITIVE_ROLE;
      employer = org.ref();
    } else if (org != null && org.first() == from && org.last() + 1 == end
        && (endsSentence || s.in(Block.Kind.LIST_ITEM))) {
      rule = Rule.PERSON_COMMA_ORG;
      employer = org.ref();
      role = Optional.empty();
    } else if (ours && job && post.publisher().isPresent()) {
      rule = Rule.OUR_ROLE;
      employer = post.publisher().get();
    } else {
      return;
    }
    for (PlacedMention r : run) {
      facts.add(Facts.of(Fact.Predicate.WORKS_FOR, r.ref(), employer, role, s, rule, post));
    }
  }

  /** "X, who leads the storage team at Acme", "X, who works for Acme". */
  private void whoWorks(TaggedSentence s, List<PlacedMention> run, int from, PostContext post,
      List<Fact> facts) {
    if (from + 1 >= s.size() || !s.token(from).lower().equals("who")
        || !lex.selfJobVerbs.contains(s.token(from + 1).lemma())) {
      return;
    }
    for (int j = from + 2; j < s.size() && j <= from + MAX_APPOSITIVE; j++) {
      if (SENTENCE_END.matcher(s.token(j).word()).matches() || s.isAt(j, EntityType.PERSON)) {
        return;
      }
      Optional<PlacedMention> org = s.mentionAt(j);
      if (org.isPresent() && org.get().type() == EntityType.ORGANIZATION
          && org.get().first() == j && lex.selfJobPrepositions.contains(s.token(j - 1).lower())) {
        run.forEach(r -> facts.add(Facts.of(Fact.Predicate.WORKS_FOR, r.ref(), org.get().ref(),
            Optional.empty(), s, Rule.WHO_WORKS_AT, post)));
        return;
      }
    }
  }

  /** The token that closes the parenthesis opened at {@code open}, or the sentence's last. */
  private static int closing(TaggedSentence s, int open) {
    int depth = 0;
    for (int j = open; j < s.size(); j++) {
      String w = s.token(j).word();
      depth += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
      if (depth == 0) {
        return j;
      }
    }
    return s.size() - 1;
  }

  private static boolean hasOrganization(TaggedSentence s, int from, int to) {
    for (int j = from; j < to; j++) {
      if (s.isAt(j, EntityType.ORGANIZATION)) {
        return true;
      }
    }
    return false;
  }

  /** Before the name: "PlanetScale CTO X", "Our CEO, X", "our Minister of Engineering X". */
  private void before(TaggedSentence s, PlacedMention p, PostContext post, List<Fact> facts) {
    int j = p.first() - 1;
    if (j >= 0 && s.token(j).word().equals(",")) {
      j--;
    }
    int roleEnd = j;
    while (j >= 0 && j > roleEnd - MAX_TITLE_BEFORE && partOfTitle(s, j)) {
      j--;
    }
    int roleStart = j + 1;
    if (roleStart > roleEnd || !titles.hasRoleWord(s, roleStart, roleEnd + 1)) {
      return;
    }
    Optional<String> role = titles.in(s, roleStart, roleEnd + 1);
    Optional<PlacedMention> org = j >= 0 ? s.mentionAt(j) : Optional.empty();
    if (org.isPresent() && org.get().type() == EntityType.ORGANIZATION) {
      facts.add(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), org.get().ref(), role, s,
          Rule.ORG_ROLE_NAME, post));
    } else if (j >= 0 && firstPerson(s.token(j)) && post.publisher().isPresent()) {
      boolean colleague = lex.colleague.contains(s.token(roleEnd).lemma());
      facts.add(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), post.publisher().get(),
          colleague ? Optional.empty() : role, s,
          colleague ? Rule.MY_COLLEAGUE : Rule.OUR_ROLE, post));
    } else if (post.publisher().isPresent() && bareTitle(s, roleStart, roleEnd)) {
      facts.add(Facts.of(Fact.Predicate.WORKS_FOR, p.ref(), post.publisher().get(), role, s,
          Rule.BARE_ROLE, post));
    }
  }

  /**
   * A title in lower case, acronyms aside, opened by a lower-case word: "engineer X", "says
   * co-founder and CEO X"; not "Senior Engineer X", which may be anyone's.
   */
  private boolean bareTitle(TaggedSentence s, int from, int to) {
    if (!Character.isLowerCase(s.token(from).word().charAt(0))) {
      return false;
    }
    for (int j = from; j <= to; j++) {
      String w = s.token(j).word();
      if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))
          && !w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A token of a title before a name: a role word, a joiner, or a capitalised non-name word. */
  private boolean partOfTitle(TaggedSentence s, int j) {
    Token t = s.token(j);
    return titles.isRoleWord(t) || lex.titleJoiners.contains(t.lower())
        || (t.isCapitalized() && s.mentionAt(j).isEmpty() && !firstPerson(t));
  }

  /** "we", "our", "my": the blog's or the author's own voice. */
  private boolean firstPerson(Token t) {
    return lex.we.contains(t.lower()) || lex.i.contains(t.lower());
  }
}
