package dev.quarry.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A talk told in a sentence: "X gave a session on Y", "a presentation by X", "X spoke about Y",
 * "X took the audience through Y", "X's keynote"; "I gave a talk" is the post's author's.
 */
final class ProseTalk {
  /** A quotation mark as a token: the tagger calls a straight one opening or closing at will. */
  private static final Pattern QUOTE = Pattern.compile("[\"“”‘’`']{1,2}");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{6,160})[”\"]");

  /** Rules whose speakers are named after the trigger: "a talk by X". */
  private static final Set<Rule> SPEAKERS_AFTER = EnumSet.of(Rule.TALK_BY, Rule.PASSIVE_BY,
      Rule.TALK_PEOPLE, Rule.INTERVIEW);
  /** Rules that never read "I" as the author: the speakers are named, or "spoke" is heard. */
  private static final Set<Rule> SPEAKERS_NAMED = EnumSet.of(Rule.SPOKE, Rule.SPOKE_IN_CONTEXT,
      Rule.TALK_POSSESSIVE, Rule.TALK_PRONOUN, Rule.MY_TALK);

  private final Lexicon lex;

  ProseTalk(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The talks a sentence tells of, one per trigger that names other speakers ("talks from A and
   * B ..., our third talk, “Title” from C"). {@code nearTalk} says a talk was already read in the
   * sentence's section or paragraph, which lets weaker verbs ("X explained") tell of one.
   */
  List<TalkBuilder> read(TaggedSentence s, List<TaggedSentence> all, PostContext post,
      boolean nearTalk) {
    // "In this post, X shares...": about the post, not a talk; but "This article is based on a
    // talk given by X" names the talk and its speakers
    boolean aboutThePost = lex.selfReference.matcher(s.text(post.text())).find();
    // a talk noun, or an event the sentence names ("At the Go meetup, X shared ..."), makes the
    // weaker talk verbs tell of a talk
    boolean talkNoun = s.any(t -> lex.talkNouns.contains(t.lemma()))
        || !s.mentionsOf(EntityType.EVENT).isEmpty();
    List<TalkBuilder> talks = new ArrayList<>();
    List<Integer> triggers = new ArrayList<>();
    List<Integer> topicsAfter = new ArrayList<>();
    for (Token t : s.tokens()) {
      Optional<Rule> rule = trigger(s, t, talkNoun || nearTalk);
      if (rule.isEmpty() || aboutThePost && !SPEAKERS_AFTER.contains(rule.get())) {
        continue;
      }
      boolean speakersAfter = SPEAKERS_AFTER.contains(rule.get());
      List<String> speakers = speakers(s, all, t.index(), rule.get(), post);
      if (!triggers.isEmpty() && !speakersAfter) {
        // "A spoke about X, and B spoke about Y": the second talk's speakers come after the first
        int previous = triggers.get(triggers.size() - 1);
        List<String> after = s.mentionsOf(EntityType.PERSON).stream()
            .filter(m -> m.first() > previous && m.last() < t.index())
            .map(PlacedMention::name).toList();
        speakers = speakers.stream().filter(after::contains).toList();
      }
      double confidence = rule.get().confidence();
      boolean authorSpeaks = speakers.isEmpty() && !speakersAfter
          && !SPEAKERS_NAMED.contains(rule.get())
          && firstPerson(s, all, post).isPresent() && firstPersonSubject(s, t.index());
      if (authorSpeaks) {
        speakers = List.of(firstPerson(s, all, post).get());
        confidence *= Rule.FIRST_PERSON_FACTOR;
      }
      List<String> named = speakers;
      if (named.isEmpty() || talks.stream().anyMatch(k -> k.speakers.containsAll(named))) {
        continue;
      }
      talks.add(new TalkBuilder(rule.get(), confidence, speakers, s.index()));
      triggers.add(t.index());
      topicsAfter.add(speakersAfter ? -1 : s.lastPersonTokenBefore(t.index()));
    }
    for (int k = 0; k < talks.size(); k++) {
      // with several talks, each takes the words from the trigger before it to the one after it
      int from = k == 0 ? 0 : triggers.get(k - 1) + 1;
      if (talks.size() > 1 && talks.get(k).rule != Rule.PASSIVE_BY && topicsAfter.get(k) < 0) {
        from = triggers.get(k); // "a talk by A on X, and a talk by B on Y": after its own trigger
      }
      int to = k == talks.size() - 1 ? s.size() : triggers.get(k + 1);
      int titleFrom = talks.size() == 1 ? 0 : triggers.get(k);
      String words = post.text().substring(s.token(titleFrom).start(),
          to < s.size() ? s.token(to).start() : Math.min(post.text().length(), s.end()));
      TalkBuilder talk = talks.get(k);
      talk.title = quoted(words).or(() -> headingTitle(s, all));
      // what comes before the speakers describes them ("TiKV engineers A and B showed ..."),
      // not their talk
      talk.addTopics(s, topicsAfter.get(k), Math.max(from, topicsAfter.get(k) + 1), to);
    }
    return talks;
  }

  /** The speakers a rule's trigger at token {@code i} names. */
  private List<String> speakers(TaggedSentence s, List<TaggedSentence> all, int i, Rule rule,
      PostContext post) {
    return switch (rule) {
      case TALK_BY, PASSIVE_BY, TALK_PEOPLE, INTERVIEW ->
          s.personRun(s.firstPersonTokenAfter(i), lex.nameJoiners);
      case TALK_POSSESSIVE -> s.peopleBefore(i, true, lex.nameJoiners);
      case TALK_PRONOUN -> previousPerson(s, all, i).map(List::of).orElse(List.of());
      case MY_TALK -> firstPerson(s, all, post).map(List::of).orElse(List.of());
      // the subject: the run of names last before the trigger, not everyone named before it
      default -> s.peopleBefore(i, true, lex.nameJoiners);
    };
  }

  /**
   * "In her talk, X showed": the person named next in the sentence, close after the talk; else
   * the one named last before it, in the sentence or the one before.
   */
  private static Optional<String> previousPerson(TaggedSentence s, List<TaggedSentence> all,
      int i) {
    int after = s.firstPersonTokenAfter(i);
    if (after > i && after <= i + 3) {
      return s.mentionAt(after).map(PlacedMention::name);
    }
    List<String> before = s.peopleBefore(i, false, Set.of());
    if (!before.isEmpty()) {
      return Optional.of(before.get(before.size() - 1));
    }
    if (s.index() == 0 || all.get(s.index() - 1).section() != s.section()) {
      return Optional.empty();
    }
    List<PlacedMention> people = all.get(s.index() - 1).mentionsOf(EntityType.PERSON);
    return people.isEmpty() ? Optional.empty()
        : Optional.of(people.get(people.size() - 1).name());
  }

  /**
   * Who "I" and "my" are: the person whose label opens the paragraph in a Q&amp;A ("Jane Doe:
   * During my talk, I ..."), else the post's author.
   */
  private static Optional<String> firstPerson(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    Optional<TaggedSentence> opening = all.stream()
        .filter(o -> o.blockIndex() == s.blockIndex() && o.blockIndex() >= 0).findFirst();
    Optional<String> label = opening.flatMap(o -> o.mentionAt(0)
        .filter(m -> m.type() == EntityType.PERSON && m.first() == 0 && m.last() + 1 < o.size()
            && o.token(m.last() + 1).word().equals(":"))
        .map(PlacedMention::name));
    return label.or(post::author);
  }

  /** The rule a token triggers, if any: a talk noun, a light verb or a talk verb in its place. */
  private Optional<Rule> trigger(TaggedSentence s, Token t, boolean aboutTalks) {
    int i = t.index();
    if (lex.talkNouns.contains(t.lemma()) && !t.isVerb() && followedByBy(s, i)) {
      return Optional.of(Rule.TALK_BY); // a noun: "Interviewed by X" names who asked
    } else if (lex.lightVerbs.contains(t.lemma()) && t.isVerb() && !s.nextIs(i, "up")
        && s.anyWithin(i + 1, 5, w -> lex.talkNouns.contains(w.lemma()))) {
      return Optional.of(Rule.GAVE_TALK);
    } else if (lex.lightVerbs.contains(t.lemma()) && t.isVerb()
        && s.anyWithin(i + 1, 3, w -> lex.audience.contains(w.lower()))) {
      return Optional.of(Rule.TOOK_THE_AUDIENCE); // "X and Y took the audience through..."
    } else if (aboutTalks && t.isVerb() && (lex.talkVerbs.contains(t.lemma())
        && s.nextIs(i, "with") && s.isAt(i + 2, EntityType.PERSON)
        || lex.talkNouns.contains(t.lemma()) && s.isAt(i + 1, EntityType.PERSON))) {
      return Optional.of(Rule.INTERVIEW); // "host X talks with Y", "X interviewed Y"
    } else if (lex.passiveTalkVerbs.contains(t.lemma()) && t.tag().equals("VBN")
        && s.nextIs(i, "by") && s.isAt(i + 2, EntityType.PERSON)) {
      return Optional.of(Rule.PASSIVE_BY); // "the demo ... was presented by X"
    } else if (lex.talkVerbs.contains(t.lemma()) && (t.isVerb() || s.personEndsBefore(i))) {
      boolean audience = s.anyWithin(i + 1, 4, w -> lex.audience.contains(w.lower()))
          || s.nextIs(i, "through");
      boolean strong = lex.strongTalkVerbs.contains(t.lemma());
      if (audience) {
        return Optional.of(Rule.TOOK_THE_AUDIENCE);
      } else if (strong) {
        return Optional.of(Rule.SPOKE);
      } else if (aboutTalks) {
        return Optional.of(Rule.SPOKE_IN_CONTEXT);
      }
    } else if (lex.talkNouns.contains(t.lemma()) && i >= 2 && s.token(i - 1).tag().equals("POS")) {
      return Optional.of(Rule.TALK_POSSESSIVE);
    } else if (lex.speakerNouns.contains(t.lemma()) && s.firstPersonTokenAfter(i) > i
        && s.firstPersonTokenAfter(i) <= i + 4) {
      return Optional.of(Rule.TALK_PEOPLE); // "the panelists were A, B and C"
    } else if (lex.talkNouns.contains(t.lemma()) && i >= 1 && s.token(i - 1).tag().equals("PRP$")) {
      String owner = s.token(i - 1).lower();
      if (lex.i.contains(owner)) {
        return Optional.of(Rule.MY_TALK); // "during my presentation"
      } else if (lex.speakerPronouns.contains(owner)) {
        return Optional.of(Rule.TALK_PRONOUN); // "in her talk"
      }
    }
    return Optional.empty();
  }

  /**
   * "a talk by", "the keynote was given by", "the demo, presented by", "our third talk, “Title”
   * from X".
   */
  private boolean followedByBy(TaggedSentence s, int i) {
    int j = i + 1;
    for (int words = 0; j < s.size() && words < 3; words++) {
      Token t = s.token(j);
      if (t.lower().equals("by") || t.lower().equals("from") && s.isAt(j + 1, EntityType.PERSON)) {
        return true;
      }
      if (QUOTE.matcher(t.word()).matches()) { // a quoted title between: "our talk, “Title” by X"
        j++;
        while (j < s.size() && !QUOTE.matcher(s.token(j).word()).matches()) {
          j++;
        }
      } else if (!lex.beforeBy.contains(t.lower())) {
        return false;
      }
      j++;
    }
    return false;
  }

  /** "I gave a talk": an "I" before the trigger, with no listener word ("I watched") between. */
  private boolean firstPersonSubject(TaggedSentence s, int trigger) {
    for (int j = trigger - 1; j >= Math.max(0, trigger - 4); j--) {
      Token t = s.token(j);
      if (t.lower().equals("i")) {
        return true;
      }
      if (lex.listenerWords.contains(t.lemma()) || t.tag().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /** The heading a section's first paragraph tells about: "### Intro to Vitess". */
  private Optional<String> headingTitle(TaggedSentence s, List<TaggedSentence> all) {
    if (s.section() < 0 || s.blockIndex() != s.section() + 1) {
      return Optional.empty();
    }
    for (TaggedSentence h : TaggedSentences.sectionHeading(s, all)) {
      boolean aboutSomething = !h.mentionsOf(EntityType.TECHNOLOGY).isEmpty()
          || h.any(t -> lex.talkNouns.contains(t.lemma()));
      if (aboutSomething) {
        String text = String.join(" ", h.tokens().stream().map(Token::word).toList());
        return Optional.of(text.replace(" :", ":").replace(" ,", ","));
      }
    }
    return Optional.empty();
  }

  /** A quoted title in a sentence: “My First 90 Days with Vitess”. */
  static Optional<String> quoted(String sentence) {
    Matcher m = QUOTED.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip().replaceAll("[.,]$", "")) : Optional.empty();
  }
}
