package dev.quarry.extract;

import dev.quarry.post.Author;
import dev.quarry.post.Post;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organization a post speaks for when it says "we" and "our": from configuration (a
 * {@code quarry.yaml} in the corpus folder, or "organization:" in the front matter), else the
 * author's company in the front matter, else inferred from the post ("the PlanetScale team",
 * "Team PingCAP", or {@link OwnCompany}'s name no list knows) with a lower confidence. Never hard-coded per post.
 */
final class Publisher {
  private static final List<String> FRONT_MATTER_KEYS =
      List.of("organization", "organisation", "publisher", "company");
  private static final Pattern TEAM_AFTER = Pattern.compile("^(?:'s|’s)?\\s+team\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TEAM_BEFORE = Pattern.compile("\\bTeam\\s+$");

  /** An organization and how sure Quarry is that the post speaks for it. */
  record Voice(Ref organization, double confidence, String source) {}

  private Publisher() {}

  static Optional<Voice> of(Post post, Optional<String> configured, List<Mention> mentions,
      Optional<String> own, Gazetteer gazetteer, Lexicon lex) {
    if (configured.isPresent()) {
      return Optional.of(new Voice(org(configured.get(), gazetteer), 1.0, "configuration"));
    }
    for (Map.Entry<String, Object> e : post.frontMatter().extra().entrySet()) {
      if (FRONT_MATTER_KEYS.contains(e.getKey().toLowerCase(Locale.ROOT))
          && e.getValue() instanceof String name && !name.isBlank()) {
        return Optional.of(new Voice(org(name.strip(), gazetteer), 1.0, "front matter"));
      }
    }
    for (Author a : post.authors()) {
      for (String part : a.organization().map(o -> o.split("[,;&/]")).orElse(new String[0])) {
        String name = part.strip();
        boolean project = gazetteer.lookup(name).map(e -> e.type() != EntityType.ORGANIZATION)
            .orElse(false);
        if (!name.isEmpty() && !project) {
          return Optional.of(new Voice(org(name, gazetteer), 0.9, "author's company"));
        }
      }
    }
    String text = post.body().text();
    if (!lex.weInText.matcher(text).find()) {
      return Optional.empty();
    }
    Map<String, Integer> teams = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION || m.start() < 0) {
        continue;
      }
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8));
      String before = text.substring(Math.max(0, m.start() - 6), m.start());
      if (TEAM_AFTER.matcher(after).find() || TEAM_BEFORE.matcher(before).find()) {
        teams.merge(m.name(), 1, Integer::sum);
      }
    }
    return teams.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .or(() -> own).map(name -> new Voice(new Ref(EntityType.ORGANIZATION, name), 0.7,
            "inferred"));
  }

  private static Ref org(String name, Gazetteer gazetteer) {
    return new Ref(EntityType.ORGANIZATION, gazetteer.lookup(name)
        .filter(e -> e.type() == EntityType.ORGANIZATION).map(Gazetteer.Entry::name).orElse(name));
  }
}
