package dev.quarry.extract;

import dev.quarry.post.Link;
import edu.stanford.nlp.pipeline.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names read from where a link goes: a link whose text is the name of the code repository or
 * package page it points to ("[grpc-rs](https://github.com/pingcap/grpc-rs)", "[serde](https://
 * crates.io/crates/serde)") names a technology, whatever its case and whatever the model said; one
 * whose text is the name of the site of the article it points to ("[TechCrunch](https://
 * techcrunch.com/2018/...)") names an organization. A link named after its own site ("[Initech](
 * https://initech.io/)") names no place: after "at" or "from" someone it is a company.
 */
final class LinkNames {
  /** Code hosts: the repository is the second segment of the path. */
  private static final Set<String> CODE_HOSTS =
      Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht", "git.sr.ht");
  /** First segments of a code host's path that are not an owner. */
  private static final Set<String> NOT_OWNERS = Set.of("orgs", "topics", "sponsors", "features",
      "marketplace", "settings", "users", "about", "collections", "explore", "events", "apps");
  /** Package registries: the path segment before the package's name. */
  private static final Map<String, String> REGISTRIES = Map.of("crates.io", "crates",
      "www.npmjs.com", "package", "npmjs.com", "package", "pypi.org", "project",
      "rubygems.org", "gems", "www.nuget.org", "packages", "packagist.org", "packages",
      "hub.docker.com", "r", "artifacthub.io", "helm", "pkg.go.dev", "");

  private LinkNames() {}

  /**
   * {@code candidates} with a technology for every link named after its repository or package;
   * what else was found on the link's text gives way to it.
   */
  static List<Candidate> add(List<Candidate> candidates, Annotation doc, String text,
      List<Link> links, Gazetteer gazetteer, Lexicon lex) {
    List<Candidate> found = new ArrayList<>();
    for (Link l : links) {
      if (l.kind() != Link.Kind.LINK || l.end() <= l.start()) {
        continue;
      }
      String written = Names.clean(text.substring(l.start(), l.end()));
      Optional<Gazetteer.Entry> known = gazetteer.lookup(written);
      if (written.isEmpty() || known.isPresent() && candidates.stream().anyMatch(c ->
          c.span().start() < l.end() && l.start() < c.span().end())) {
        continue; // the gazetteer read it ("[swagger](https://swagger.io/)" it cannot: case)
      }
      boolean ownSite = known.isEmpty() && ownSite(l.url(), written);
      Optional<String> name = Optional.empty();
      EntityType type = EntityType.ORGANIZATION;
      if (ownSite && (affiliated(text, l.start(), lex.siteAffiliations)
          || !lex.projectDomains.contains(topLevel(l.url())) && candidates.stream().anyMatch(c ->
              c.span().statistical() && c.type() == EntityType.PLACE
              && c.span().start() < l.end() && l.start() < c.span().end()))) {
        // "joins us from [Initech](https://initech.io/)": a company's site, whatever its domain;
        // "[Hooli](https://hooli.com/)" is no place, whatever the model says
        name = Optional.of(written);
      } else {
        name = softwareName(l.url(), written, gazetteer, lex.projectDomains);
        type = EntityType.TECHNOLOGY;
      }
      if (name.isEmpty()) {
        name = siteOfArticle(l.url()).filter(site -> Names.key(written).replace(" ", "")
            .equals(Names.key(site))).map(site -> written);
        type = EntityType.ORGANIZATION;
      }
      if (name.isEmpty()) {
        continue;
      }
      if (type == EntityType.TECHNOLOGY && packageName(l.url()).isEmpty()
          && ownerAndRepository(l.url()).isEmpty() && candidates.stream().anyMatch(c ->
              !c.span().statistical() && c.type() != EntityType.TECHNOLOGY
              && c.span().start() < l.end() && l.start() < c.span().end())) {
        // a project's site is weaker evidence than a rule: "[Kasten](kasten.io) and 4 other
        // companies"
        continue;
      }
      EntityType t = known.map(Gazetteer.Entry::type).orElse(type);
      String n = known.map(Gazetteer.Entry::name).orElse(name.get());
      Spans.within(doc, text, l.start(), l.end(), t, t == EntityType.TECHNOLOGY
          ? "rule:link-target" : "rule:link-site").ifPresent(s ->
          found.add(new Candidate(s, t, n, known, Optional.empty())));
    }
    return preferring(found, candidates);
  }

  /** Whether a link's text is the name of its own site: "[Initech](https://www.initech.io/x)". */
  private static boolean ownSite(String url, String written) {
    String[] labels = Urls.parse(url).map(Urls::host).orElse("").split("\\.");
    return labels.length >= 2 && !compact(written).isEmpty()
        && compact(labels[labels.length - 2]).equals(compact(written));
  }

  private static String topLevel(String url) {
    String host = Urls.parse(url).map(Urls::host).orElse("");
    return host.substring(host.lastIndexOf('.') + 1);
  }

  /**
   * Whether the words before a link make it where someone works: "at", "joined", or "from" after
   * a name or "us" ("Jo Li from [Initech]", "joins us from [Initech]", not "data from [X]").
   */
  private static boolean affiliated(String text, int start, Set<String> words) {
    java.util.regex.Matcher m = PRECEDING.matcher(text.substring(Math.max(0, start - 60), start));
    if (!m.find() || !words.contains(m.group(2).toLowerCase(Locale.ROOT))) {
      return false;
    }
    String before = m.group(1) == null ? "" : m.group(1);
    return !m.group(2).equalsIgnoreCase("from") || before.matches("\\p{Lu}.*|(?i)us|me");
  }

  /** The last word before a point, and the one before it: "us from ". */
  private static final java.util.regex.Pattern PRECEDING =
      java.util.regex.Pattern.compile("(?:([\\p{L}'’-]+)[*_]*\\s+)?[*_(]*([\\p{L}@]+|@)[*_]*\\s*$");

  /**
   * {@code candidates} with {@code found} in place of what they overlap: what a link says its
   * text names wins over what else was found on that text. In reading order.
   */
  static List<Candidate> preferring(List<Candidate> found, List<Candidate> candidates) {
    if (found.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>(found);
    for (Candidate c : candidates) {
      if (found.stream().noneMatch(f -> f.span().start() < c.span().end()
          && c.span().start() < f.span().end())) {
        out.add(c);
      }
    }
    out.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
    return out;
  }

  /**
   * The repository a URL on a code host is in, whatever page of it it shows (an issue, a pull
   * request): "raft-rs" for github.com/tikv/raft-rs/pull/386.
   */
  static Optional<String> repositoryName(String url) {
    return ownerAndRepository(url).map(p -> p[1]);
  }

  /** The owner and the repository of a URL on a code host, whatever page of it it shows. */
  private static Optional<String[]> ownerAndRepository(String url) {
    return Urls.parse(url).flatMap(LinkNames::ownerAndRepository);
  }

  private static Optional<String[]> ownerAndRepository(URI uri) {
    List<String> parts = Urls.segments(uri);
    if (!CODE_HOSTS.contains(Urls.host(uri).replaceFirst("^www\\.", "")) || parts.size() < 2
        || NOT_OWNERS.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(new String[] {parts.get(0), parts.get(1).replaceFirst("\\.git$", "")});
  }

  /**
   * The software a link's text names, if the link goes to its repository, its package or its
   * project's site: "[grpc-rs](github.com/x/grpc-rs)"; "[eBPF profiler](github.com/
   * open-telemetry/opentelemetry-ebpf-profiler)", the owner's name before the repository's
   * (written as the gazetteer writes the owner's project: "OpenTelemetry eBPF profiler"); "[OTel
   * Helm charts](github.com/open-telemetry/opentelemetry-helm-charts)", a listed alias first;
   * "[Micrometer](https://micrometer.io/)", a project's own site.
   */
  static Optional<String> softwareName(String url, String written, Gazetteer gazetteer,
      Set<String> projectDomains) {
    String text = compact(written);
    Optional<String> target = packageName(url);
    if (target.isPresent() && compact(target.get()).equals(text)) {
      return Optional.of(written);
    }
    String[] words = written.split(" ", 2);
    Optional<Gazetteer.Entry> first = words.length == 2 ? gazetteer.lookup(words[0])
        .filter(e -> e.type() == EntityType.TECHNOLOGY) : Optional.empty();
    if (target.isPresent() && first.isPresent()
        && compact(target.get()).equals(compact(first.get().name()) + compact(words[1]))) {
      return Optional.of(first.get().name() + " " + words[1]);
    }
    Optional<String[]> repo = ownerAndRepository(url);
    if (repo.isPresent() && text.equals(compact(repo.get()[0]) + compact(repo.get()[1]))) {
      return Optional.of(written); // "[Elastic Beats](https://github.com/elastic/beats)"
    }
    if (words.length == 2 && words[1].matches("\\p{Lu}.*") && pathEndsWith(url, words[1])
        && gazetteer.lookup(words[0]).filter(e -> e.type() != EntityType.PERSON).isPresent()) {
      // a listed maker's product page: "[Grafana Tempo](https://x.com/oss/tempo/)", not
      // "[Jane Doe](https://x.com/team/doe)" nor "[our blog](https://x.com/blog)"
      return Optional.of(written);
    }
    if (repo.isPresent() && compact(repo.get()[1]).equals(compact(repo.get()[0]) + text)) {
      return Optional.of(gazetteer.lookup(repo.get()[0]).or(() -> gazetteer.lookup(
          compact(repo.get()[0]))).filter(e -> e.type() == EntityType.TECHNOLOGY)
          .map(e -> e.name() + " " + written).orElse(written));
    }
    return projectSite(url, projectDomains).filter(site -> compact(site).equals(text))
        .map(site -> written);
  }

  /** The name of a project's own site a URL points to, its home or its docs: "micrometer". */
  private static Optional<String> projectSite(String url, Set<String> projectDomains) {
    URI uri = Urls.parse(url).orElse(null);
    if (uri == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String[] labels = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")
        .split("\\.");
    if (labels.length != 2 || !projectDomains.contains(labels[1])
        || !(path.isEmpty() || path.equals("/") || path.matches("(?i)/docs?(/.*)?"))) {
      return Optional.empty();
    }
    return Optional.of(labels[0]);
  }

  /** Whether the last segment of a URL's path is {@code word}, ignoring case and punctuation. */
  private static boolean pathEndsWith(String url, String word) {
    String path = Urls.parse(url).map(URI::getPath).orElse(null);
    String[] parts = path == null ? new String[0] : path.split("/+");
    return parts.length > 1 && compact(parts[parts.length - 1]).equals(compact(word))
        && !compact(word).isEmpty();
  }

  /** Letters and digits only, in lower case: "opentelemetryhelmcharts". */
  private static String compact(String s) {
    return Names.folded(s).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** The repository or package a URL points to, if it is a code host's or a registry's page. */
  static Optional<String> packageName(String url) {
    URI uri = Urls.parse(url).orElse(null);
    if (uri == null) {
      return Optional.empty();
    }
    String host = Urls.host(uri);
    List<String> parts = Urls.segments(uri);
    if (CODE_HOSTS.contains(host.replaceFirst("^www\\.", ""))) {
      // the repository itself, not one of its issues, pull requests or commits
      if (parts.size() > 2 && Set.of("issues", "pull", "pulls", "commit", "commits",
          "discussions", "compare").contains(parts.get(2))) {
        return Optional.empty();
      }
      return ownerAndRepository(uri).map(r -> r[1]);
    }
    String before = REGISTRIES.get(host);
    if (before == null || parts.isEmpty()) {
      return Optional.empty();
    }
    int i = before.isEmpty() ? -1 : parts.indexOf(before);
    if (!before.isEmpty() && (i < 0 || i + 1 >= parts.size())) {
      return Optional.empty();
    }
    // the name is the last segment: "@scope/name", "org/chart", "golang.org/x/net"
    return Optional.of(parts.get(parts.size() - 1));
  }

  /**
   * The site of an article a link points to ("techcrunch" for techcrunch.com/2018/09/11/x): a
   * link whose text is its site's name names the publication or company behind it.
   */
  static Optional<String> siteOfArticle(String url) {
    URI uri = Urls.parse(url).orElse(null);
    if (uri == null || uri.getHost() == null || uri.getPath() == null
        || uri.getPath().split("/+").length < 3
        || uri.getHost().matches("(?i)(docs|doc|api|developer|developers|download|downloads)\\..*")
        || uri.getPath().matches("(?i)/(docs?|documentation|reference|download|downloads|"
            + "releases?|api|guides?|manual|install|getting-started)/.*")) {
      // a product's own documentation is no article about a company
      return Optional.empty();
    }
    String[] labels = uri.getHost().toLowerCase(Locale.ROOT).split("\\.");
    return labels.length < 2 ? Optional.empty() : Optional.of(labels[labels.length - 2]);
  }
}
