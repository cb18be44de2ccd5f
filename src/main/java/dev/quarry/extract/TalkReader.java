package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the talks of a post: each listed or told in a sentence, joined with the sentences that go
 * on about it, placed at its event and given its recording.
 */
final class TalkReader {
  private final Lexicon lex;
  private final TalkLine lines;
  private final ProseTalk prose;
  private final Recordings recordings;

  TalkReader(Lexicon lex) {
    this.lex = lex;
    this.lines = new TalkLine(lex);
    this.prose = new ProseTalk(lex);
    this.recordings = new Recordings(lex);
  }

  List<TalkBuilder> read(List<TaggedSentence> sentences, PostContext post) {
    List<TalkBuilder> talks = new ArrayList<>();
    TalkBuilder lastInBlock = null;
    Map<Integer, TalkBuilder> bySection = new HashMap<>();
    for (TaggedSentence s : sentences) {
      if (s.in(Block.Kind.TITLE)) {
        continue;
      }
      if (lastInBlock != null && lastInBlock.block != s.blockIndex()) {
        lastInBlock = null;
      }
      TalkBuilder sectionTalk = bySection.get(s.section());
      // a talk read nearby, or one the sentence before titled ("Our next webinar, [Title](url),
      // is on May 3."), lets weaker verbs tell of a talk: "Jane Doe will share ..."
      Optional<String> introduced = introducedTitle(s, sentences, post);
      // so does a section whose heading names talks: "Talks we loved", "Sessions"
      boolean nearTalk = sectionTalk != null || lastInBlock != null || introduced.isPresent()
          || TaggedSentences.sectionHeading(s, sentences).stream()
              .anyMatch(h -> h.any(t -> t.tag().startsWith("NN")
                  && lex.talkSectionNouns.contains(t.lemma())));
      boolean heading = s.in(Block.Kind.HEADING);
      List<TalkBuilder> read = lines.read(s, sentences, post).map(List::of).orElse(List.of());
      List<String> joined = joinedBy(s);
      if (read.isEmpty() && !heading && (lastInBlock == null || joined.isEmpty())) {
        read = prose.read(s, sentences, post, nearTalk);
      }
      if (read.isEmpty()) {
        // "The talk shared ideas on Rust": a later sentence about the same talk adds its topics;
        // "He is joined by Y" adds a speaker
        // "He also demonstrated X" opening a later paragraph: the section's talk goes on
        // "Highlights from the talk:" then a list: each item goes on about the section's talk
        boolean talkList = sectionTalk != null && !sectionTalk.closed && lastInBlock == null
            && TaggedSentences.leadIn(s, sentences).stream().anyMatch(this::namesTheTalk);
        TalkBuilder about = lastInBlock != null ? lastInBlock
            : (talkList || startsWithPronoun(s)) && sectionTalk != null && !sectionTalk.closed
                ? sectionTalk : null;
        if (!heading && about != null && (talkList || refersBack(s) || !joined.isEmpty())) {
          about.addTopics(s, -1);
          about.sentences.add(s.index());
          for (String person : joined) {
            if (!about.speakers.contains(person)) {
              about.speakers.add(person);
            }
          }
        }
        continue;
      }
      for (TalkBuilder t : read) {
        Optional<TalkBuilder> same = sameTalk(t, s, sectionTalk, lastInBlock, talks);
        if (same.isPresent()) {
          same.get().topics.addAll(t.topics);
          if (!same.get().sentences.contains(s.index())) {
            same.get().sentences.add(s.index());
          }
          if (same.get().title.isEmpty()) {
            same.get().title = t.title;
          }
          lastInBlock = same.get();
          continue;
        }
        t.block = s.blockIndex();
        t.section = s.section();
        if (t.title.isEmpty()) {
          t.title = introduced;
        }
        placeTalk(t, s, sentences, post.mainEvent());
        talks.add(t);
        lastInBlock = t;
        bySection.putIfAbsent(s.section(), t);
      }
    }
    Map<String, Ref> technologies = technologies(sentences, post.text());
    for (TalkBuilder t : talks) {
      // "Scaling TiDB" titles a talk about TiDB, wherever the title was read
      t.title.ifPresent(title -> technologies.forEach((surface, ref) -> {
        if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface)
            + "(?![\\p{L}\\p{N}])").matcher(title).find()) {
          t.topics.add(ref);
        }
      }));
      if (t.sentences.stream().anyMatch(i -> thisTalk(sentences.get(i), post.text()))) {
        // "This is the talk X gave at Y", "X gave this talk at Y": the post is the talk, and its
        // title says what the talk is about
        sentences.stream().filter(s -> s.in(Block.Kind.TITLE)).forEach(s -> t.addTopics(s, -1));
      }
    }
    recordings.find(talks, sentences, post);
    return talks;
  }

  /**
   * The title the sentence before gave a talk it named without speakers: "Our next webinar,
   * [Sharding Without Pain](url), is on June 3. Jane Doe will share ..."
   */
  private Optional<String> introducedTitle(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    if (s.index() == 0 || all.get(s.index() - 1).blockIndex() != s.blockIndex()) {
      return Optional.empty();
    }
    TaggedSentence before = all.get(s.index() - 1);
    if (!before.mentionsOf(EntityType.PERSON).isEmpty()) {
      return Optional.empty();
    }
    for (Token t : before.tokens()) {
      if (!lex.talkNouns.contains(t.lemma())) {
        continue;
      }
      Optional<String> linked = post.links().stream()
          .filter(l -> l.kind() == dev.quarry.post.Link.Kind.LINK && l.end() > l.start()
              && l.start() >= t.end() && l.start() <= t.end() + 3 && l.end() <= before.end())
          .findFirst().map(l -> post.text().substring(l.start(), l.end()).strip());
      if (linked.isPresent()) {
        return linked;
      }
    }
    return Optional.empty();
  }

  /** The technologies the post names, by the words it names them with. */
  private static Map<String, Ref> technologies(List<TaggedSentence> sentences, String text) {
    Map<String, Ref> out = new HashMap<>();
    for (TaggedSentence s : sentences) {
      for (PlacedMention m : s.mentionsOf(EntityType.TECHNOLOGY)) {
        out.putIfAbsent(text.substring(s.token(m.first()).start(), s.token(m.last()).end()),
            m.ref());
      }
    }
    return out;
  }

  /** "the talk", "this session", "her keynote": a talk told of before, by its noun. */
  private boolean namesTheTalk(TaggedSentence s) {
    return s.any(t -> lex.talkNouns.contains(t.lemma()) && t.index() >= 1
        && lex.talkDefinite.contains(s.token(t.index() - 1).lower()));
  }

  /**
   * Whether a sentence speaks of the post itself as the talk: "this talk", "This is the speech",
   * "This article is based on a talk".
   */
  private boolean thisTalk(TaggedSentence s, String text) {
    if (lex.selfReference.matcher(s.text(text)).find()
        && s.any(t -> lex.talkNouns.contains(t.lemma()))) {
      return true;
    }
    for (Token t : s.tokens()) {
      int i = t.index();
      boolean talkNoun = lex.talkNouns.contains(t.lemma());
      if (talkNoun && i >= 1 && s.token(i - 1).lower().equals("this")) {
        return true;
      }
      if (talkNoun && i >= 3 && i <= 4 && s.token(0).lower().equals("this")
          && s.token(1).lemma().equals("be")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same talk told again: one in the same paragraph or section with every speaker of this
   * one; or, for "X's talk", any talk of X's read before ("If you missed Morgan's talk") unless
   * the sentence puts it at another event ("X's talk at FooConf last year").
   */
  private static Optional<TalkBuilder> sameTalk(TalkBuilder t, TaggedSentence s,
      TalkBuilder sectionTalk, TalkBuilder blockTalk, List<TalkBuilder> all) {
    Optional<String> named = s.mentionsOf(EntityType.EVENT).stream().findFirst()
        .map(PlacedMention::name);
    for (TalkBuilder candidate : new TalkBuilder[] {blockTalk, sectionTalk}) {
      if (candidate != null && !candidate.closed && candidate.speakers.containsAll(t.speakers)
          && sameEvent(candidate, named)) {
        return Optional.of(candidate);
      }
    }
    if (t.rule == Rule.TALK_POSSESSIVE) {
      return all.stream().filter(c -> c.speakers.containsAll(t.speakers))
          .filter(c -> sameEvent(c, named)).findFirst();
    }
    return Optional.empty();
  }

  /** Whether a talk can be the one a sentence naming {@code named} (if any) tells of again. */
  private static boolean sameEvent(TalkBuilder talk, Optional<String> named) {
    return named.isEmpty() || talk.event.isEmpty() || talk.event.equals(named);
  }

  /** A sentence that goes on about the talk before it: "The talk shared...", "He then showed..." */
  private boolean refersBack(TaggedSentence s) {
    if (s.tokens().isEmpty()) {
      return false;
    }
    boolean talkWord = s.tokens().stream().limit(4).anyMatch(t -> lex.talkNouns.contains(t.lemma()));
    return talkWord || lex.speakerPronouns.contains(s.token(0).lower());
  }

  /** "He ...", "She ...", "They ...": a sentence whose subject is someone named before. */
  private boolean startsWithPronoun(TaggedSentence s) {
    return s.size() > 0 && s.token(0).tag().equals("PRP")
        && lex.speakerPronouns.contains(s.token(0).lower());
  }

  /** "He is joined by A and B": the people who join the speakers of the talk before. */
  private List<String> joinedBy(TaggedSentence s) {
    for (Token t : s.tokens()) {
      if (t.lemma().equals("join") && t.tag().equals("VBN") && s.nextIs(t.index(), "by")) {
        return s.personRun(t.index() + 2, lex.nameJoiners);
      }
    }
    return List.of();
  }

  /**
   * The event a list's lead-in names, for a talk in a list item: "FooConf is next week, and we
   * give three talks there:" then the talks. Only when that paragraph names one event.
   */
  private static Optional<String> leadInEvent(TaggedSentence s, List<TaggedSentence> all) {
    List<String> events = TaggedSentences.leadIn(s, all).stream()
        .flatMap(p -> p.mentionsOf(EntityType.EVENT).stream()).map(PlacedMention::name)
        .distinct().toList();
    return events.size() == 1 ? Optional.of(events.get(0)) : Optional.empty();
  }

  /**
   * The event of a talk: the one its line gave (a table's event column, "TBA" none); else one named
   * in its sentence; none if the sentence puts it elsewhere ("a
   * talk to the local meetup"); else the one its list's lead-in names; else the event of its
   * section's heading; else the post's event.
   */
  private void placeTalk(TalkBuilder t, TaggedSentence s, List<TaggedSentence> all,
      Optional<String> mainEvent) {
    if (t.eventGiven) {
      return;
    }
    Optional<PlacedMention> named = s.mentionsOf(EntityType.EVENT).stream().findFirst();
    if (named.isPresent()) {
      t.event = Optional.of(named.get().name());
      t.eventConfidence = t.confidence;
      return;
    }
    if (s.any(tok -> lex.elsewhere.contains(tok.lemma()))) {
      return;
    }
    Optional<String> leadIn = leadInEvent(s, all);
    if (leadIn.isPresent()) {
      t.event = leadIn;
      t.eventConfidence = t.confidence * Rule.EVENT_FROM_LEAD_IN_FACTOR;
      t.eventImplicit = true;
      return;
    }
    Optional<String> headingEvent = TaggedSentences.sectionHeading(s, all).stream()
        .flatMap(h -> h.mentionsOf(EntityType.EVENT).stream()).map(PlacedMention::name)
        .findFirst();
    if (headingEvent.isPresent()) {
      t.event = headingEvent;
      t.eventConfidence = t.confidence * Rule.EVENT_FROM_HEADING_FACTOR;
      t.eventImplicit = true;
    } else if (mainEvent.isPresent()) {
      t.event = mainEvent;
      t.eventConfidence = t.confidence * Rule.EVENT_FROM_POST_FACTOR;
      t.eventImplicit = true;
    }
  }
}
