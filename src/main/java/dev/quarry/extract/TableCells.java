package dev.quarry.extract;

import dev.quarry.post.Block;
import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a table's header makes events, organizations or places: a cell under "Event" or
 * "Conference" is an event (its link's words, when it holds a link), under "Company" or
 * "Affiliation" an organization, under "City" or "Location" a place ("Lyon, France" two), unless
 * it is "Online", "TBA" or a date; under "Speaker" the people ("A, Acme; B (Globex)") and their
 * companies. The model's guesses there give way; a gazetteer entry of the same type over the same
 * words stays.
 */
final class TableCells {
  private static final String SOURCE = "rule:table-column";
  /** What separates the names in an organization's or a place's cell: "Lyon, France". */
  private static final Pattern PARTS = Pattern.compile("[,;/]");

  /** A person's name as a speakers' cell writes it: "Jane Roe", "Lucas Moreau-Diallo". */
  private static final Pattern PERSON = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");
  /** What separates the speakers of a cell: "A & B", "A, Acme; B, Globex", "A and B". */
  private static final Pattern SPEAKERS = Pattern.compile("[;&]|\\band\\b");
  /** A company's name after a speaker's: capitalized words ("Grafana Labs"). */
  private static final Pattern COMPANY = Pattern.compile("\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,3}");

  /** A name in a cell, and what the column makes it. */
  private record Part(int start, int end, EntityType type) {}

  private final Lexicon lex;
  private final TableColumns columns;
  private final Gazetteer gazetteer;
  private final EventNames events;

  TableCells(Lexicon lex, Gazetteer gazetteer, EventNames events) {
    this.lex = lex;
    this.columns = new TableColumns(lex);
    this.gazetteer = gazetteer;
    this.events = events;
  }

  /** {@code candidates} with the names the columns of the post's tables type. */
  List<Candidate> add(List<Candidate> candidates, Annotation doc, String text, List<Block> blocks,
      List<Link> links) {
    List<Candidate> out = null;
    Map<String, EntityType> typed = new LinkedHashMap<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<TableColumns.Role> roles = columns.of(blocks, b, text);
      List<int[]> cells = roles.isEmpty() ? List.of() : TableColumns.cells(text, blocks.get(b));
      // events and speakers only in a table of talks: "| Event | Description |" lists no events
      boolean talks = TableColumns.listsTalks(roles);
      for (int c = 0; c < cells.size() && c < roles.size(); c++) {
        TableColumns.Role role = roles.get(c);
        if (!talks && (role == TableColumns.Role.EVENT || role == TableColumns.Role.SPEAKER)) {
          continue;
        }
        for (Part part : parts(cells.get(c), role, text, links)) {
          Optional<Span> span = Spans.within(doc, text, part.start(), part.end(), part.type(),
              SOURCE);
          if (span.isPresent() && columns.names(span.get().text())) {
            out = out == null ? new ArrayList<>(candidates) : out;
            put(out, candidate(span.get()));
            if (part.type() != EntityType.PERSON) {
              typed.putIfAbsent(span.get().text(), part.type());
            }
          }
        }
      }
    }
    if (out == null) {
      return candidates;
    }
    again(out, typed, doc, text);
    out.sort(Comparator.comparingInt(c -> c.span().start()));
    return out;
  }

  /**
   * The names the columns typed, written again elsewhere in the post ("**Fooconf 2031.** We
   * ..."), are the same things where only the model guessed something over them.
   */
  private void again(List<Candidate> out, Map<String, EntityType> typed, Annotation doc,
      String text) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size() && !typed.isEmpty(); s++) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        for (Map.Entry<String, EntityType> name : typed.entrySet()) {
          int end = CompanyNames.matchAt(tokens, i, name.getKey(), text);
          if (end < 0) {
            continue;
          }
          Span span = CompanyNames.span(tokens, i, end, s, text, name.getValue(), SOURCE);
          List<Candidate> over = CompanyNames.overlapping(out, span);
          boolean same = over.size() == 1 && over.get(0).type() == name.getValue()
              && over.get(0).span().start() == span.start();
          if (!same && over.stream().allMatch(c -> Guesses.guess(c.span())
              || CompanyNames.inside(c, span))) {
            out.removeAll(over);
            out.add(candidate(span));
          }
        }
      }
    }
  }

  /**
   * The names a cell holds: an event's the link's words or the cell's before a parenthesis; an
   * organization's or a place's between commas; a speakers' cell the people's names ("A, Acme;
   * B (Globex)") and the company after each.
   */
  private List<Part> parts(int[] cell, TableColumns.Role role, String text, List<Link> links) {
    return switch (role) {
      case EVENT -> List.of(links.stream().filter(l -> l.kind() == Link.Kind.LINK
              && l.end() > l.start() && l.start() >= cell[0] && l.end() <= cell[1]).findFirst()
          .map(l -> new Part(l.start(), l.end(), EntityType.EVENT))
          .orElse(new Part(cell[0], beforeParenthesis(text, cell), EntityType.EVENT)));
      case COMPANY -> split(cell[0], cell[1], PARTS, text, EntityType.ORGANIZATION);
      case PLACE -> split(cell[0], cell[1], PARTS, text, EntityType.PLACE);
      case SPEAKER -> speakers(cell, text);
      default -> List.of();
    };
  }

  /** Where a cell's words end before a parenthesis: "KubeCon EU 2031 (Paris)". */
  private static int beforeParenthesis(String text, int[] cell) {
    int open = text.indexOf('(', cell[0]);
    return open > cell[0] && open < cell[1] ? open : cell[1];
  }

  private static List<Part> split(int from, int to, Pattern between, String text,
      EntityType type) {
    List<Part> out = new ArrayList<>();
    Matcher m = between.matcher(text).region(from, to);
    int at = from;
    boolean more = true;
    while (more) {
      more = m.find();
      out.add(new Part(at, more ? m.start() : to, type));
      at = more ? m.end() : to;
    }
    return out;
  }

  /** "A, Acme; B (Globex)": each speaker's name, and the company written last after it. */
  private List<Part> speakers(int[] cell, String text) {
    List<Part> out = new ArrayList<>();
    for (Part one : split(cell[0], cell[1], SPEAKERS, text, EntityType.PERSON)) {
      String words = text.substring(one.start(), one.end());
      int lead = words.length() - words.stripLeading().length();
      Matcher name = PERSON.matcher(words).region(lead, words.length());
      if (!name.lookingAt() || lex.groupAuthor.matcher(name.group()).find()) {
        continue;
      }
      int after = name.end();
      if (after < words.length() && !",( ".contains(words.substring(after, after + 1))) {
        continue; // "Jane Roe's team", a name cut short
      }
      out.add(new Part(one.start() + lead, one.start() + after, EntityType.PERSON));
      String rest = words.substring(after).strip();
      String company = rest.startsWith("(") && rest.endsWith(")")
          ? rest.substring(1, rest.length() - 1).strip()
          : rest.startsWith(",") ? rest.substring(rest.lastIndexOf(',') + 1).strip() : "";
      if (COMPANY.matcher(company).matches()
          && java.util.Arrays.stream(company.split("\\s+")).noneMatch(lex::isRole)) {
        int at = one.start() + words.lastIndexOf(company);
        out.add(new Part(at, at + company.length(), EntityType.ORGANIZATION));
      }
    }
    return out;
  }


  /** The candidate a cell's name is: an event's edition, a gazetteer's name of the same type. */
  private Candidate candidate(Span span) {
    String name = Names.clean(span.text());
    if (span.type() == EntityType.EVENT) {
      Optional<EventNames.Edition> edition = events.named(name);
      return new Candidate(span, EntityType.EVENT, edition.map(EventNames.Edition::name)
          .orElse(name), Optional.empty(), edition);
    }
    Optional<Gazetteer.Entry> entry = gazetteer.lookup(name)
        .filter(e -> e.type() == span.type());
    return new Candidate(span, span.type(), entry.map(Gazetteer.Entry::name).orElse(name),
        entry, Optional.empty());
  }

  /**
   * Puts a cell's candidate in place of those over its words, unless one gazetteer entry of its
   * type names those very words already.
   */
  private static void put(List<Candidate> out, Candidate cell) {
    List<Candidate> over = CompanyNames.overlapping(out, cell.span());
    if (over.size() == 1 && over.get(0).entry().isPresent()
        && over.get(0).type() == cell.type()
        && over.get(0).span().start() == cell.span().start()
        && over.get(0).span().end() == cell.span().end()) {
      return;
    }
    out.removeAll(over);
    out.add(cell);
  }
}
