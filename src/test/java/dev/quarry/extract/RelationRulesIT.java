package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each family of relation patterns, on sentences written for these tests. */
class RelationRulesIT {
  private static final String EVENT_POST = "title: 'Highlights from KubeCon Europe 2021'\n"
      + "date: 2021-05-10\nauthor: Kim Park\norganization: Shopify";

  private static Extraction extract(String frontMatter, String body) {
    return SharedNlp.extract(frontMatter, body);
  }

  private static Set<String> facts(Extraction x, Fact.Predicate p) {
    return x.facts().stream().filter(f -> f.predicate() == p)
        .map(f -> f.subject().name() + " -> " + f.object().name()
            + f.role().map(r -> " (" + r + ")").orElse(""))
        .collect(Collectors.toSet());
  }

  private static Talk onlyTalk(Extraction x) {
    assertEquals(1, x.talks().size(), x.talks().toString());
    return x.talks().get(0);
  }

  @Test
  void aMarkdownListOfTalksGivesTitleSpeakersRecordingAndTheEventOfThePost() {
    Talk t = onlyTalk(extract(EVENT_POST, "- [Scaling Postgres](https://www.youtube.com/watch?v=abc1)"
        + " - Alice Walker & Bob Stone explain how they sharded PostgreSQL."));
    assertEquals(List.of("Alice Walker", "Bob Stone"), t.speakers());
    assertEquals(Optional.of("Scaling Postgres"), t.title());
    assertEquals(Optional.of("https://www.youtube.com/watch?v=abc1"), t.recording());
    assertEquals(Optional.of("KubeCon Europe 2021"), t.event());
    assertTrue(t.topics().contains(new Ref(EntityType.TECHNOLOGY, "PostgreSQL")), t.toString());
  }

  @Test
  void aListItemSpeakerColonTitleIsATalk() {
    Talk t = onlyTalk(extract(EVENT_POST, "- Carol Jones: Observability with OpenTelemetry"));
    assertEquals(List.of("Carol Jones"), t.speakers());
    assertTrue(t.topics().contains(new Ref(EntityType.TECHNOLOGY, "OpenTelemetry")));
  }

  @Test
  void aSessionWithAQuotedTitle() {
    Talk t = onlyTalk(extract(EVENT_POST,
        "Maria Gonzalez gave a session on “Running Kafka at Scale” to a packed room."));
    assertEquals(List.of("Maria Gonzalez"), t.speakers());
    assertEquals(Optional.of("Running Kafka at Scale"), t.title());
  }

  @Test
  void aPresentationByTwoPeopleAndWhatTheNextSentenceSaysOfIt() {
    Talk t = onlyTalk(extract(EVENT_POST, "Our first talk was a joint presentation by Ana Smith "
        + "and Raj Patel, two of our engineers. The talk covered Rust and TiKV."));
    assertEquals(List.of("Ana Smith", "Raj Patel"), t.speakers());
    assertTrue(t.topics().containsAll(List.of(new Ref(EntityType.TECHNOLOGY, "Rust"),
        new Ref(EntityType.TECHNOLOGY, "TiKV"))), t.toString());
  }

  @Test
  void aHeadingNamesTheTalkThatFollows() {
    Talk t = onlyTalk(extract(EVENT_POST, "### Intro to CockroachDB\n\nTom Baker took the "
        + "audience through a deep dive into CockroachDB."));
    assertEquals(List.of("Tom Baker"), t.speakers());
    assertEquals(Optional.of("Intro to CockroachDB"), t.title());
  }

  @Test
  void anInterviewIsATalkToo() {
    Talk t = onlyTalk(extract(EVENT_POST,
        "You can listen to Omar Haddad talk all things Redis on the podcast."));
    assertEquals(List.of("Omar Haddad"), t.speakers());
    assertEquals(List.of(new Ref(EntityType.TECHNOLOGY, "Redis")), t.topics());
  }

  @Test
  void theAuthorSpeaksAsIButNotWhenListening() {
    Extraction x = extract("title: Notes\ndate: 2021-02-01\nauthor: Kevin Long",
        "I gave a talk on TiDB to the local Kubernetes meetup. I watched a great talk about Envoy.");
    Talk t = onlyTalk(x);
    assertEquals(List.of("Kevin Long"), t.speakers());
    // given at the meetup the sentence names, not at an event of the post's
    assertEquals(Optional.of("Kubernetes meetup"), t.event());
    assertTrue(t.topics().contains(new Ref(EntityType.TECHNOLOGY, "TiDB")), t.toString());
    assertFalse(t.topics().contains(new Ref(EntityType.TECHNOLOGY, "Envoy")), t.toString());
  }

  @Test
  void aSentenceAboutThePostIsNotATalk() {
    Extraction x = extract("title: A recap\nsummary: In this post, Kevin Long shares what we "
        + "learned from three talks about TiDB.", "Short body.");
    assertTrue(x.talks().isEmpty(), x.talks().toString());
  }

  @Test
  void jobsAndRolesFromAppositivesAndTitlesBeforeTheName() {
    Extraction x = extract(EVENT_POST, "Jane Roe, Google CTO and Co-Founder, opened the day. "
        + "Dropbox CTO John Smith followed. Morgan Lee, our Community Manager, closed it. "
        + "Our CEO, Pat Kim, hosted the party. Rafael Diaz & Guido Neri from Slack joined us.");
    Set<String> jobs = facts(x, Fact.Predicate.WORKS_FOR);
    assertTrue(jobs.containsAll(Set.of("Jane Roe -> Google (CTO and Co-Founder)",
        "John Smith -> Dropbox (CTO)", "Morgan Lee -> Shopify (Community Manager)",
        "Pat Kim -> Shopify (CEO)", "Rafael Diaz -> Slack", "Guido Neri -> Slack",
        "Kim Park -> Shopify")), jobs.toString());
    assertTrue(x.facts().stream().filter(f -> f.subject().name().equals("Pat Kim"))
        .allMatch(Fact::implicit), "our CEO needs the blog's voice");
  }

  @Test
  void aSentenceSubjectIsNotAnAppositive() {
    Extraction x = extract(EVENT_POST,
        "In addition to Jane Roe, five other members of the Dropbox team spoke at KubeCon.");
    assertTrue(facts(x, Fact.Predicate.WORKS_FOR).stream().noneMatch(f -> f.startsWith("Jane Roe")),
        facts(x, Fact.Predicate.WORKS_FOR).toString());
  }

  @Test
  void organizationsUseTechnologiesWhenTheSentenceSaysSo() {
    Extraction x = extract(EVENT_POST, "Companies like Dropbox, Airbnb and Uber chose to deploy "
        + "Vitess. Slack scaled Vitess to millions of queries. It is great to see big TiDB user, "
        + "Meituan, everywhere. Vitess graduated from the CNCF, and case studies followed.");
    Set<String> uses = facts(x, Fact.Predicate.USES);
    assertTrue(uses.containsAll(Set.of("Dropbox -> Vitess", "Airbnb -> Vitess", "Uber -> Vitess",
        "Slack -> Vitess", "Meituan -> TiDB")), uses.toString());
    assertFalse(uses.contains("CNCF -> Vitess"), uses.toString());
  }

  @Test
  void anEventIsHeldInTheNearestPlaceButNotInARegion() {
    Extraction x = extract("title: Notes\ndate: 2019-11-01", "This year's Percona Live Europe in "
        + "Amsterdam was great. We flew to Brussels for the largest conference in Europe, FOSDEM.");
    Set<String> places = facts(x, Fact.Predicate.HELD_IN);
    assertTrue(places.contains("Percona Live Europe 2019 -> Amsterdam"), places.toString());
    assertTrue(places.contains("FOSDEM 2019 -> Brussels"), places.toString());
    assertFalse(places.stream().anyMatch(p -> p.endsWith("-> Europe")), places.toString());
  }

  @Test
  void theBlogSponsorsInItsOwnVoice() {
    Extraction x = extract(EVENT_POST, "We were Gold Sponsors this time.");
    assertEquals(Set.of("Shopify -> KubeCon Europe 2021"), facts(x, Fact.Predicate.SPONSORS));
  }

  @Test
  void thePublisherIsInferredFromTheTeamTheBlogSpeaksFor() {
    Extraction x = extract("title: Notes\ndate: 2021-02-01\nauthor: Kim Park",
        "The Dropbox team went to Berlin. Our CTO, Jo Lin, gave the keynote.");
    assertTrue(facts(x, Fact.Predicate.WORKS_FOR).contains("Jo Lin -> Dropbox (CTO)"),
        facts(x, Fact.Predicate.WORKS_FOR).toString());
  }

  @Test
  void aCompanyNoListKnowsIsThePublisherWhenThePostSpeaksForItsTeam() {
    Extraction x = extract("title: Spring hires\ndate: 2024-03-01\nauthor: Kim Park",
        "The Corbelline team is growing. Vera Holm joins us from [Larkmoor](https://larkmoor.com/)."
        + " Our CTO, Jo Lin, welcomed her to Corbelline.");
    Set<String> jobs = facts(x, Fact.Predicate.WORKS_FOR);
    assertTrue(jobs.containsAll(Set.of("Vera Holm -> Corbelline", "Jo Lin -> Corbelline (CTO)")),
        jobs.toString());
    assertFalse(jobs.contains("Vera Holm -> Larkmoor"), "a past employer: " + jobs);
    assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
        && e.name().equals("Larkmoor")), x.entities().toString());
  }

  @Test
  void thePublisherIsTheSiteOfItsOwnPages() {
    Extraction x = extract("title: Spring hires\ndate: 2024-03-01\nauthor: Kim Park",
        "At Corbelline, Ada Berg works on the query planner. Ruth Mayer is Head of People at "
        + "Corbelline. We are hiring: see our [open roles](https://corbelline.io/careers).");
    Set<String> jobs = facts(x, Fact.Predicate.WORKS_FOR);
    assertTrue(jobs.containsAll(Set.of("Ada Berg -> Corbelline", "Kim Park -> Corbelline",
        "Ruth Mayer -> Corbelline (Head of People)")), jobs.toString());
  }

  @Test
  void thePublisherIsTheSiteOfTheAddressItGivesForMail() {
    Extraction x = extract("title: Where to find us\ndate: 2024-03-01\nauthor: Kim Park",
        "Lea Moss will present at a meetup. We moved our clusters to Corbelline last year. "
        + "Questions? Write to us at hello@corbelline.io any time.");
    assertTrue(facts(x, Fact.Predicate.WORKS_FOR).contains("Kim Park -> Corbelline"),
        facts(x, Fact.Predicate.WORKS_FOR).toString());
  }

  @Test
  void aTeamNamedForSoftwareOrForAWordIsNoPublisher() {
    Extraction x = extract("title: Notes\ndate: 2024-03-01\nauthor: Kim Park",
        "The Kafka team shipped a release. The Broker team, which owns the broker, thanks you. "
        + "We upgraded our clusters with Qi Lu, our Efficiency Team Manager. Thanks to the "
        + "Payments team, we shipped it early.");
    assertTrue(facts(x, Fact.Predicate.WORKS_FOR).isEmpty(),
        facts(x, Fact.Predicate.WORKS_FOR).toString());
  }
}
