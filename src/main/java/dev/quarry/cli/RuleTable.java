package dev.quarry.cli;

import dev.quarry.extract.Rule;
import java.io.PrintWriter;
import java.util.Locale;

/** The table {@code quarry explain --rules} prints: every relation rule, as {@link Rule} has it. */
final class RuleTable {
  private RuleTable() {}

  static void print(PrintWriter out) {
    out.printf(Locale.ROOT, "%-26s %-13s %s%n", "rule", "confidence", "reads");
    for (Rule r : Rule.values()) {
      String confidence = String.format(Locale.ROOT, "%.2f", r.confidence())
          + (r.voiced() ? " x voice" : "");
      out.printf(Locale.ROOT, "%-26s %-13s %s%n", r.id(), confidence, r.example());
    }
    out.println();
    out.println("x voice: times how sure Quarry is of the organization the blog's \"we\" is.");
    out.flush();
  }
}
