package dev.quarry.extract;

import dev.quarry.extract.TableColumns.Role;
import dev.quarry.post.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A talk that is a row of a schedule table: one cell is a run of speakers ("Jane Doe (Acme)",
 * "A &amp; B"), the longest other cell of words is its title; times, rooms and tracks are noise.
 * Where the table's header names its columns ({@link TableColumns}), the speakers are under
 * "Speaker", the title under "Talk" or "Session", the talk's event under "Event" and the speakers'
 * company under "Company".
 */
final class TalkTableRow {
  /** A cell that is no title: a time, a date, a number, a room code. */
  private static final Pattern NOT_WORDS = Pattern.compile("[\\d:.\\-–—/ apmAPM]*");

  private final SpeakerRun speakers;
  private final TableColumns columns;

  TalkTableRow(SpeakerRun speakers, TableColumns columns) {
    this.speakers = speakers;
    this.columns = columns;
  }

  /** What the columns of the table a sentence is a row of hold; none without a header. */
  List<Role> roles(TaggedSentence s, PostContext post) {
    return columns.of(post.blocks(), s.blockIndex(), post.text());
  }

  /** The talk a table's body row lists, if one of its cells is a run of speakers. */
  Optional<TalkBuilder> read(TaggedSentence first, List<TaggedSentence> all, PostContext post) {
    if (!first.in(Block.Kind.TABLE) || first.block().tableHeader()) {
      return Optional.empty();
    }
    TaggedSentence s = TaggedSentences.row(first, all);
    List<Role> roles = roles(s, post);
    List<int[]> cells = cells(s, post);
    boolean speakerColumn = roles.contains(Role.SPEAKER);
    for (int c = 0; c < cells.size(); c++) {
      int from = cells.get(c)[0];
      if (cells.size() < 2 || cells.get(c)[1] <= from
          || speakerColumn && role(roles, c) != Role.SPEAKER || s.mentionAt(from)
          .filter(m -> m.type() == EntityType.PERSON && m.first() == from).isEmpty()) {
        continue;
      }
      SpeakerRun.Speakers run = speakers.read(s, from);
      Optional<int[]> title = roles.contains(Role.TALK) ? column(cells, roles, Role.TALK, c)
          : title(s, cells, c, post.text());
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
      if (roles.contains(Role.TALK)) {
        t.addTopics(s, -1, words[0], words[1]);
      } else {
        t.addLineTopics(s);
      }
      t.event = event(s, cells, roles, c, words);
      t.eventConfidence = t.confidence;
      t.eventGiven = t.event.isPresent() || roles.contains(Role.EVENT);
      companies(s, cells, roles, t);
      return Optional.of(t);
    }
    return Optional.empty();
  }

  private static Role role(List<Role> roles, int c) {
    return c < roles.size() ? roles.get(c) : Role.OTHER;
  }

  /** The row's cells as token ranges [from, to), one for each column (empty ones too). */
  private static List<int[]> cells(TaggedSentence s, PostContext post) {
    List<int[]> out = new ArrayList<>();
    for (int[] cell : TableColumns.cells(post.text(), s.block())) {
      int from = -1;
      int to = -1;
      for (Token t : s.tokens()) {
        if (t.start() >= cell[0] && t.end() <= cell[1]) {
          from = from < 0 ? t.index() : from;
          to = t.index() + 1;
        }
      }
      out.add(from < 0 ? new int[] {0, 0} : new int[] {from, to});
    }
    return out;
  }

  /** The first cell other than {@code speakers} under a column of a role that holds words. */
  private static Optional<int[]> column(List<int[]> cells, List<Role> roles, Role role,
      int speakers) {
    for (int k = 0; k < cells.size(); k++) {
      if (k != speakers && role(roles, k) == role && cells.get(k)[1] > cells.get(k)[0]) {
        return Optional.of(cells.get(k));
      }
    }
    return Optional.empty();
  }

  /**
   * The talk's event: the one its event column names; without that column, one another cell
   * than its title and speakers names.
   */
  private static Optional<String> event(TaggedSentence s, List<int[]> cells, List<Role> roles,
      int speakers, int[] title) {
    boolean eventColumn = roles.contains(Role.EVENT);
    for (int k = 0; k < cells.size(); k++) {
      int[] cell = cells.get(k);
      if (eventColumn ? role(roles, k) != Role.EVENT : k == speakers || cell == title) {
        continue;
      }
      Optional<PlacedMention> event = s.mentionsOf(EntityType.EVENT).stream()
          .filter(m -> m.first() >= cell[0] && m.last() < cell[1]).findFirst();
      if (event.isPresent()) {
        return Optional.of(event.get().name());
      }
    }
    return Optional.empty();
  }

  /** The company a company column names, for each speaker the speakers' cell gives none. */
  private static void companies(TaggedSentence s, List<int[]> cells, List<Role> roles,
      TalkBuilder t) {
    for (int k = 0; k < cells.size(); k++) {
      int[] cell = cells.get(k);
      List<PlacedMention> orgs = role(roles, k) != Role.COMPANY ? List.of()
          : s.mentionsOf(EntityType.ORGANIZATION).stream()
              .filter(m -> m.first() >= cell[0] && m.last() < cell[1]).toList();
      if (orgs.size() != 1) {
        continue;
      }
      for (String speaker : t.speakers) {
        if (t.affiliations.stream().noneMatch(a -> a.person().equals(speaker))) {
          t.affiliations.add(new SpeakerRun.Affiliation(speaker, orgs.get(0).ref(),
              Optional.empty()));
        }
      }
    }
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
      if (k == c || cell[1] - cell[0] < 2) {
        continue;
      }
      String words = text.substring(s.token(cell[0]).start(), s.token(cell[1] - 1).end());
      boolean person = s.mentionAt(cell[0]).filter(m -> m.type() == EntityType.PERSON)
          .isPresent();
      if (person || NOT_WORDS.matcher(words).matches()) {
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
