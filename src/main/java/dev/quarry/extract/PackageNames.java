package dev.quarry.extract;

import dev.quarry.post.InlineCode;
import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of programs and packages as code names them: a hyphenated lower-case word made of a
 * listed technology's name ("rust-rocksdb", "go-mysql"; not "raft-based"), a repository the post
 * links to, named in its text ("synced raft-rs", with a link to github.com/x/raft-rs/pull/1),
 * and one word in code before a word for software ("the `pprof` maintainers").
 */
final class PackageNames {
  /** A word of a package's name: "rust-rocksdb", "go-mysql-elasticsearch", "raft_engine". */
  private static final Pattern HYPHENATED =
      Pattern.compile("(?<![\\w./@#-])[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+(?![\\w-]|\\.\\w)");
  /** One identifier in code: "pprof", "kube-state-metrics"; not "cargo test", "f(x)". */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]");
  private static final Pattern NEXT_WORD = Pattern.compile("\\G\\s+([\\p{L}-]+)");

  private final Lexicon lex;
  private final Gazetteer gazetteer;

  PackageNames(Lexicon lex, Gazetteer gazetteer) {
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  /** The packages a post's links point into: the repositories a word of its text may name. */
  static Set<String> linkedRepositories(List<Link> links) {
    Set<String> names = new LinkedHashSet<>();
    for (Link l : links) {
      LinkNames.repositoryName(l.url()).filter(n -> n.matches(".*[-_0-9].*"))
          .ifPresent(names::add);
    }
    return names;
  }

  /**
   * The runs of tokens in [from, to) of a sentence that name a package, for {@code make} to turn
   * into candidates; {@code taken} says whether a rule or the gazetteer read a token already.
   */
  void find(List<CoreLabel> tokens, String text, int from, int to, Set<String> repos,
      List<InlineCode> code, java.util.function.Predicate<CoreLabel> taken,
      BiFunction<List<CoreLabel>, String, Candidate> make, List<Candidate> found) {
    Matcher m = HYPHENATED.matcher(text).region(from, to);
    while (m.find()) {
      String word = m.group();
      if (gazetteer.lookup(word).isEmpty() && (repos.contains(word) || builtOnTechnology(word))) {
        add(tokens, m.start(), m.end(), taken, make, "rule:tech-package", found);
      }
    }
    for (InlineCode c : code) {
      if (c.start() < from || c.end() > to) {
        continue;
      }
      String word = text.substring(c.start(), c.end()).strip();
      Matcher next = NEXT_WORD.matcher(text).region(c.end(), to);
      if (word.length() >= 3 && IDENTIFIER.matcher(word).matches() && next.lookingAt()
          && lex.techHeads.contains(next.group(1).toLowerCase(Locale.ROOT))) {
        add(tokens, c.start(), c.end(), taken, make, "rule:tech-code", found);
      }
    }
  }

  private static void add(List<CoreLabel> tokens, int start, int end,
      java.util.function.Predicate<CoreLabel> taken,
      BiFunction<List<CoreLabel>, String, Candidate> make, String source, List<Candidate> found) {
    List<CoreLabel> run = new ArrayList<>();
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= start && t.endPosition() <= end) {
        run.add(t);
      }
    }
    if (!run.isEmpty() && run.stream().noneMatch(taken)) {
      found.add(make.apply(run, source));
    }
  }

  private boolean builtOnTechnology(String word) {
    String[] parts = word.split("[-_]");
    int known = 0;
    int everyday = 0;
    for (String p : parts) {
      if (lex.adjectiveParts.contains(p) || lex.functionParts.contains(p)) {
        return false;
      }
      Optional<Gazetteer.Entry> e = gazetteer.lookup(p)
          .or(() -> Optional.ofNullable(gazetteer.inContext().get(p)));
      if (e.isPresent() && e.get().type() == EntityType.TECHNOLOGY) {
        known++;
        if (e.get().inContext() && Names.key(e.get().name()).equals(p)) {
          everyday++;
        }
      }
    }
    // "go-live" is no package; "go-mysql" is, and so is "go-tidb-client"
    return known > 0 && (known > everyday || parts.length >= 3);
  }
}
