package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A post whose talks are tables with a header: the header says which cell is the title, the
 * speakers, the event (one no gazetteer knows), the speakers' company and the city.
 */
class TalkTableColumnsIT {
  private static Extraction post;

  @BeforeAll
  static void read() {
    post = SharedNlp.extract("title: 'Our spring on the road, after FOSDEM 2031'\ndate: 2031-02-20",
        """
        After FOSDEM 2031 we planned the rest of the spring. Come and say hello.

        | Talk | Speaker | Event | Date | City |
        | --- | --- | --- | --- | --- |
        | Why is my queue slow? Notes on backpressure | Ada Quill | [Brindlecon 2031](https://brindlecon.example/) | May 3 | Lyon, France |
        | Sharding the ledger one tenant at a time | Bo Lindqvist & Cara Mendes | Harbor Forward 2031 | June 9–10 | Online |
        | Caching for the impatient | Dev Okafor | TBA | July 1 | Porto |

        **Harbor Forward 2031.** Bring your questions about sharding, and stickers.

        ## Meetups

        | Session | Presenter(s) | Affiliation | Meetup |
        | --- | --- | --- | --- |
        | Ten years of flaky tests | Eli Brandt | Quorvex | Tern Valley Devs |
        | Pairing on incidents | Fia Holm, Zentrix; Gus Amari, Pellwick | | Tern Valley Devs (Porto) |
        """);
  }

  private static Talk onlyTalkOf(String speaker) {
    List<Talk> of = post.talks().stream().filter(t -> t.speakers().contains(speaker)).toList();
    assertEquals(1, of.size(), "talks of " + speaker + ": " + post.talks());
    return of.get(0);
  }

  private static Optional<EntityType> typeOf(String name) {
    return post.entities().stream().filter(e -> e.name().equals(name)).map(Entity::type)
        .findFirst();
  }

  private static Set<String> facts(Fact.Predicate predicate) {
    return post.facts().stream().filter(f -> f.predicate() == predicate)
        .map(f -> f.subject().name() + " -> " + f.object().name()).collect(Collectors.toSet());
  }

  @Test
  void theTitleComesFromTheTalkColumnAndTheEventFromTheEventColumn() {
    Talk ada = onlyTalkOf("Ada Quill");
    assertEquals(Optional.of("Why is my queue slow? Notes on backpressure"), ada.title());
    assertEquals(Optional.of("Brindlecon 2031"), ada.event());
    Talk pair = onlyTalkOf("Cara Mendes");
    assertEquals(List.of("Bo Lindqvist", "Cara Mendes"), pair.speakers());
    assertEquals(Optional.of("Sharding the ledger one tenant at a time"), pair.title());
    assertEquals(Optional.of("Harbor Forward 2031"), pair.event());
    assertTrue(facts(Fact.Predicate.SPOKE_AT).containsAll(Set.of(
        "Ada Quill -> Brindlecon 2031", "Bo Lindqvist -> Harbor Forward 2031",
        "Cara Mendes -> Harbor Forward 2031", "Eli Brandt -> Tern Valley Devs")),
        facts(Fact.Predicate.SPOKE_AT).toString());
  }

  @Test
  void anEventCellThatNamesNoEventLeavesTheTalkWithoutThePostsEvent() {
    assertEquals(Optional.empty(), onlyTalkOf("Dev Okafor").event());
  }

  @Test
  void cellsUnderEventCompanyAndPlaceColumnsAreThoseThings() {
    assertEquals(Optional.of(EntityType.EVENT), typeOf("Brindlecon 2031"));
    assertEquals(Optional.of(EntityType.EVENT), typeOf("Harbor Forward 2031"));
    assertEquals(Optional.of(EntityType.EVENT), typeOf("Tern Valley Devs"));
    assertEquals(Optional.of(EntityType.ORGANIZATION), typeOf("Quorvex"));
    assertEquals(Optional.of(EntityType.PLACE), typeOf("Lyon"));
    assertEquals(Optional.of(EntityType.PLACE), typeOf("Porto"));
    assertEquals(Optional.empty(), typeOf("Online"));
    assertEquals(Optional.empty(), typeOf("TBA"));
  }

  @Test
  void aNameTheTableTypedIsTheSameThingWhereTheTextWritesItAgain() {
    assertEquals(2, post.mentions().stream().filter(m -> m.type() == EntityType.EVENT
        && m.name().equals("Harbor Forward 2031")).count(), post.mentions().toString());
  }

  @Test
  void anEditionTheGazetteerDoesNotKnowHasTheWordsBeforeItsYearAsItsSeries() {
    Entity e = post.entities().stream().filter(x -> x.name().equals("Brindlecon 2031"))
        .findFirst().orElseThrow();
    assertEquals(Optional.of("Brindlecon"), e.series());
  }

  @Test
  void speakersTakeTheirCompanyFromTheirCellOrTheCompanyColumn() {
    assertEquals(Optional.of("Ten years of flaky tests"), onlyTalkOf("Eli Brandt").title());
    Talk pair = onlyTalkOf("Gus Amari");
    assertEquals(List.of("Fia Holm", "Gus Amari"), pair.speakers());
    assertEquals(Optional.of("Tern Valley Devs"), pair.event());
    assertTrue(facts(Fact.Predicate.WORKS_FOR).containsAll(Set.of("Eli Brandt -> Quorvex",
        "Fia Holm -> Zentrix", "Gus Amari -> Pellwick")),
        facts(Fact.Predicate.WORKS_FOR).toString());
  }
}
