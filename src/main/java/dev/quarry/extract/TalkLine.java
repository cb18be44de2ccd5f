package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A talk that is a line of a talk listing: a list item, heading or label line whose title is a
 * link, quoted text or the line itself, with its speakers after "by", "with", a dash or a colon,
 * or before a colon: "[Title](recording) - A &amp; B", "## Title by A", "1. “Title” A, Role, Org",
 * "A &amp; B: Title", "Presented by: A, Role at Org" (under the talk's heading); a schedule
 * table's row ({@link TalkTableRow}).
 */
final class TalkLine {
  private static final Pattern SEPARATOR = Pattern.compile("--?|[–—:|,*]");
  private static final Pattern DASH = SpeakerRun.DASH;
  private static final Pattern OPENING_QUOTE = Pattern.compile("[“\"‘'`]{1,2}");
  /** "am" and "pm" after a time, which a tagger may read as verbs. */
  private static final Pattern TIME_OF_DAY = Pattern.compile("[ap]\\.?m\\.?");
  /** A time of day in a schedule: "9:30", "10:05am", "4pm". */
  private static final Pattern TIME = Pattern.compile(
      "(?i)\\d{1,2}:\\d{2}(am|pm)?|\\d{1,2}(am|pm)");

  private final Lexicon lex;
  private final SpeakerRun speakers;
  private final TalkTableRow rows;

  TalkLine(Lexicon lex) {
    this.lex = lex;
    this.speakers = new SpeakerRun(lex);
    this.rows = new TalkTableRow(speakers, new TableColumns(lex));
  }

  /**
   * The talk a sentence lists, if it is a talk line: a label line anywhere, other forms as the
   * first sentence of a list item or heading (or of a paragraph that opens with a link).
   */
  Optional<TalkBuilder> read(TaggedSentence s, List<TaggedSentence> all, PostContext post) {
    if (s.size() == 0) {
      return Optional.empty();
    }
    Optional<TalkBuilder> label = labelLine(s, all, post);
    if (label.isPresent() || s.start() > s.block().start() + 1) {
      return label;
    }
    if (s.in(Block.Kind.TABLE)) {
      boolean talkTable = TableColumns.listsTalks(rows.roles(s, post));
      return talkTable || talkContext(s, all, post) ? rows.read(s, all, post) : Optional.empty();
    }
    if (!(s.in(Block.Kind.LIST_ITEM) || s.in(Block.Kind.HEADING))) {
      return s.in(Block.Kind.PARAGRAPH)
          ? linkedTitle(s, all, post).or(() -> speakerLine(s, all, post)) : Optional.empty();
    }
    return linkedTitle(s, all, post).or(() -> quotedTitle(s, all, post))
        .or(() -> plainTitle(s, all, post)).or(() -> speakersThenTitle(s, all, post));
  }

  /** "[Title](url) - A & B", "[Title](url) by A, Acme": a line that opens with a link. */
  private Optional<TalkBuilder> linkedTitle(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    Optional<Link> link = post.linkOpening(s.block());
    if (link.isEmpty()) {
      return Optional.empty();
    }
    int after = s.tokens().stream().filter(t -> t.start() >= link.get().end()).findFirst()
        .map(Token::index).orElse(s.size());
    int dashes = after;
    while (dashes < s.size() && DASH.matcher(s.token(dashes).word()).matches()
        || dashes < s.size() && s.token(dashes).word().equals(":")) {
      dashes++;
    }
    boolean recording = lex.recordingHost.matcher(link.get().url()).find();
    Optional<TalkBuilder> talk = s.in(Block.Kind.LIST_ITEM)
        ? talk(s, dashes, Rule.TALK_LIST_LINK) : Optional.empty();
    if (talk.isEmpty() && (recording || talkContext(s, all, post))) {
      talk = talk(s, speakersAfter(s, after), Rule.TALK_LINE);
    }
    talk.ifPresent(t -> {
      t.title = Optional.of(post.text().substring(link.get().start(), link.get().end()).strip());
      if (recording) {
        t.recording = Optional.of(link.get().url());
      }
      t.addLineTopics(s);
    });
    return talk;
  }

  /** "“Title” A, Role, Org", "'Title' by A": a line that opens with a quoted title. */
  private Optional<TalkBuilder> quotedTitle(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    if (!OPENING_QUOTE.matcher(s.token(0).word()).matches()) {
      return Optional.empty();
    }
    int close = 1;
    while (close < s.size() && !s.token(close).tag().equals("''")
        && !s.token(close).word().matches("[”\"’']{1,2}")) {
      close++;
    }
    if (close >= s.size() - 1 || close < 2) {
      return Optional.empty();
    }
    Optional<TalkBuilder> talk = talk(s, speakersAfter(s, close + 1), Rule.TALK_LINE);
    int end = close;
    talk.ifPresent(t -> {
      t.title = Optional.of(post.text().substring(s.token(1).start(), s.token(end - 1).end()));
      t.addLineTopics(s);
    });
    return talk;
  }

  /** "## Title by A", "- Title - A & B": the line's words up to an introducer are the title. */
  private Optional<TalkBuilder> plainTitle(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    if (s.isAt(0, EntityType.PERSON) || lex.notTitles.contains(s.token(0).lower())
        || !talkContext(s, all, post)) {
      return Optional.empty();
    }
    for (int k = 2; k < s.size(); k++) {
      Token t = s.token(k);
      int intro = s.phraseAt(k, lex.introducers);
      boolean dash = DASH.matcher(t.word()).matches() || t.word().equals("(");
      if (intro == 0 && !dash) {
        continue;
      }
      int from = k + Math.max(intro, 1);
      if (intro == 1 && t.lower().equals("with") && s.mentionAt(from)
          .filter(m -> m.type() == EntityType.PERSON && m.last() > m.first()).isEmpty()) {
        continue; // "Fast Builds with Bazel": after "with", only a full name is a speaker
      }
      Optional<TalkBuilder> talk = talk(s, from < s.size() && s.token(from).word().equals(":")
          ? from + 1 : from, s.in(Block.Kind.HEADING) ? Rule.TALK_HEADING : Rule.TALK_LINE);
      if (talk.isPresent() && s.mentionAt(k - 1).filter(m -> m.type() == EntityType.PERSON)
          .isEmpty() && !clauseGoesOn(s, talk.get().speakerEnd)) {
        int end = k;
        talk.get().title = Optional.of(post.text().substring(s.start(), s.token(end - 1).end())
            .strip());
        talk.get().addLineTopics(s);
        return talk;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a sentence goes on as prose after the speakers at {@code end}: "we had lunch with A
   * from Acme, comparing notes on X" is no line of a listing, whose speakers, their companies
   * and times end it.
   */
  private static boolean clauseGoesOn(TaggedSentence s, int end) {
    int depth = 0; // "(watch the recording)" is a note on the line, not prose
    for (int k = end; k < s.size(); k++) {
      Token t = s.token(k);
      depth += t.word().matches("\\(|-LRB-") ? 1 : t.word().matches("\\)|-RRB-") ? -1 : 0;
      if (depth <= 0 && t.tag().matches("VB[DGPZ]?") && !TIME_OF_DAY.matcher(t.lower()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A &amp; B: Title", "A, Acme - Title", "A (Acme): Title": a run of speakers from the line's
   * start, then a colon or a dash.
   */
  private Optional<TalkBuilder> speakersThenTitle(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    if (!s.in(Block.Kind.LIST_ITEM) || !s.isAt(0, EntityType.PERSON)
        || s.mentions().get(0).first() != 0) {
      return Optional.empty();
    }
    Optional<TalkBuilder> talk = talk(s, 0, Rule.TALK_LIST_COLON);
    int end = talk.map(t -> t.speakerEnd).orElse(s.size());
    boolean colon = end + 1 < s.size() && s.token(end).word().equals(":");
    boolean dash = end + 1 < s.size() && DASH.matcher(s.token(end).word()).matches();
    // "- Jane Doe - our new CTO" is no talk: after a dash, only in a talk listing
    if (!colon && !(dash && talkContext(s, all, post))) {
      return Optional.empty();
    }
    TalkBuilder t = talk.get();
    t.title = Optional.of(post.text().substring(s.token(end + 1).start(), s.end()).strip());
    t.addTopics(s, end, end + 1, s.size());
    return Optional.of(t);
  }

  /**
   * "### Title" and then a line of only its speakers ("*Jane Doe, Acme*"), in a talk listing: the
   * heading titles their talk.
   */
  private Optional<TalkBuilder> speakerLine(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    if (s.section() < 0 || s.blockIndex() != s.section() + 1 || !s.isAt(0, EntityType.PERSON)
        || !talkContext(s, all, post)) {
      return Optional.empty();
    }
    Optional<TalkBuilder> talk = talk(s, 0, Rule.TALK_SPEAKER_LINE)
        .filter(t -> t.speakerEnd >= s.size() - 1);
    talk.ifPresent(t -> {
      t.closed = false;
      t.title = sectionHeading(s, all, post.text());
      t.addTopics(TaggedSentences.sectionHeading(s, all).get(0), -1);
    });
    return talk;
  }

  /** "Presented by: A, Role at Org" under the talk's heading (or with the title quoted). */
  private Optional<TalkBuilder> labelLine(TaggedSentence s, List<TaggedSentence> all,
      PostContext post) {
    int n = s.phraseAt(0, lex.speakerLabels);
    if (n == 0) {
      return Optional.empty();
    }
    int from = n < s.size() && s.token(n).word().equals(":") ? n + 1 : n;
    Optional<TalkBuilder> talk = talk(s, from, Rule.TALK_LABEL);
    talk.ifPresent(t -> {
      t.closed = false;
      t.title = ProseTalk.quoted(s.text(post.text())).or(() -> leadingLink(s, post))
          .or(() -> sectionHeading(s, all, post.text()));
      t.addLineTopics(s);
    });
    return talk;
  }

  /** The speakers from a token: after separators and an introducer ("by", "presented by"). */
  private int speakersAfter(TaggedSentence s, int from) {
    int j = from;
    while (j < s.size() && SEPARATOR.matcher(s.token(j).word()).matches()) {
      j++;
    }
    j += j < s.size() ? s.phraseAt(j, lex.introducers) : 0;
    while (j < s.size() && s.token(j).word().equals(":")) {
      j++;
    }
    return j;
  }

  /** A talk whose speakers start at token {@code from}, if a name starts there. */
  private Optional<TalkBuilder> talk(TaggedSentence s, int from, Rule rule) {
    if (from >= s.size()) {
      return Optional.empty();
    }
    SpeakerRun.Speakers run = speakers.read(s, from);
    if (run.names().isEmpty()) {
      return Optional.empty();
    }
    TalkBuilder t = new TalkBuilder(rule, rule.confidence(), run.names(), s.index());
    t.closed = !s.in(Block.Kind.HEADING);
    t.speakerStart = from;
    t.speakerEnd = run.end();
    t.affiliations.addAll(run.affiliations());
    return Optional.of(t);
  }

  /**
   * Whether the line is in a talk listing: the post is about an event, its section's heading
   * names an event or talks, or the line links a recording or gives a time.
   */
  private boolean talkContext(TaggedSentence s, List<TaggedSentence> all, PostContext post) {
    if (post.mainEvent().isPresent()
        || s.any(t -> TIME.matcher(t.lower()).matches() && t.index() > 0)) {
      return true;
    }
    return TaggedSentences.sectionHeading(s, all).stream()
        .anyMatch(h -> !h.mentionsOf(EntityType.EVENT).isEmpty()
            || h.any(t -> lex.talkNouns.contains(t.lemma())));
  }

  /**
   * The title a label line is under: the link that opens the nearest list item or heading before
   * it in its section ("- [Title](url)", then the abstract, then "Presented by: X").
   */
  private static Optional<String> leadingLink(TaggedSentence s, PostContext post) {
    for (int b = s.blockIndex(); b >= 0 && b > s.section(); b--) {
      Block block = post.blocks().get(b);
      if (block.kind() != Block.Kind.LIST_ITEM && block.kind() != Block.Kind.HEADING) {
        continue;
      }
      return post.linkOpening(block)
          .map(l -> post.text().substring(l.start(), l.end()).strip());
    }
    return Optional.empty();
  }

  /** The text of the heading of a sentence's section. */
  private static Optional<String> sectionHeading(TaggedSentence s, List<TaggedSentence> all,
      String text) {
    return TaggedSentences.sectionHeading(s, all).stream().findFirst()
        .map(h -> text.substring(h.block().start(), h.block().end()).strip());
  }
}
