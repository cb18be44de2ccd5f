package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each family of rules and gazetteer behaviour, on sentences written for these tests. */
class EntityRulesIT {
  private static Set<String> names(Extraction x, EntityType type) {
    return x.entities().stream().filter(e -> e.type() == type).map(Entity::name)
        .collect(Collectors.toSet());
  }

  private static Optional<Entity> entity(Extraction x, EntityType type, String name) {
    return x.entities().stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
  }

  private static Extraction extract(String body) {
    return SharedNlp.extract("title: A post\ndate: 2023-01-10", body);
  }

  @Test
  void gazetteerFindsTechnologiesWithTheirWikidataId() {
    Extraction x = extract("We moved from PostgreSQL to CockroachDB, all of it on K8s.");
    assertEquals(Set.of("PostgreSQL", "CockroachDB", "Kubernetes"), names(x, EntityType.TECHNOLOGY));
    assertEquals(Optional.of("Q22661306"),
        entity(x, EntityType.TECHNOLOGY, "Kubernetes").flatMap(Entity::wikidata));
    assertTrue(entity(x, EntityType.TECHNOLOGY, "Kubernetes").get().aliases().contains("K8s"));
  }

  @Test
  void theGazetteerSettlesWhatTheModelTakesForACompany() {
    Extraction x = extract("Our dashboards are built with Prometheus and Grafana by the SRE team.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("Prometheus", "Grafana")),
        x.entities().toString());
    assertFalse(names(x, EntityType.ORGANIZATION).contains("Prometheus"));
    assertFalse(names(x, EntityType.ORGANIZATION).contains("SRE"));
  }

  @Test
  void aConferenceEditionIsSeriesRegionAndYear() {
    Extraction x = extract(
        "She spoke at KubeCon + CloudNativeCon North America 2021 in Los Angeles.");
    Entity e = entity(x, EntityType.EVENT, "KubeCon North America 2021").orElseThrow(
        () -> new AssertionError(x.entities().toString()));
    assertEquals(Optional.of("KubeCon"), e.series());
    assertTrue(e.aliases().contains("KubeCon NA 2021"), e.aliases().toString());
    assertTrue(names(x, EntityType.PLACE).contains("Los Angeles"));
  }

  @Test
  void anEditionWithoutAYearTakesThePostsYear() {
    Extraction x = extract("See you at this year's FOSDEM in Brussels!");
    assertEquals(Set.of("FOSDEM 2023"), names(x, EntityType.EVENT));
  }

  @Test
  void euAndEuropeAreOneEditionAndTheBareSeriesJoinsIt() {
    Extraction x = extract("Our team flew to KubeCon EU 2022. At KubeCon Europe we gave two talks. "
        + "KubeCon was packed.");
    assertEquals(Set.of("KubeCon Europe 2022"), names(x, EntityType.EVENT));
  }

  @Test
  void aNamedConferenceOrMeetupIsAnEvent() {
    Extraction x = extract("Next month we host the first Cassandra Community Workshop in Lisbon, "
        + "right after DataCon 2022.");
    assertEquals(Set.of("Cassandra Community Workshop", "DataCon 2022"), names(x, EntityType.EVENT));
  }

  @Test
  void anEventIsNamedByWhatItIs() {
    Extraction x = extract("Quill Unplugged is a one-day open source unconference held in Porto. "
        + "Brightline Live was an online event for users. Kafka is a platform for event "
        + "streaming. Today was a great event.");
    assertEquals(Set.of("Quill Unplugged", "Brightline Live"), names(x, EntityType.EVENT));
    assertFalse(names(x, EntityType.EVENT).contains("Kafka"));
  }

  @Test
  void aDescribedMeetupIsNoName() {
    Extraction x = extract("Sprocket Days is an Arbor unconference event in Oslo, and the Arbor "
        + "meetup met again in June.");
    assertTrue(names(x, EntityType.EVENT).contains("Sprocket Days"), x.entities().toString());
    assertTrue(names(x, EntityType.EVENT).contains("Arbor meetup"), x.entities().toString());
    assertFalse(names(x, EntityType.EVENT).contains("Arbor unconference"), x.entities().toString());
  }

  @Test
  void aConferenceSpelledOutIsItsConName() {
    Extraction x = extract("We flew to QuillCon Asia 2022. The Quill Conference ran three days.");
    assertEquals(Set.of("QuillCon Asia 2022"), names(x, EntityType.EVENT));
  }

  @Test
  void aLinkToAnEventsPageNamesTheWholeEvent() {
    // "Observability Day" is a listed event; the link's words name another one
    Extraction x = extract("[Open Observability Day](https://events.example.org/open-"
        + "observability-day-europe/) has talks on tracing. [Observability Day]"
        + "(https://events.example.org/observability-day/) has more.");
    assertEquals(Set.of("Open Observability Day", "Observability Day 2023"),
        names(x, EntityType.EVENT));
  }

  @Test
  void softwareIsNamedByWhatIsSaidOfIt() {
    assertTrue(names(extract("We launched Foobarly DB, the distributed database built for the edge."),
        EntityType.TECHNOLOGY).contains("Foobarly DB"));
    assertTrue(names(extract("Wish presented a Go implementation of Zanzibar."),
        EntityType.TECHNOLOGY).contains("Zanzibar"));
    assertTrue(names(extract("The whole service is powered by Quokkadb."),
        EntityType.TECHNOLOGY).contains("Quokkadb"));
    assertTrue(names(extract("Schema changes use a feature known as OnlineDDL."),
        EntityType.TECHNOLOGY).contains("OnlineDDL"));
  }

  @Test
  void companiesInAListAreOrganizations() {
    Set<String> orgs = names(extract(
        "It is used by companies like Acmecorp, Globex and Initech every day."),
        EntityType.ORGANIZATION);
    assertTrue(orgs.containsAll(Set.of("Acmecorp", "Globex", "Initech")), orgs.toString());
    Set<String> others = names(extract(
        "We ran a booth with Umbrella Labs, Wayne Systems, and other companies."),
        EntityType.ORGANIZATION);
    assertTrue(others.containsAll(Set.of("Umbrella Labs", "Wayne Systems")), others.toString());
    Set<String> first = names(extract("Customers like Zorblax and Quintrell rely on it."),
        EntityType.ORGANIZATION);
    assertTrue(first.containsAll(Set.of("Zorblax", "Quintrell")), first.toString());
  }

  @Test
  void aCompanyIsNamedByWhoWorksThereOrWhatItIs() {
    assertTrue(names(extract("- [Scaling reads](https://example.com/v) - Jane Roe, Initech. "
        + "She explains caching."), EntityType.ORGANIZATION).contains("Initech"));
    assertTrue(names(extract("We met the folks at Hooli after the talk."),
        EntityType.ORGANIZATION).contains("Hooli"));
    assertTrue(names(extract("We chatted with the storage company Zymurgy about backups."),
        EntityType.ORGANIZATION).contains("Zymurgy"));
    assertTrue(names(extract("With the help of CNCF Berlin we ran the event."),
        EntityType.ORGANIZATION).contains("CNCF Berlin"));
  }

  @Test
  void twoPeopleNamedTogetherAreTwoPeople() {
    Extraction x = extract("- [Sharding at scale](https://example.com/t) - Alice Walker & Bob "
        + "Stone give an overview of sharding.");
    assertTrue(names(x, EntityType.PERSON).containsAll(Set.of("Alice Walker", "Bob Stone")),
        x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).isEmpty(), x.entities().toString());
  }

  @Test
  void regionAbbreviationsArePlacesAndJobTitlesAreNothing() {
    Extraction x = extract("Our CTO runs two clusters in the EU and one in the US.");
    assertTrue(names(x, EntityType.PLACE).containsAll(Set.of("EU", "US")), x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).isEmpty(), x.entities().toString());
  }

  @Test
  void aVenueIsAPlaceButAResearchCentreAndAPersonAreNot() {
    Extraction x = extract("Fooconf 2031 fills the Larkmoor Convention Centre in Lyon again, "
        + "and the booths are in Quillon Hall. Jane Hall from the Initech Research Center spoke.");
    assertTrue(names(x, EntityType.PLACE).containsAll(Set.of("Larkmoor Convention Centre",
        "Quillon Hall")), x.entities().toString());
    assertTrue(names(x, EntityType.PLACE).stream().noneMatch(n -> n.contains("Research")
        || n.contains("Jane")), x.entities().toString());
    assertTrue(names(x, EntityType.PERSON).contains("Jane Hall"), x.entities().toString());
  }

  @Test
  void aFirstNameJoinsTheFullNameInThePost() {
    Extraction x = extract("Maria Gonzalez gave the keynote on Tuesday. Later, Maria answered "
        + "questions with Tom Baker.");
    assertEquals(Set.of("Maria Gonzalez", "Tom Baker"), names(x, EntityType.PERSON));
    assertTrue(x.mentions().stream().filter(m -> m.surface().equals("Maria"))
        .allMatch(m -> m.name().equals("Maria Gonzalez")));
  }

  @Test
  void aModelGuessInAHeadingOrInQuotesIsNotAName() {
    Extraction x = extract("## Early Bird Special\n\nWe demoed an app we call 'Happy Puppies'.");
    assertTrue(names(x, EntityType.PERSON).isEmpty(), x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).isEmpty(), x.entities().toString());
  }

  @Test
  void aPersonInAHeadingIsKeptWhenTheTextNamesThemByAPartOfTheirName() {
    Extraction x = extract("## Sofia Marlowe, Product Designer\n\nSofia was a designer at "
        + "Initech in Lisbon before she joined us.\n\n## Happy Puppies Forever\n\nWe ship.");
    assertTrue(names(x, EntityType.PERSON).contains("Sofia Marlowe"), x.entities().toString());
    assertTrue(names(x, EntityType.PERSON).stream().noneMatch(n -> n.contains("Puppies")),
        x.entities().toString());
  }

  @Test
  void aConferenceWhereSomeoneMetAMaintainerIsNoCompany() {
    Extraction x = extract("Jane Roe, a maintainer at Initech, met another maintainer at "
        + "Quokkaconf and joined the Wombat Summit. At Dataconf, she worked on the keynote.");
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Initech"), x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).stream().noneMatch(n -> n.contains("conf")
        || n.contains("Summit")), x.entities().toString());
  }

  @Test
  void aContributorsCompanyAfterTheirHandleInParentheses() {
    Extraction x = extract("Thanks to Jane Roe (@jroe, Tullamore) for the new guide.");
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Tullamore"),
        x.entities().toString());
  }

  @Test
  void aTableThatListsNoTalksTypesNoEventsNorPeople() {
    Extraction x = extract("| Event | Description |\n| --- | --- |\n| Push | Fired on a "
        + "push |\n\n| Host | Port |\n| --- | --- |\n| Redis Primary | 6379 |\n\n"
        + "| File | Location |\n| --- | --- |\n| Logs | /var/log/app |\n");
    assertTrue(names(x, EntityType.EVENT).isEmpty(), x.entities().toString());
    assertTrue(names(x, EntityType.PERSON).isEmpty(), x.entities().toString());
    assertTrue(names(x, EntityType.PLACE).isEmpty(), x.entities().toString());
  }

  @Test
  void frontMatterAuthorsAndTagsCount() {
    Extraction x = SharedNlp.extract("title: Notes\nauthor: ['TiKV Authors', 'Jane Roe']\n"
        + "tags: ['Rust', 'Community']", "Short text.");
    assertEquals(EntityType.ORGANIZATION, x.authors().get(0).type());
    assertEquals(EntityType.PERSON, x.authors().get(1).type());
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Rust"));
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Community"));
  }

  @Test
  void theTitleIsReadTooAndMentionsKeepTheirOffsetsAndExtractor() {
    Extraction x = SharedNlp.extract("title: 'Highlights from FOSDEM 2020'\ndate: 2020-02-10",
        "We loved FOSDEM.");
    assertEquals(Set.of("FOSDEM 2020"), names(x, EntityType.EVENT));
    Mention first = x.mentions().stream().filter(m -> m.type() == EntityType.EVENT).findFirst()
        .orElseThrow();
    assertEquals("FOSDEM 2020", first.surface());
    assertEquals("rule:event-edition", first.extractor());
  }
}
