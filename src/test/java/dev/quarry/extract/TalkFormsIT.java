package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A whole conference recap written in several talk forms, read through the NLP models. */
class TalkFormsIT {
  private static final String EVENT = "Stormfront Summit 2031";
  private static final String FRONT_MATTER = "title: 'Our recap of Stormfront Summit 2031'\n"
      + "date: 2031-10-02\nauthor: Priya Lindqvist";
  private static final String BODY = """
      We spent two days at Stormfront Summit 2031 in Tallinn. Here are the talks we liked most.

      ## Schedule highlights

      - **[Taming Kubernetes Operators](https://sched.example/x)**<br> by Marta Kowalczyk, \
      Shopify & Tobias Renner, Netflix<br> 9:00am
      - **[Zero-Copy Parsing in Rust](https://sched.example/y)**<br> by Helena Brandt & \
      Oskar Nyberg, Microsoft<br> 11:15am

      ## Scaling Reads Without Tears by Ingrid Solheim

      Ingrid showed how her team put a cache in front of PostgreSQL and cut read latency in half.

      ## Observability on a Budget

      **Presented by**: Rafael Okonkwo, Staff Engineer at Datadog

      Rafael walked through a setup built on Prometheus and Grafana.

      ## The closing panel

      The panelists were Amara Diallo, Kenji Watanabe and Lucia Ferreira.

      The final demo of Terraform was presented by Fatima Haddad.

      - Photo by Nils Ekberg
      """;

  private static Extraction recap;
  private static Map<String, Talk> bySpeakers;

  @BeforeAll
  static void read() {
    recap = SharedNlp.extract(FRONT_MATTER, BODY);
    bySpeakers = recap.talks().stream().collect(Collectors.toMap(
        TalkFormsIT::speakers, Function.identity(), (first, again) -> first));
  }

  private static String speakers(Talk t) {
    return String.join(" & ", t.speakers());
  }

  private static Talk talkOf(String speakers) {
    Talk t = bySpeakers.get(speakers);
    assertTrue(t != null, "no talk by " + speakers + " among " + bySpeakers.keySet());
    return t;
  }

  private static Ref tech(String name) {
    return new Ref(EntityType.TECHNOLOGY, name);
  }

  @Test
  void everyTalkOfThePostAndNoMore() {
    assertEquals(List.of("Marta Kowalczyk & Tobias Renner", "Helena Brandt & Oskar Nyberg",
        "Ingrid Solheim", "Rafael Okonkwo", "Amara Diallo & Kenji Watanabe & Lucia Ferreira",
        "Fatima Haddad"), recap.talks().stream().map(TalkFormsIT::speakers).toList());
  }

  @Test
  void everyTalkIsAtThePostsEvent() {
    for (Talk t : recap.talks()) {
      assertEquals(Optional.of(EVENT), t.event(), t.toString());
    }
  }

  @Test
  void aScheduleItemGivesItsLinkedTitleAndTheTechnologyInIt() {
    Talk t = talkOf("Marta Kowalczyk & Tobias Renner");
    assertEquals(Optional.of("Taming Kubernetes Operators"), t.title());
    assertEquals(List.of(tech("Kubernetes")), t.topics(), "the speakers' companies are no topics");
    assertEquals(Optional.empty(), t.recording());
    assertEquals(Optional.of("Zero-Copy Parsing in Rust"),
        talkOf("Helena Brandt & Oskar Nyberg").title());
  }

  @Test
  void aHeadingTitleBySpeakerTakesTheTopicsOfTheParagraphAboutIt() {
    Talk t = talkOf("Ingrid Solheim");
    assertEquals(Optional.of("Scaling Reads Without Tears"), t.title());
    assertEquals(List.of(tech("PostgreSQL")), t.topics());
    assertTrue(recap.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON
        && e.name().equals("Ingrid Solheim")), "a name after 'by' in a heading is kept");
  }

  @Test
  void aPresentedByLineIsTitledByItsHeading() {
    Talk t = talkOf("Rafael Okonkwo");
    assertEquals(Optional.of("Observability on a Budget"), t.title());
    assertEquals(Set.of(tech("Prometheus"), tech("Grafana")), Set.copyOf(t.topics()));
  }

  @Test
  void thePanelAndThePassiveDemo() {
    assertEquals(Optional.of("The closing panel"),
        talkOf("Amara Diallo & Kenji Watanabe & Lucia Ferreira").title());
    assertEquals(List.of(tech("Terraform")), talkOf("Fatima Haddad").topics());
  }

  @Test
  void theSpeakersCompaniesAreWorksForFactsWithTheRoleGiven() {
    Set<String> worksFor = recap.facts().stream()
        .filter(f -> f.predicate() == Fact.Predicate.WORKS_FOR)
        .map(f -> f.subject().name() + " -> " + f.object().name()
            + f.role().map(r -> " (" + r + ")").orElse(""))
        .collect(Collectors.toSet());
    assertEquals(Set.of("Marta Kowalczyk -> Shopify", "Tobias Renner -> Netflix",
        "Helena Brandt -> Microsoft", "Oskar Nyberg -> Microsoft",
        "Rafael Okonkwo -> Datadog (Staff Engineer)"), worksFor);
  }
}
