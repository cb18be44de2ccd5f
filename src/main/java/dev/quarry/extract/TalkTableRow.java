package dev.quarry.extract;

import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A talk that is a row of a schedule table: one cell is a run of speakers ("Jane Doe (Acme)",
 * "A &amp; B"), the longest other cell of words is its title; times, rooms and tracks are noise.
 */
final class TalkTableRow {
  /** A cell that is no title: a time, a date, a number, a room code. */
  private static final Pattern NOT_WORDS = Pattern.compile("[\\d:.\\-–—/ apmAPM]*");

  private final SpeakerRun speakers;

  TalkTableRow(SpeakerRun speakers) {
    this.speakers = speakers;
  }

  /** The talk a table row lists, if one of its cells is a run of speakers. */
  Optional<TalkBuilder> read(TaggedSentence s, PostContext post) {
    if (!s.in(Block.Kind.TABLE)) {
      return Optional.empty();
    }
    List<int[]> cells = cells(s);
    for (int c = 0; c < cells.size(); c++) {
      int from = cells.get(c)[0];
      if (cells.size() < 2 || s.mentionAt(from)
          .filter(m -> m.type() == EntityType.PERSON && m.first() == from).isEmpty()) {
        continue;
      }
      SpeakerRun.Speakers run = speakers.read(s, from);
      Optional<int[]> title = title(s, cells, c, post.text());
      if (run.names().isEmpty() || title.isEmpty()) {
        continue;
      }
      TalkBuilder t = new TalkBuilder(Rule.TALK_TABLE_ROW, Rule.TALK_TABLE_ROW.confidence(),
          run.names(), s.index());
      t.closed = true;
      t.speakerStart = from;
      t.speakerEnd = run.end();
      t.affiliations.addAll(run.affiliations());
      int[] words = title.get();
      t.title = Optional.of(post.text().substring(s.token(words[0]).start(),
          s.token(words[1] - 1).end()).strip());
      t.addLineTopics(s);
      return Optional.of(t);
    }
    return Optional.empty();
  }

  /** The row's cells as token ranges [from, to), split at the "|" between them. */
  private static List<int[]> cells(TaggedSentence s) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= s.size(); i++) {
      if (i == s.size() || s.token(i).word().equals("|")) {
        if (i > start) {
          out.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * The title cell for speakers in cell {@code c}: of the cells of two words or more that start
   * with no person and are no time or number, the longest ("Room B", "Track 2" and a company's
   * name are shorter than a talk's title), the nearer one before the speakers on a tie.
   */
  private static Optional<int[]> title(TaggedSentence s, List<int[]> cells, int c, String text) {
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < cells.size(); k++) {
      int[] cell = cells.get(k);
      String words = text.substring(s.token(cell[0]).start(), s.token(cell[1] - 1).end());
      boolean person = s.mentionAt(cell[0]).filter(m -> m.type() == EntityType.PERSON)
          .isPresent();
      if (k == c || cell[1] - cell[0] < 2 || person || NOT_WORDS.matcher(words).matches()) {
        continue;
      }
      int length = cell[1] - cell[0];
      int distance = k < c ? c - k : c - k + cells.size(); // before the speakers first
      int bestLength = best == null ? 0 : best[1] - best[0];
      if (length > bestLength || length == bestLength && distance < bestDistance) {
        best = cell;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
