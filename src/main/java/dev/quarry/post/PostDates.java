package dev.quarry.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date a post was published: a bare date, an ISO date-time with or without a zone, and
 * the looser forms static-site generators accept. The date is the one written, whatever the zone.
 */
final class PostDates {
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] Z", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] XXX", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
          DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

  private PostDates() {}

  static Optional<LocalDate> parse(String raw) {
    String s = raw.strip();
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(f.parse(s, LocalDate::from));
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
