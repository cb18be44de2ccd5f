package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A talk that is a line of a Markdown list: "[Title](recording) - Speaker &amp; Speaker ..." or
 * "Speaker &amp; Speaker: Title". The list item is the talk; its sentence gives the topics.
 */
final class ListedTalk {
  private static final Pattern DASH = Pattern.compile("--?|[–—:]");

  private final Lexicon lex;

  ListedTalk(Lexicon lex) {
    this.lex = lex;
  }

  /** The talk a list item's first sentence lists, if it is one. */
  Optional<TalkBuilder> read(TaggedSentence s, PostContext post) {
    if (!s.in(Block.Kind.LIST_ITEM) || s.start() > s.block().start() + 1) {
      return Optional.empty();
    }
    Optional<Link> link = post.links().stream().filter(l -> l.kind() == Link.Kind.LINK
        && l.start() <= s.block().start() + 2 && l.start() >= s.block().start()
        && l.end() > l.start()).findFirst();
    if (link.isPresent()) {
      return linkedTitle(s, post, link.get());
    }
    return speakersColonTitle(s, post);
  }

  /** "[Title](url) - Speaker & Speaker": the speakers right after the linked title. */
  private Optional<TalkBuilder> linkedTitle(TaggedSentence s, PostContext post, Link link) {
    int after = s.tokens().stream().filter(t -> t.start() >= link.end()).findFirst()
        .map(Token::index).orElse(-1);
    if (after < 0) {
      return Optional.empty();
    }
    while (after < s.size() && DASH.matcher(s.token(after).word()).matches()) {
      after++;
    }
    List<String> speakers = s.personRun(after, lex.nameJoiners);
    if (speakers.isEmpty()) {
      return Optional.empty();
    }
    TalkBuilder t = new TalkBuilder(Rule.TALK_LIST_LINK, Rule.TALK_LIST_LINK.confidence(),
        speakers, s.index());
    t.title = Optional.of(post.text().substring(link.start(), link.end()).strip());
    if (lex.recordingHost.matcher(link.url()).find()) {
      t.recording = Optional.of(link.url());
    }
    t.addTopics(s, -1);
    return Optional.of(t);
  }

  /** "Speaker & Speaker: Title": a run of names from the item's start, then a colon. */
  private Optional<TalkBuilder> speakersColonTitle(TaggedSentence s, PostContext post) {
    if (s.mentions().isEmpty() || s.mentions().get(0).type() != EntityType.PERSON
        || s.mentions().get(0).first() != 0) {
      return Optional.empty();
    }
    List<PlacedMention> run = s.personRunFrom(0, lex.nameJoiners);
    int end = run.get(run.size() - 1).last();
    if (end + 1 >= s.size() || !s.token(end + 1).word().equals(":")) {
      return Optional.empty();
    }
    TalkBuilder t = new TalkBuilder(Rule.TALK_LIST_COLON, Rule.TALK_LIST_COLON.confidence(),
        run.stream().map(PlacedMention::name).toList(), s.index());
    int from = s.token(Math.min(end + 2, s.size() - 1)).start();
    t.title = Optional.of(post.text().substring(from, s.end()).strip());
    t.addTopics(s, end);
    return Optional.of(t);
  }
}
