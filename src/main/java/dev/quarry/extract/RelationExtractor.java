package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import dev.quarry.post.Post;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads relations from a post's annotated sentences and resolved mentions: talks (who, where,
 * about what, title, recording), who works for whom in what role, which organization uses which
 * technology, where an event was held and who sponsored it. The words that signal each relation
 * are data ({@code ontology/relations.yaml}); the shapes of English they appear in are here, one
 * method per family, each fact tagged with the rule that read it and a confidence.
 */
final class RelationExtractor {
  private static final Pattern VIDEO = Pattern.compile(
      "(?i)^https?://([^/]*\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com|player\\.vimeo\\.com|"
          + "slideshare\\.net|speakerdeck\\.com|infoq\\.com|twitch\\.tv|bilibili\\.com)/");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{6,160})[”\"]");
  private static final Set<String> CONJUNCTION = Set.of("and", "&", ",");
  private static final Set<String> AUDIENCE = Set.of("audience", "attendees", "crowd",
      "participants", "developers", "room");
  private static final Set<String> APPOSITIVE_END =
      Set.of(",", ".", ";", ":", "(", ")", "-", "–", "—", "!", "?");
  private static final Pattern SELF_REFERENCE =
      Pattern.compile("(?i)\\bthis (post|blog post|article|blog|write-?up)\\b");
  private static final Set<String> PRONOUN_SUBJECTS = Set.of("he", "she", "they", "it", "his",
      "her", "their", "the");

  private final Lexicon lex;
  private final Gazetteer gazetteer;

  RelationExtractor(Lexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  /** What the post says about itself that relations need: its voice and its main event. */
  record Context(Optional<Ref> publisher, double publisherConfidence, Optional<String> author) {}

  /** A token. */
  record Tok(int index, String word, String lower, String lemma, String tag, int start, int end) {}

  /** A mention placed on the tokens of its sentence (first and last token, inclusive). */
  record M(Mention mention, Ref ref, int first, int last) {
    EntityType type() {
      return ref.type();
    }
  }

  /** A sentence with its tokens, mentions and block. */
  record S(int index, List<Tok> toks, List<M> ms, Block block, int blockIndex, int section,
      int start, int end) {}

  /** The relations read from one post. */
  record Result(List<Talk> talks, List<Fact> facts) {}

  Result extract(Post post, Annotation doc, List<Mention> mentions, Context ctx) {
    List<S> sentences = sentences(post, doc, mentions);
    Optional<String> mainEvent = mainEvent(sentences, mentions);
    List<Fact> facts = new ArrayList<>();
    List<TalkBuilder> talks = talks(post, sentences, mainEvent, ctx);
    for (TalkBuilder t : talks) {
      Talk talk = t.build();
      for (String speaker : talk.speakers()) {
        Ref who = new Ref(EntityType.PERSON, speaker);
        talk.event().ifPresent(e -> facts.add(new Fact(Fact.Predicate.SPOKE_AT, who,
            new Ref(EntityType.EVENT, e), Optional.empty(), t.sentences.get(0), talk.rule(),
            t.eventConfidence, t.eventImplicit)));
        for (Ref topic : talk.topics()) {
          facts.add(new Fact(Fact.Predicate.SPOKE_ABOUT, who, topic, Optional.empty(),
              t.sentences.get(0), talk.rule(), talk.confidence(), t.sentences.size() > 1));
        }
      }
    }
    for (S s : sentences) {
      employment(s, ctx, facts);
      uses(s, ctx, facts);
      heldIn(s, facts);
      sponsors(s, ctx, mainEvent, facts);
    }
    authors(post, ctx, facts);
    List<Talk> built = talks.stream().map(TalkBuilder::build).toList();
    return new Result(built, dedupe(facts));
  }

  // ------------------------------------------------------------------------------------------
  // sentences

  private static List<S> sentences(Post post, Annotation doc, List<Mention> mentions) {
    List<Block> blocks = post.body().blocks();
    List<S> out = new ArrayList<>();
    List<CoreMap> list = doc.get(CoreAnnotations.SentencesAnnotation.class);
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      if (m.sentence() >= 0) {
        bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
    }
    int section = -1;
    int lastBlock = -1;
    for (int i = 0; i < list.size(); i++) {
      CoreMap cm = list.get(i);
      List<Tok> toks = new ArrayList<>();
      for (CoreLabel t : cm.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        toks.add(new Tok(toks.size(), t.word(), t.word().toLowerCase(Locale.ROOT),
            lemma.toLowerCase(Locale.ROOT), t.tag() == null ? "" : t.tag(), t.beginPosition(),
            t.endPosition()));
      }
      int start = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int bi = blockOf(blocks, start);
      Block block = bi < 0 ? new Block(Block.Kind.PARAGRAPH, 0, start, end) : blocks.get(bi);
      if (bi != lastBlock && block.kind() == Block.Kind.HEADING) {
        section = bi;
      }
      lastBlock = bi;
      List<M> ms = new ArrayList<>();
      for (Mention m : bySentence.getOrDefault(i, List.of())) {
        int first = -1;
        int last = -1;
        for (Tok t : toks) {
          if (t.end() > m.start() && t.start() < m.end()) {
            if (first < 0) {
              first = t.index();
            }
            last = t.index();
          }
        }
        if (first >= 0) {
          ms.add(new M(m, new Ref(m.type(), m.name()), first, last));
        }
      }
      ms.sort((a, b) -> a.first() - b.first());
      out.add(new S(i, toks, ms, block, bi, section, start, end));
    }
    return out;
  }

  private static int blockOf(List<Block> blocks, int offset) {
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (offset >= b.start() && offset < Math.max(b.end(), b.start() + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** The event the post is about: one in its title, else the one it names most (twice or more). */
  private static Optional<String> mainEvent(List<S> sentences, List<Mention> mentions) {
    for (S s : sentences) {
      if (s.block().kind() == Block.Kind.TITLE) {
        for (M m : s.ms()) {
          if (m.type() == EntityType.EVENT) {
            return Optional.of(m.ref().name());
          }
        }
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == EntityType.EVENT) {
        counts.merge(m.name(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  // ------------------------------------------------------------------------------------------
  // talks

  private final class TalkBuilder {
    final List<String> speakers = new ArrayList<>();
    Optional<String> event = Optional.empty();
    double eventConfidence;
    boolean eventImplicit;
    final Set<Ref> topics = new LinkedHashSet<>();
    Optional<String> title = Optional.empty();
    Optional<String> recording = Optional.empty();
    final List<Integer> sentences = new ArrayList<>();
    String rule;
    double confidence;
    int block;
    int section;

    Talk build() {
      return new Talk(speakers, event, new ArrayList<>(topics), title, recording, sentences,
          rule, confidence);
    }
  }

  private List<TalkBuilder> talks(Post post, List<S> sentences, Optional<String> mainEvent,
      Context ctx) {
    List<TalkBuilder> talks = new ArrayList<>();
    TalkBuilder lastInBlock = null;
    Map<Integer, TalkBuilder> bySection = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      S s = sentences.get(i);
      if (s.block().kind() == Block.Kind.TITLE || s.block().kind() == Block.Kind.HEADING) {
        continue;
      }
      if (lastInBlock != null && lastInBlock.block != s.blockIndex()) {
        lastInBlock = null;
      }
      TalkBuilder t = listTalk(post, s).orElse(null);
      if (t == null) {
        t = sentenceTalk(post.body().text(), s, sentences, bySection.get(s.section()), lastInBlock,
            ctx).orElse(null);
      }
      if (t == null) {
        // "The talk shared ideas on Rust": a later sentence about the same talk adds its topics
        if (lastInBlock != null && refersBack(s)) {
          addTopics(lastInBlock, s, -1);
          lastInBlock.sentences.add(s.index());
        }
        continue;
      }
      TalkBuilder same = sameTalk(t, bySection.get(s.section()), lastInBlock, talks);
      if (same != null) {
        same.topics.addAll(t.topics);
        same.sentences.add(s.index());
        if (same.title.isEmpty()) {
          same.title = t.title;
        }
        lastInBlock = same;
        continue;
      }
      t.block = s.blockIndex();
      t.section = s.section();
      placeTalk(t, s, sentences, mainEvent);
      talks.add(t);
      lastInBlock = t;
      bySection.putIfAbsent(s.section(), t);
    }
    recordings(post, sentences, talks);
    return talks;
  }

  /** The same talk told again: same section (or paragraph) and no new speaker. */
  private static TalkBuilder sameTalk(TalkBuilder t, TalkBuilder sectionTalk,
      TalkBuilder blockTalk, List<TalkBuilder> all) {
    for (TalkBuilder candidate : new TalkBuilder[] {blockTalk, sectionTalk}) {
      if (candidate != null && !candidate.rule.equals("talk-list")
          && candidate.speakers.containsAll(t.speakers)) {
        return candidate;
      }
    }
    // "If you missed Morgan's presentation": a talk already read, named again
    if (t.rule.equals("talk-possessive")) {
      for (TalkBuilder c : all) {
        if (c.speakers.containsAll(t.speakers)) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * A Markdown list of talks: "[Title](video-url) - Speaker & Speaker ..." or "Speaker: Title".
   * The list item is the talk; all its sentences give topics.
   */
  private Optional<TalkBuilder> listTalk(Post post, S s) {
    if (s.block().kind() != Block.Kind.LIST_ITEM || s.start() > s.block().start() + 1) {
      return Optional.empty();
    }
    for (Link link : post.body().links()) {
      if (link.kind() != Link.Kind.LINK || link.start() > s.block().start() + 2
          || link.start() < s.block().start() || link.end() <= link.start()) {
        continue;
      }
      int after = -1;
      for (Tok t : s.toks()) {
        if (t.start() >= link.end()) {
          after = t.index();
          break;
        }
      }
      if (after < 0) {
        return Optional.empty();
      }
      while (after < s.toks().size() && isDash(s.toks().get(after).word())) {
        after++;
      }
      List<String> speakers = personRun(s, after);
      if (speakers.isEmpty()) {
        return Optional.empty();
      }
      TalkBuilder t = new TalkBuilder();
      t.speakers.addAll(speakers);
      t.title = Optional.of(post.body().text().substring(link.start(), link.end()).strip());
      if (VIDEO.matcher(link.url()).find()) {
        t.recording = Optional.of(link.url());
      }
      t.rule = "talk-list";
      t.confidence = 0.9;
      t.sentences.add(s.index());
      addTopics(t, s, -1);
      return Optional.of(t);
    }
    // "Speaker & Speaker: Title"
    if (!s.ms().isEmpty() && s.ms().get(0).type() == EntityType.PERSON && s.ms().get(0).first() == 0) {
      List<M> run = personRunFrom(s, 0);
      List<String> speakers = run.stream().map(m -> m.ref().name()).toList();
      int end = run.isEmpty() ? -1 : run.get(run.size() - 1).last();
      if (!speakers.isEmpty() && end + 1 < s.toks().size()
          && s.toks().get(end + 1).word().equals(":")) {
        TalkBuilder t = new TalkBuilder();
        t.speakers.addAll(speakers);
        int from = s.toks().get(Math.min(end + 2, s.toks().size() - 1)).start();
        t.title = Optional.of(post.body().text().substring(from, s.end()).strip());
        t.rule = "talk-list";
        t.confidence = 0.8;
        t.sentences.add(s.index());
        addTopics(t, s, end);
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A talk told in a sentence: "X gave a session on Y", "a presentation by X", "X spoke". */
  private Optional<TalkBuilder> sentenceTalk(String text, S s, List<S> all,
      TalkBuilder sectionTalk, TalkBuilder blockTalk, Context ctx) {
    List<Tok> toks = s.toks();
    if (SELF_REFERENCE.matcher(text.substring(s.start(), Math.min(text.length(), s.end())))
        .find()) {
      return Optional.empty(); // "In this post, X shares...": about the post, not a talk
    }
    boolean talkNoun = toks.stream().anyMatch(t -> lex.talkNouns.contains(t.lemma()));
    for (Tok t : toks) {
      String rule = null;
      double confidence = 0;
      boolean speakersAfter = false;
      if (lex.talkNouns.contains(t.lemma()) && followedByBy(toks, t.index())) {
        rule = "talk-by";
        confidence = 0.85;
        speakersAfter = true;
      } else if (lex.lightVerbs.contains(t.lemma()) && t.tag().startsWith("VB")
          && !nextIs(toks, t.index(), "up") && talkNounWithin(toks, t.index() + 1, 4)) {
        rule = "gave-talk";
        confidence = 0.85;
      } else if (lex.lightVerbs.contains(t.lemma()) && t.tag().startsWith("VB")
          && wordWithin(toks, t.index() + 1, 3, AUDIENCE)) {
        rule = "took-the-audience"; // "X and Y took the audience through a deep dive"
        confidence = 0.8;
      } else if (lex.talkVerbs.contains(t.lemma()) && (t.tag().startsWith("VB")
          || afterPerson(s, t.index()))) {
        boolean audience = wordWithin(toks, t.index() + 1, 4, AUDIENCE)
            || nextIs(toks, t.index(), "through");
        boolean strong = Set.of("speak", "present", "talk", "keynote", "demo", "demonstrate")
            .contains(t.lemma());
        boolean context = talkNoun || sectionTalk != null || blockTalk != null;
        if (audience || strong || context) {
          rule = audience ? "took-the-audience" : "spoke";
          confidence = audience || strong ? 0.8 : 0.65;
        }
      } else if (lex.talkNouns.contains(t.lemma()) && t.index() >= 2
          && toks.get(t.index() - 1).tag().equals("POS")) {
        rule = "talk-possessive";
        confidence = 0.7;
      }
      if (rule == null) {
        continue;
      }
      List<String> speakers = speakersAfter ? personRun(s, firstPersonAfter(s, t.index()))
          : speakersBefore(s, t.index(), rule.equals("talk-possessive"));
      boolean firstPerson = false;
      if (speakers.isEmpty() && !speakersAfter && !rule.equals("spoke")
          && !rule.equals("talk-possessive") && ctx.author().isPresent()
          && firstPersonSubject(toks, t.index())) {
        speakers = List.of(ctx.author().get());
        firstPerson = true;
      }
      if (speakers.isEmpty()) {
        continue;
      }
      TalkBuilder talk = new TalkBuilder();
      talk.speakers.addAll(speakers);
      talk.rule = rule;
      talk.confidence = firstPerson ? confidence * 0.8 : confidence;
      talk.sentences.add(s.index());
      talk.title = quoted(text.substring(s.start(), Math.min(text.length(), s.end())));
      if (talk.title.isEmpty()) {
        talk.title = headingTitle(s, all);
      }
      addTopics(talk, s, speakersAfter ? -1 : lastSpeakerToken(s, t.index()));
      return Optional.of(talk);
    }
    return Optional.empty();
  }

  /** "Guido Iaquinti share ...": right after a name, a talk verb is a verb whatever its tag. */
  private static boolean afterPerson(S s, int token) {
    return s.ms().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.last() == token - 1);
  }

  private static boolean followedByBy(List<Tok> toks, int i) {
    for (int j = i + 1; j < Math.min(toks.size(), i + 4); j++) {
      if (toks.get(j).lower().equals("by")) {
        return true;
      }
      if (!Set.of("was", "is", "were", "given", "delivered", "presented", ",").contains(
          toks.get(j).lower())) {
        return false;
      }
    }
    return false;
  }

  private boolean talkNounWithin(List<Tok> toks, int from, int n) {
    for (int j = from; j < Math.min(toks.size(), from + n); j++) {
      if (lex.talkNouns.contains(toks.get(j).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordWithin(List<Tok> toks, int from, int n, Set<String> words) {
    for (int j = from; j < Math.min(toks.size(), from + n); j++) {
      if (words.contains(toks.get(j).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextIs(List<Tok> toks, int i, String word) {
    return i + 1 < toks.size() && toks.get(i + 1).lower().equals(word);
  }

  /** "I gave a talk": an "I" before the trigger, with no listener word ("I watched") between. */
  private boolean firstPersonSubject(List<Tok> toks, int trigger) {
    for (int j = trigger - 1; j >= Math.max(0, trigger - 4); j--) {
      String w = toks.get(j).lower();
      if (w.equals("i")) {
        return true;
      }
      if (lex.listenerWords.contains(toks.get(j).lemma()) || toks.get(j).tag().startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The speakers before a trigger: the people named in the sentence before it; for "'s talk",
   * only the run of names just before it ("Jiten and Dan's demo").
   */
  private static List<String> speakersBefore(S s, int trigger, boolean possessive) {
    List<M> persons = s.ms().stream()
        .filter(m -> m.type() == EntityType.PERSON && m.last() < trigger).toList();
    if (!possessive) {
      return persons.stream().map(m -> m.ref().name()).distinct().toList();
    }
    List<String> out = new ArrayList<>();
    for (int k = persons.size() - 1; k >= 0; k--) {
      String name = persons.get(k).ref().name();
      if (!out.contains(name)) {
        out.add(0, name);
      }
      if (k == 0 || !onlyConjunctions(s, persons.get(k - 1).last() + 1, persons.get(k).first())) {
        break;
      }
    }
    return out;
  }

  private static int lastSpeakerToken(S s, int trigger) {
    int last = -1;
    for (M m : s.ms()) {
      if (m.type() == EntityType.PERSON && m.last() < trigger) {
        last = m.last();
      }
    }
    return last;
  }

  private static int firstPersonAfter(S s, int from) {
    for (M m : s.ms()) {
      if (m.type() == EntityType.PERSON && m.first() > from) {
        return m.first();
      }
    }
    return -1;
  }

  /** The people named in a run from token {@code from}: "A & B", "A, B and C". */
  private static List<String> personRun(S s, int from) {
    return personRunFrom(s, from).stream().map(m -> m.ref().name()).toList();
  }

  /** The mentions of that run, in order; none when {@code from} is not where a name starts. */
  private static List<M> personRunFrom(S s, int from) {
    List<M> run = new ArrayList<>();
    if (from < 0) {
      return run;
    }
    int expect = from;
    for (M m : s.ms()) {
      if (m.first() < expect) {
        continue;
      }
      if (m.type() != EntityType.PERSON || !onlyConjunctions(s, expect, m.first())) {
        break;
      }
      run.add(m);
      expect = m.last() + 1;
    }
    return run;
  }

  private static boolean onlyConjunctions(S s, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!CONJUNCTION.contains(s.toks().get(j).lower())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—") || w.equals(":");
  }

  /** Technologies (and organizations after the speakers) the sentence names are the topics. */
  private static void addTopics(TalkBuilder t, S s, int afterToken) {
    for (M m : s.ms()) {
      if (m.type() == EntityType.TECHNOLOGY
          || (m.type() == EntityType.ORGANIZATION && m.first() > afterToken)) {
        t.topics.add(m.ref());
      }
    }
  }

  /** A sentence that goes on about the talk before it: "The talk shared...", "He then showed..." */
  private boolean refersBack(S s) {
    if (s.toks().isEmpty()) {
      return false;
    }
    String first = s.toks().get(0).lower();
    boolean talkWord = s.toks().stream().limit(4).anyMatch(t -> lex.talkNouns.contains(t.lemma()));
    return talkWord || PRONOUN_SUBJECTS.contains(first) && !first.equals("the")
        || (first.equals("the") && talkWord);
  }

  /** The heading a section's first paragraph tells about: "### Intro to Vitess". */
  private Optional<String> headingTitle(S s, List<S> all) {
    if (s.section() < 0 || s.blockIndex() != s.section() + 1) {
      return Optional.empty();
    }
    for (S h : all) {
      if (h.blockIndex() == s.section()) {
        boolean aboutSomething = h.ms().stream().anyMatch(m -> m.type() == EntityType.TECHNOLOGY)
            || h.toks().stream().anyMatch(t -> lex.talkNouns.contains(t.lemma()));
        if (aboutSomething) {
          String text = h.toks().stream().map(Tok::word).reduce((a, b) -> a + " " + b).orElse("");
          return Optional.of(text.replace(" :", ":").replace(" ,", ","));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The event of a talk: one named in its sentence; none if the sentence puts it elsewhere ("a
   * talk to the local meetup"); else the event of its section's heading; else the post's event.
   */
  private void placeTalk(TalkBuilder t, S s, List<S> all, Optional<String> mainEvent) {
    for (M m : s.ms()) {
      if (m.type() == EntityType.EVENT) {
        t.event = Optional.of(m.ref().name());
        t.eventConfidence = t.confidence;
        return;
      }
    }
    if (s.toks().stream().anyMatch(tok -> lex.elsewhere.contains(tok.lemma()))) {
      return;
    }
    if (s.section() >= 0) {
      for (S h : all) {
        if (h.blockIndex() == s.section()) {
          for (M m : h.ms()) {
            if (m.type() == EntityType.EVENT) {
              t.event = Optional.of(m.ref().name());
              t.eventConfidence = t.confidence * 0.9;
              t.eventImplicit = true;
              return;
            }
          }
        }
      }
    }
    if (mainEvent.isPresent()) {
      t.event = mainEvent;
      t.eventConfidence = t.confidence * 0.8;
      t.eventImplicit = true;
    }
  }

  /**
   * A talk's recording: the video it links, else the first player embedded after it and before
   * the next talk or heading ("If you missed their talk, here's the recording.").
   */
  private static void recordings(Post post, List<S> sentences, List<TalkBuilder> talks) {
    for (int i = 0; i < talks.size(); i++) {
      TalkBuilder t = talks.get(i);
      if (t.recording.isPresent()) {
        continue;
      }
      int from = sentences.get(t.sentences.get(0)).start();
      int to = i + 1 < talks.size() ? sentences.get(talks.get(i + 1).sentences.get(0)).start()
          : Integer.MAX_VALUE;
      for (Block b : post.body().blocks()) {
        if (b.kind() == Block.Kind.HEADING && b.start() > from && b.start() < to) {
          to = b.start();
        }
      }
      for (Link link : post.body().links()) {
        boolean inRange = link.start() >= from && link.start() <= to;
        if (inRange && (link.kind() == Link.Kind.EMBED || VIDEO.matcher(link.url()).find())) {
          t.recording = Optional.of(link.url());
          break;
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // employment

  /**
   * Who works where, and as what: "Sugu Sougoumarane, PlanetScale CTO and CoFounder", "PlanetScale
   * CTO Sugu Sougoumarane", "Morgan Tocker, our Community Development Manager", "Our CEO, Jiten
   * Vaidya", "Derek Perkins, Nozzle.", "Rafael Chacon & Guido Iaquinti from Slack", "Ana Hobden and
   * Jay Lee, two of our database engineers", "my colleague Morgan Tocker".
   */
  private void employment(S s, Context ctx, List<Fact> facts) {
    List<Tok> toks = s.toks();
    List<M> ms = s.ms();
    for (int k = 0; k < ms.size(); k++) {
      M p = ms.get(k);
      if (p.type() != EntityType.PERSON) {
        continue;
      }
      // after the name (or after a run of names): ", ORG ROLE", ", our ROLE", ", two of X's ROLE"
      List<M> run = personRunFrom(s, p.first());
      int runEnd = run.get(run.size() - 1).last();
      if (runEnd + 1 < toks.size() && toks.get(runEnd + 1).word().equals(",")) {
        appositive(s, run, runEnd + 2, ctx, facts);
      }
      if (runEnd + 2 < toks.size() && Set.of("from", "at").contains(toks.get(runEnd + 1).lower())) {
        M org = mentionAt(s, runEnd + 2);
        if (org != null && org.type() == EntityType.ORGANIZATION) {
          for (M r : run) {
            facts.add(fact(Fact.Predicate.WORKS_FOR, r.ref(), org.ref(), Optional.empty(), s,
                "person-from-org", 0.75, false));
          }
        }
      }
      before(s, p, ctx, facts);
      k += run.size() - 1;
    }
  }

  private void appositive(S s, List<M> run, int from, Context ctx, List<Fact> facts) {
    List<Tok> toks = s.toks();
    int end = from;
    // an appositive ends at punctuation or where a relative clause starts ("who engineered")
    while (end < toks.size() && !APPOSITIVE_END.contains(toks.get(end).word())
        && !toks.get(end).tag().startsWith("W")) {
      if (end - from >= 8 || toks.get(end).tag().startsWith("VB") && !isRoleToken(toks.get(end))) {
        return; // not an appositive: "In addition to Sugu, five others spoke"
      }
      end++;
    }
    if (end <= from) {
      return;
    }
    M org = null;
    boolean ours = false;
    for (int j = from; j < end; j++) {
      M m = mentionAt(s, j);
      if (m != null && m.type() == EntityType.ORGANIZATION && org == null) {
        org = m;
      }
      if (lex.we.contains(toks.get(j).lower()) || lex.i.contains(toks.get(j).lower())) {
        ours = true;
      }
      if (m != null && m.type() == EntityType.PERSON) {
        return;
      }
    }
    boolean job = hasRoleWord(s, from, end);
    Optional<String> role = title(role(s, from, end));
    boolean endsSentence = end >= toks.size() || Set.of(".", ";").contains(toks.get(end).word());
    if (org != null && job) {
      for (M r : run) {
        facts.add(fact(Fact.Predicate.WORKS_FOR, r.ref(), org.ref(), role, s, "appositive-role",
            0.9, false));
      }
    } else if (org != null && org.first() == from && org.last() + 1 == end
        && (endsSentence || s.block().kind() == Block.Kind.LIST_ITEM)) {
      for (M r : run) {
        facts.add(fact(Fact.Predicate.WORKS_FOR, r.ref(), org.ref(), Optional.empty(), s,
            "person-comma-org", 0.8, false));
      }
    } else if (ours && job && ctx.publisher().isPresent()) {
      for (M r : run) {
        facts.add(fact(Fact.Predicate.WORKS_FOR, r.ref(), ctx.publisher().get(), role, s,
            "our-role", 0.85 * ctx.publisherConfidence(), true));
      }
    }
  }

  /** Before the name: "PlanetScale CTO X", "Our CEO, X", "our Minister of Engineering X". */
  private void before(S s, M p, Context ctx, List<Fact> facts) {
    List<Tok> toks = s.toks();
    int j = p.first() - 1;
    if (j >= 0 && toks.get(j).word().equals(",")) {
      j--;
    }
    int roleEnd = j;
    while (j >= 0 && j > roleEnd - 6 && (isRoleToken(toks.get(j))
        || Set.of("of", "and", "&", "-").contains(toks.get(j).lower())
        || (Character.isUpperCase(toks.get(j).word().charAt(0)) && mentionAt(s, j) == null
            && !lex.we.contains(toks.get(j).lower()) && !lex.i.contains(toks.get(j).lower())))) {
      j--;
    }
    int roleStart = j + 1;
    if (roleStart > roleEnd) {
      return;
    }
    if (!hasRoleWord(s, roleStart, roleEnd + 1)) {
      return;
    }
    Optional<String> role = title(role(s, roleStart, roleEnd + 1));
    M org = j >= 0 ? mentionAt(s, j) : null;
    if (org != null && org.type() == EntityType.ORGANIZATION) {
      facts.add(fact(Fact.Predicate.WORKS_FOR, p.ref(), org.ref(), role, s, "org-role-name", 0.9,
          false));
    } else if (j >= 0 && (lex.we.contains(toks.get(j).lower())
        || lex.i.contains(toks.get(j).lower())) && ctx.publisher().isPresent()) {
      boolean colleague = lex.colleague.contains(toks.get(roleEnd).lemma());
      facts.add(fact(Fact.Predicate.WORKS_FOR, p.ref(), ctx.publisher().get(),
          colleague ? Optional.empty() : role, s, colleague ? "my-colleague" : "our-role",
          0.85 * ctx.publisherConfidence(), true));
    } else if (ctx.publisher().isPresent() && roleStart == roleEnd
        && Character.isLowerCase(toks.get(roleStart).word().charAt(0))) {
      // "engineer Deepthi Sigireddi": a bare role in the blog's own voice
      facts.add(fact(Fact.Predicate.WORKS_FOR, p.ref(), ctx.publisher().get(), role, s,
          "bare-role", 0.5 * ctx.publisherConfidence(), true));
    }
  }

  private boolean hasRoleWord(S s, int from, int to) {
    for (int j = from; j < to && j < s.toks().size(); j++) {
      if (isRoleToken(s.toks().get(j))) {
        return true;
      }
    }
    return false;
  }

  /** A role is a job title unless its last word is generic ("employees") or a colleague. */
  private Optional<String> title(Optional<String> role) {
    return role.filter(r -> {
      String[] words = r.split("\\s+");
      String last = words[words.length - 1];
      return !lex.isGenericRole(last) && !lex.colleague.contains(last.toLowerCase(Locale.ROOT)
          .replaceAll("s$", ""));
    });
  }

  private boolean isRoleToken(Tok t) {
    return lex.isRole(t.word()) || lex.colleague.contains(t.lemma());
  }

  private static final Set<String> ROLE_LEAD_WORDS = Set.of("our", "my", "the", "a", "an",
      "his", "her", "their", "of", "one", "another", "and", "'s", "’s");

  /**
   * The job title in tokens [from, to) of a sentence: from its first word to its last role word,
   * without lead words ("two of our database engineers" is "database engineers") or a company
   * ("PlanetScale CTO" is "CTO").
   */
  private Optional<String> role(S s, int from, int to) {
    List<Tok> toks = s.toks();
    int last = -1;
    for (int j = from; j < to; j++) {
      if (isRoleToken(toks.get(j))) {
        last = j;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    // "Minister of Engineering": a title may go on with "of X"
    if (last + 2 < toks.size() && toks.get(last + 1).lower().equals("of")
        && Character.isUpperCase(toks.get(last + 2).word().charAt(0))
        && mentionAt(s, last + 2) == null) {
      last = last + 2;
    }
    int first = from;
    while (first < last) {
      Tok t = toks.get(first);
      if (!(ROLE_LEAD_WORDS.contains(t.lower()) || t.tag().equals("POS") || t.tag().equals("CD")
          || mentionAt(s, first) != null)) {
        break;
      }
      first++;
    }
    StringBuilder sb = new StringBuilder();
    for (int j = first; j <= last; j++) {
      Tok t = toks.get(j);
      if (sb.length() > 0 && !t.word().equals("-") && !sb.toString().endsWith("-")) {
        sb.append(' ');
      }
      sb.append(t.word());
    }
    String r = sb.toString().strip();
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  private static M mentionAt(S s, int token) {
    for (M m : s.ms()) {
      if (m.first() <= token && token <= m.last()) {
        return m;
      }
    }
    return null;
  }

  /** Authors work where the blog's voice does, and where their front matter says. */
  private void authors(Post post, Context ctx, List<Fact> facts) {
    ctx.author().ifPresent(a -> ctx.publisher().ifPresent(org -> facts.add(new Fact(
        Fact.Predicate.WORKS_FOR, new Ref(EntityType.PERSON, a), org, Optional.empty(), -1,
        "author-of-blog", 0.8 * ctx.publisherConfidence(), true))));
  }

  // ------------------------------------------------------------------------------------------
  // uses

  /**
   * An organization uses a technology when a sentence names both near a word that says so:
   * "companies like JD.com and HubSpot choose to deploy Vitess", "Slack scaled Vitess", "big TiDB
   * user, Mobike", "Vitess's list of adopters, from Slack, JD.com, Pinterest".
   */
  private void uses(S s, Context ctx, List<Fact> facts) {
    List<Tok> toks = s.toks();
    List<M> orgs = s.ms().stream().filter(m -> m.type() == EntityType.ORGANIZATION).toList();
    List<M> techs = s.ms().stream().filter(m -> m.type() == EntityType.TECHNOLOGY).toList();
    if (techs.isEmpty()) {
      return;
    }
    List<Integer> triggers = new ArrayList<>();
    for (Tok t : toks) {
      if (lex.useLemmas.contains(t.lemma())) {
        triggers.add(t.index());
      }
    }
    String lower = toks.stream().map(Tok::lower).reduce((a, b) -> a + " " + b).orElse("");
    for (String phrase : lex.usePhrases) {
      int at = lower.indexOf(phrase);
      if (at >= 0) {
        triggers.add(tokenAtChar(toks, lower, at));
      }
    }
    if (triggers.isEmpty()) {
      return;
    }
    for (M o : orgs) {
      for (M t : techs) {
        int lo = Math.min(o.first(), t.first());
        int hi = Math.max(o.last(), t.last());
        if (hi - lo > 14 || sameWords(o, t)) {
          continue;
        }
        // the word that says so stands between the two: "Slack scaled Vitess", "TiDB user, Mobike"
        int from = Math.min(o.last(), t.last());
        int to = Math.max(o.first(), t.first());
        boolean near = triggers.stream().anyMatch(i -> i > from && i < to);
        if (near) {
          boolean userOf = t.last() + 1 < toks.size() && t.last() < o.first()
              && Set.of("user", "users", "customer", "customers", "adopter", "adopters")
                  .contains(toks.get(t.last() + 1).lower());
          facts.add(fact(Fact.Predicate.USES, o.ref(), t.ref(), Optional.empty(), s,
              userOf ? "technology-user" : "uses-near-trigger", userOf ? 0.85 : 0.6, false));
        }
      }
    }
  }

  private static boolean sameWords(M a, M b) {
    return a.first() <= b.last() && b.first() <= a.last();
  }

  private static int tokenAtChar(List<Tok> toks, String joined, int charIndex) {
    int pos = 0;
    for (Tok t : toks) {
      if (pos >= charIndex) {
        return t.index();
      }
      pos += t.lower().length() + 1;
    }
    return toks.size() - 1;
  }

  // ------------------------------------------------------------------------------------------
  // events: where, and who sponsored

  /**
   * An event is held in the place named nearest to it in a sentence ("this year's Percona Live
   * Europe in Amsterdam", "a successful TiDB DevCon in Beijing"). Regions ("in Europe") say where
   * a conference is from, not where it was held.
   */
  private void heldIn(S s, List<Fact> facts) {
    List<M> events = s.ms().stream().filter(m -> m.type() == EntityType.EVENT).toList();
    if (events.isEmpty()) {
      return;
    }
    for (M place : s.ms()) {
      if (place.type() != EntityType.PLACE || gazetteer.region(place.ref().name()).isPresent()) {
        continue;
      }
      M nearest = null;
      int best = Integer.MAX_VALUE;
      for (M e : events) {
        int d = place.first() > e.last() ? place.first() - e.last() : e.first() - place.last();
        if (d < best) {
          best = d;
          nearest = e;
        }
      }
      if (nearest != null && best <= 20) {
        boolean in = place.first() >= 1 && place.first() > nearest.last()
            && Set.of("in", "at").contains(s.toks().get(place.first() - 1).lower());
        double confidence = Math.max(0.4, (in && best <= 3 ? 0.95 : 0.8) - best * 0.01);
        facts.add(fact(Fact.Predicate.HELD_IN, nearest.ref(), place.ref(), Optional.empty(), s,
            in && best <= 3 ? "event-in-place" : "event-near-place", confidence, false));
      }
    }
  }

  /** "We were Gold Sponsors", "sponsored by Acme": who sponsored the event. */
  private void sponsors(S s, Context ctx, Optional<String> mainEvent, List<Fact> facts) {
    if (s.toks().stream().noneMatch(t -> lex.sponsor.contains(t.lemma()))) {
      return;
    }
    Optional<String> event = s.ms().stream().filter(m -> m.type() == EntityType.EVENT)
        .map(m -> m.ref().name()).findFirst().or(() -> mainEvent);
    if (event.isEmpty()) {
      return;
    }
    Ref e = new Ref(EntityType.EVENT, event.get());
    boolean any = false;
    for (M m : s.ms()) {
      if (m.type() == EntityType.ORGANIZATION) {
        facts.add(fact(Fact.Predicate.SPONSORS, m.ref(), e, Optional.empty(), s, "sponsor", 0.7,
            false));
        any = true;
      }
    }
    if (!any && ctx.publisher().isPresent()
        && s.toks().stream().anyMatch(t -> lex.we.contains(t.lower()))) {
      facts.add(fact(Fact.Predicate.SPONSORS, ctx.publisher().get(), e, Optional.empty(), s,
          "we-sponsored", 0.75 * ctx.publisherConfidence(), true));
    }
  }

  // ------------------------------------------------------------------------------------------

  private static Fact fact(Fact.Predicate p, Ref subject, Ref object, Optional<String> role, S s,
      String rule, double confidence, boolean implicit) {
    return new Fact(p, subject, object, role, s.index(), rule, confidence, implicit);
  }

  /** One fact per predicate, subject, object and sentence: the surest reading wins. */
  private static List<Fact> dedupe(List<Fact> facts) {
    Map<String, Fact> out = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f.subject().equals(f.object())) {
        continue;
      }
      String key = f.predicate() + "|" + f.subject() + "|" + f.object() + "|" + f.sentence();
      out.merge(key, f, (a, b) -> b.confidence() > a.confidence() ? b : a);
    }
    return new ArrayList<>(out.values());
  }

  /** Finds quoted titles: “My First 90 Days with Vitess”. */
  static Optional<String> quoted(String sentence) {
    Matcher m = QUOTED.matcher(sentence);
    return m.find() ? Optional.of(m.group(1).strip().replaceAll("[.,]$", "")) : Optional.empty();
  }
}
