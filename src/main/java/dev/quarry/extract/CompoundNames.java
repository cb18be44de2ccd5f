package dev.quarry.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the rules build from a listed name and words after it, written the way the list writes
 * them: "OTel Operator" is "OpenTelemetry Operator", and "Microsoft Corporation" is the listed
 * Microsoft.
 */
final class CompoundNames {
  private static final Pattern LEGAL_FORM =
      Pattern.compile("(?i)[,\\s]+(inc\\.?|ltd\\.?|llc|gmbh|ag|sa|corp\\.?|corporation)$");
  /** The rules whose names are a listed name and a part ("the Prometheus Receiver"). */
  private static final Set<String> PART_RULES = Set.of("rule:tech-part");

  private CompoundNames() {}

  /** The name {@code span}'s text stands for, if the rule that found it built it from parts. */
  static String of(Span span, String text, Gazetteer gazetteer) {
    if (span.source().equals("rule:org-suffix")) {
      String bare = LEGAL_FORM.matcher(text).replaceFirst("");
      return gazetteer.lookup(bare).filter(e -> e.type() == EntityType.ORGANIZATION)
          .map(Gazetteer.Entry::name).orElse(text);
    }
    if (!PART_RULES.contains(span.source())) {
      return text;
    }
    String[] words = text.split(" ");
    // the longest listed prefix is written as the list writes it
    for (int n = words.length - 1; n >= 1; n--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
      var entry = gazetteer.lookup(prefix);
      if (entry.isPresent()) {
        return entry.get().name() + " "
            + String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length));
      }
    }
    return String.join(" ", words);
  }
}
