package dev.quarry.cli;

import dev.quarry.graph.Explainer;
import dev.quarry.store.QuarryStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry explain}: why the graph believes a fact, with the sentences it was read from. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show why the graph believes facts about SUBJECT: every sentence each fact was "
        + "read from, the post and line, the rule and its confidence.",
        "PREDICATE is one of: worksFor, uses, spokeAt, spokeAbout, location, sponsor "
            + "(any case, spaces allowed: \"works for\")."})
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SUBJECT",
      description = "An entity, by any of its names.")
  String subject;

  @Option(names = "--rules", description = "List the rules that read relations: id, "
      + "confidence, and what each reads.")
  boolean rules;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PREDICATE",
      description = "Only this relation.")
  String predicate;

  @Parameters(index = "2", arity = "0..1", paramLabel = "OBJECT",
      description = "Only facts about this other entity.")
  String object;

  @Override
  public Integer call() {
    if (rules) {
      RuleTable.print(spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    if (subject == null) {
      throw new QuarryException(ExitCodes.USAGE, "explain needs a SUBJECT (or --rules)");
    }
    Optional<String> p = Optional.empty();
    if (predicate != null) {
      p = Explainer.predicate(predicate);
      if (p.isEmpty()) {
        throw new QuarryException(ExitCodes.USAGE, "unknown relation '" + predicate
            + "' (worksFor, uses, spokeAt, spokeAbout, location, sponsor)");
      }
    }
    List<Explainer.Evidence> evidence;
    try (QuarryStore st = store.open(false)) {
      evidence = Explainer.explain(st, subject, p, Optional.ofNullable(object));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (evidence.isEmpty()) {
      out.println("The graph holds no fact about '" + subject + "'"
          + (predicate == null ? "" : " " + predicate)
          + (object == null ? "" : " '" + object + "'") + ".");
      out.flush();
      return ExitCodes.FAILURE;
    }
    Map<String, List<Explainer.Evidence>> byFact = new LinkedHashMap<>();
    for (Explainer.Evidence e : evidence) {
      byFact.computeIfAbsent(e.fact(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Explainer.Evidence>> f : byFact.entrySet()) {
      List<Explainer.Evidence> list = f.getValue();
      long posts = list.stream().map(Explainer.Evidence::file).distinct().count();
      double best = list.stream().mapToDouble(Explainer.Evidence::confidence).max().orElse(0);
      out.printf("%s%n  %d sentence%s in %d post%s, highest confidence %.2f%n", f.getKey(),
          list.size(), list.size() == 1 ? "" : "s", posts, posts == 1 ? "" : "s", best);
      for (Explainer.Evidence e : list) {
        StringBuilder what = new StringBuilder();
        e.role().ifPresent(r -> what.append(" · role: ").append(r));
        e.asOf().ifPresent(d -> what.append(" · as of ").append(d));
        out.printf("  - %s:%d (%s)%n    rule %s · confidence %.2f%s%s%n", e.file(), e.line(),
            e.title(), e.rule().replaceFirst("^rule:", ""), e.confidence(),
            e.implicit() ? " · needs the blog's voice or several sentences" : "", what);
        if (!e.sentence().isEmpty()) {
          out.println("    \u201c" + highlight(e.sentence(), e.subject(), e.object()) + "\u201d");
        }
      }
      out.println();
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Marks the two entities' names (or their first words) in the sentence: [Sugu]. */
  static String highlight(String sentence, String... names) {
    String s = sentence;
    for (String name : names) {
      String found = null;
      for (String candidate : List.of(name, name.split(" ")[0])) {
        if (candidate.length() > 1 && s.toLowerCase(Locale.ROOT)
            .contains(candidate.toLowerCase(Locale.ROOT))) {
          found = candidate;
          break;
        }
      }
      if (found != null) {
        s = Pattern.compile("(?i)(?<![\\[\\p{L}])(" + Pattern.quote(found) + ")(?![\\p{L}\\]])")
            .matcher(s).replaceFirst("[$1]");
      }
    }
    return s;
  }
}
