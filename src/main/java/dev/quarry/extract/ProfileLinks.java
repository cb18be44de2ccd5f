package dev.quarry.extract;

import dev.quarry.post.Link;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People named by a link to their profile: "[Jane Roe](https://www.linkedin.com/in/janeroe/)"
 * names a person, "[Acme](https://www.linkedin.com/company/acme/)" a company, whatever the model
 * took them for. An account on a code host or a social network ("https://github.com/janeroe",
 * "https://twitter.com/janeroe") belongs to a person or a company alike, so it only confirms a
 * name the model already read as a person's; so does a LinkedIn profile whose address does not
 * spell a word of the name.
 */
final class ProfileLinks {
  /**
   * Hosts whose page of one segment is an account's, a person's or a company's ("[CNCF Paris]
   * (https://twitter.com/cncfparis)").
   */
  private static final Set<String> OWNER_HOSTS = Set.of("github.com", "gitlab.com",
      "twitter.com", "x.com", "mastodon.social", "fosstodon.org", "hachyderm.io");
  /** A name as people write theirs: two to four words, each capitalised. */
  private static final String PERSON_NAME =
      "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}";

  private ProfileLinks() {}

  /** What a profile link says its text names: a person, a company, or nothing. */
  enum Profile { PERSON, COMPANY, OWNER, NONE }

  static Profile of(String url) {
    URI uri = Urls.parse(url).orElse(null);
    if (uri == null) {
      return Profile.NONE;
    }
    String host = Urls.host(uri).replaceFirst("^(www|m|mobile)\\.", "");
    List<String> parts = Urls.segments(uri);
    if (host.equals("linkedin.com") && parts.size() == 2) {
      return switch (parts.get(0)) {
        case "in" -> Profile.PERSON;
        case "company" -> Profile.COMPANY;
        default -> Profile.NONE;
      };
    }
    if (host.equals("bsky.app") && parts.size() == 2 && parts.get(0).equals("profile")) {
      return Profile.OWNER;
    }
    return parts.size() == 1 && OWNER_HOSTS.contains(host) ? Profile.OWNER : Profile.NONE;
  }

  /**
   * {@code candidates} with a person or a company for every profile link whose text is a name;
   * what else was found on the link's text gives way to it.
   */
  static List<Candidate> add(List<Candidate> candidates, Annotation doc, String text,
      List<Link> links, Gazetteer gazetteer) {
    List<Candidate> found = new ArrayList<>();
    for (Link l : links) {
      if (l.kind() != Link.Kind.LINK || l.end() <= l.start() || l.end() > text.length()) {
        continue;
      }
      Profile profile = of(l.url());
      String name = Names.clean(text.substring(l.start(), l.end()));
      EntityType type = profile == Profile.COMPANY ? EntityType.ORGANIZATION : EntityType.PERSON;
      if (profile == Profile.NONE || gazetteer.lookup(name).isPresent()
          || (type == EntityType.PERSON && !name.matches(PERSON_NAME))
          || (type == EntityType.ORGANIZATION && !name.matches("\\p{Lu}.*"))) {
        continue;
      }
      Optional<Span> span = Spans.within(doc, text, l.start(), l.end(), type, "rule:link-profile");
      if (span.isEmpty() || (type == EntityType.PERSON && !modelSaysPerson(span.get())
          && (profile == Profile.OWNER || !handleSpells(l.url(), name)))) {
        continue;
      }
      found.add(new Candidate(span.get(), type, name, Optional.empty(), Optional.empty()));
    }
    return LinkNames.preferring(found, candidates);
  }

  /**
   * Whether a profile's address spells a word of the name ("linkedin.com/in/jroe-kvist" for
   * "Jane Kvist"): a phrase linked to someone's profile ("[five great years](...)") is not their
   * name.
   */
  private static boolean handleSpells(String url, String name) {
    String address = Names.key(url).replace(" ", "");
    for (String word : Names.key(name).split(" ")) {
      if (word.length() >= 3 && address.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean modelSaysPerson(Span span) {
    return span.tokens().stream().map(t -> t.get(QuarryAnnotations.StatisticalNerAnnotation.class))
        .anyMatch("PERSON"::equals);
  }
}
