package dev.quarry.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names conference editions. An edition is a series (from the gazetteer) plus an optional region
 * or city and a year: "KubeCon + CloudNativeCon NA 2019" and "KubeCon North America 2019" are one
 * edition, written "KubeCon North America 2019". An edition without a year takes it from another
 * mention of the same series in the post, else from the post's date.
 */
final class EventNames {
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

  /** An edition as read from one mention. */
  record Edition(String series, Optional<String> qualifier, Optional<Integer> year) {
    String name() {
      return series + qualifier.map(q -> " " + q).orElse("") + year.map(y -> " " + y).orElse("");
    }
  }

  private final Gazetteer gazetteer;

  EventNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The edition a mention names, if it names a series the gazetteer knows. */
  Optional<Edition> parse(String text) {
    String[] words = text.strip().split("\\s+");
    for (int n = words.length; n > 0; n--) {
      String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      Optional<Gazetteer.Entry> series = gazetteer.lookup(head)
          .filter(e -> e.type() == EntityType.EVENT);
      if (series.isEmpty()) {
        continue;
      }
      String rest = String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
      Optional<Integer> year = Optional.empty();
      Matcher m = YEAR.matcher(rest);
      if (m.find()) {
        year = Optional.of(Integer.parseInt(m.group(1)));
        rest = (rest.substring(0, m.start()) + rest.substring(m.end())).strip();
      }
      Optional<String> qualifier = Optional.empty();
      if (!rest.isBlank()) {
        qualifier = Optional.of(gazetteer.region(rest).orElse(Names.clean(rest)));
      }
      return Optional.of(new Edition(series.get().name(), qualifier, year));
    }
    return acronymEdition(text.strip());
  }

  /**
   * The edition an event's name stands for where the text says it is an event (a table's event
   * column): as {@link #parse} reads it, else, for a name that ends in a year ("Fooconf 2031"),
   * the words before the year are its series.
   */
  Optional<Edition> named(String text) {
    Optional<Edition> parsed = parse(text);
    if (parsed.isPresent()) {
      return parsed;
    }
    Matcher m = TRAILING_YEAR.matcher(text.strip());
    return m.matches() ? Optional.of(new Edition(Names.clean(m.group(1)), Optional.empty(),
        Optional.of(Integer.parseInt(m.group(2))))) : Optional.empty();
  }

  private static final Pattern TRAILING_YEAR =
      Pattern.compile("(.*\\p{L}.*?)\\s+((?:19|20)\\d\\d)");

  /**
   * An edition of a conference the gazetteer does not know, named by its acronym: "OSDI 2020",
   * "SIGMOD2019", "HOTOS '09", "the SOSP conference". Its acronym is its series, so the post's
   * other mentions of it join the one that has a year.
   */
  private static Optional<Edition> acronymEdition(String text) {
    Matcher m = ACRONYM_EDITION.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Integer> year = Optional.empty();
    if (m.group(2) != null) {
      year = Optional.of(Integer.parseInt(m.group(2)));
    } else if (m.group(3) != null) {
      int yy = Integer.parseInt(m.group(3));
      year = Optional.of(yy + (yy < 70 ? 2000 : 1900)); // as POSIX reads two-digit years
    }
    return Optional.of(new Edition(m.group(1), Optional.empty(), year));
  }

  /**
   * The edition a long name stands for when its acronym follows it in parentheses: "the 12th
   * Symposium on Operating Systems Design (OSDI)" is the post's OSDI edition.
   */
  static Optional<Edition> acronymAfter(String text, int end) {
    Matcher m = ACRONYM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16));
    return m.lookingAt() ? acronymEdition(m.group(1)) : Optional.empty();
  }

  private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\(([A-Z][A-Z0-9]{2,9})\\)");
  private static final Pattern ACRONYM_EDITION = Pattern.compile(
      "([A-Z][A-Z0-9]{1,8}[A-Z])\\s*(?:((?:19|20)\\d\\d)|['’](\\d\\d)|(?:conference|symposium))?");

  /**
   * Other ways to write an edition's name, so that a user finds it as they would type it: every
   * name of the series with every form of the region ("KubeCon EU 2019", "KubeCon + CloudNativeCon
   * Europe 2019").
   */
  List<String> variants(String name) {
    Optional<Edition> parsed = parse(name);
    if (parsed.isEmpty()) {
      return List.of();
    }
    Edition e = parsed.get();
    Optional<Gazetteer.Entry> series = gazetteer.lookup(e.series());
    List<String> seriesNames = new ArrayList<>();
    seriesNames.add(e.series());
    series.ifPresent(s -> seriesNames.addAll(s.aliases()));
    List<String> qualifiers = e.qualifier().map(gazetteer::regionForms).orElse(List.of(""));
    List<String> out = new ArrayList<>();
    for (String s : seriesNames) {
      for (String q : qualifiers) {
        String v = (s + (q.isEmpty() ? "" : " " + q)
            + e.year().map(y -> " " + y).orElse("")).strip();
        if (!v.equals(name) && !out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /**
   * Gives every edition in a post its full name: one without a year joins an edition of the same
   * series (and qualifier) that has one; else it takes the post's year. One without a qualifier
   * joins the only qualified edition of its series with a compatible year.
   */
  static Map<Edition, Edition> complete(List<Edition> editions, Optional<LocalDate> postDate) {
    Map<Edition, Edition> out = new LinkedHashMap<>();
    List<Edition> dated = new ArrayList<>();
    for (Edition e : editions) {
      if (e.year().isPresent()) {
        dated.add(e);
      }
    }
    // qualified editions first, so that unqualified ones can join them
    for (Edition e : editions) {
      if (e.qualifier().isEmpty()) {
        continue;
      }
      Edition full = e;
      if (e.year().isEmpty()) {
        Optional<Edition> same = dated.stream()
            .filter(d -> d.series().equals(e.series()) && d.qualifier().equals(e.qualifier()))
            .findFirst();
        full = same.orElseGet(() -> new Edition(e.series(), e.qualifier(),
            postDate.map(LocalDate::getYear)));
      }
      out.put(e, full);
    }
    for (Edition e : editions) {
      if (e.qualifier().isPresent()) {
        continue;
      }
      List<Edition> qualified = out.values().stream().distinct()
          .filter(q -> q.series().equals(e.series()))
          .filter(q -> e.year().isEmpty() || q.year().equals(e.year()))
          .toList();
      if (qualified.size() > 1) {
        // prefer the editions the post names with their year over those dated by the post
        List<Edition> explicit = qualified.stream().filter(dated::contains).toList();
        qualified = explicit.isEmpty() ? qualified : explicit;
      }
      Edition full;
      if (qualified.size() == 1) {
        full = qualified.get(0);
      } else if (e.year().isPresent()) {
        full = e;
      } else if (dated.stream().filter(d -> d.series().equals(e.series())).distinct().count() == 1) {
        full = dated.stream().filter(d -> d.series().equals(e.series())).findFirst().get();
      } else {
        full = new Edition(e.series(), Optional.empty(), postDate.map(LocalDate::getYear));
      }
      out.put(e, full);
    }
    return out;
  }

  private static final Pattern CON_NAME = Pattern.compile("(\\p{Lu}\\p{L}+?)Con(?:f)?(?:\\s.*)?");
  private static final Pattern SPELLED_OUT = Pattern.compile(
      "(?:the\\s+)?(\\p{Lu}\\p{L}+)\\s+Conference", Pattern.CASE_INSENSITIVE);

  /**
   * A conference a post names both ways, "RustCon Asia" and "the Rust Conference": the name
   * spelled out joins the post's one "-Con" name of the same word. Maps each name that joins
   * another to that name.
   */
  static Map<String, String> spelledOut(Collection<String> eventNames) {
    Map<String, List<String>> conNames = new LinkedHashMap<>();
    for (String n : eventNames) {
      var m = CON_NAME.matcher(n);
      if (m.matches()) {
        conNames.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(n);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String n : eventNames) {
      var m = SPELLED_OUT.matcher(n);
      List<String> con = m.matches()
          ? conNames.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), List.of()) : List.of();
      if (con.stream().distinct().count() == 1) {
        out.put(n, con.get(0));
      }
    }
    return out;
  }

  /**
   * The names of one post's events that stand for another: a conference spelled out joins its
   * "-Con" name ({@link #spelledOut}), and a name no list holds, written alone, joins the post's
   * one edition of it: "the Foo Summit site" is the post's "Foo Summit London 2031" (as a series
   * from the gazetteer joins its edition, {@link #complete}).
   */
  static Map<String, String> shortForms(Collection<String> eventNames) {
    Map<String, String> out = new LinkedHashMap<>(spelledOut(eventNames));
    for (String n : eventNames) {
      List<String> editions = eventNames.stream().distinct()
          .filter(e -> e.startsWith(n + " ") && YEAR_AT_END.matcher(e).find()).toList();
      if (!YEAR_AT_END.matcher(n).find() && editions.size() == 1) {
        out.putIfAbsent(n, editions.get(0));
      }
    }
    return out;
  }

  private static final Pattern YEAR_AT_END = Pattern.compile("\\b(?:19|20)\\d\\d$");

  /** The group a local event is named after: "GoSV" for "GoSV meetup", "the Acme Meetup". */
  static Optional<String> groupOf(String name, java.util.Set<String> localWords) {
    String[] words = name.strip().split("\\s+");
    int n = words.length;
    if (n < 2 || !localWords.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", java.util.Arrays.copyOf(words, n - 1)));
  }
}
