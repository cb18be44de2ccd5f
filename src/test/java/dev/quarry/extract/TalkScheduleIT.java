package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A conference post whose talks are in a schedule table, a numbered list and short prose. */
class TalkScheduleIT {
  private static final String EVENT = "Quayfest 2034";
  private static Extraction post;

  @BeforeAll
  static void read() {
    post = SharedNlp.extract("title: 'Three days at Quayfest 2034'\ndate: 2034-06-01", """
        We were in Bergen for the conference, and here is what we saw.

        ## Main stage

        | Time | Session | Speaker |
        | --- | --- | --- |
        | 09:30 | Tuning Postgres Vacuum | Edda Moen (Initech) |
        | 11:00 | Rust Services at Scale | Lars Vik & Tuva Dahl, Globex |

        ## Keynotes

        1. “The Next Ten Years of Kafka” Laura Pierce, Developer Advocate, Hooli
        2. “Observability Without Tears” Mads Lund, Staff Engineer at Umbrella

        Siri Holt opened the conference with a keynote on Kubernetes security.

        Later, Jon Berg demoed the new Vitess operator.
        """);
  }

  private static Talk onlyTalkOf(String speaker) {
    List<Talk> of = post.talks().stream().filter(t -> t.speakers().contains(speaker)).toList();
    assertEquals(1, of.size(), "talks of " + speaker + ": " + post.talks());
    return of.get(0);
  }

  private static Set<String> topics(Talk t) {
    return t.topics().stream().map(Ref::name).collect(Collectors.toSet());
  }

  private static Set<String> worksFor() {
    return post.facts().stream().filter(f -> f.predicate() == Fact.Predicate.WORKS_FOR)
        .map(f -> f.subject().name() + " -> " + f.object().name()
            + f.role().map(r -> " (" + r + ")").orElse(""))
        .collect(Collectors.toSet());
  }

  @Test
  void everyTalkIsReadOnceAtThePostsEvent() {
    assertEquals(Set.of("Edda Moen", "Lars Vik & Tuva Dahl", "Laura Pierce", "Mads Lund",
        "Siri Holt", "Jon Berg"), post.talks().stream()
        .map(t -> String.join(" & ", t.speakers())).collect(Collectors.toSet()));
    for (Talk t : post.talks()) {
      assertEquals(Optional.of(EVENT), t.event(), t.toString());
    }
  }

  @Test
  void aTableRowGivesTheTitleCellTheSpeakersAndTheirCompanies() {
    Talk t = onlyTalkOf("Edda Moen");
    assertEquals(Optional.of("Tuning Postgres Vacuum"), t.title());
    assertEquals(Set.of("PostgreSQL"), topics(t));
    assertEquals(Optional.of("Rust Services at Scale"), onlyTalkOf("Tuva Dahl").title());
    assertTrue(worksFor().containsAll(Set.of("Edda Moen -> Initech", "Lars Vik -> Globex",
        "Tuva Dahl -> Globex")), worksFor().toString());
  }

  @Test
  void aCompanyAfterARoleIsNoSpeaker() {
    Talk t = onlyTalkOf("Laura Pierce");
    assertEquals(List.of("Laura Pierce"), t.speakers());
    assertEquals(Optional.of("The Next Ten Years of Kafka"), t.title());
    assertEquals(Optional.of("Observability Without Tears"), onlyTalkOf("Mads Lund").title());
  }

  @Test
  void speakersFirstInParenthesesOrOnTheirOwnLineUnderTheTitle() {
    Extraction x = SharedNlp.extract("title: 'Talks at Quayfest 2034'\ndate: 2034-06-01", """
        ### Scaling Kafka Consumers

        *Marta Kolar, Initech*

        ### Fast Builds with Bazel

        Speaker: Odd Solberg

        - Kari Lunde - Tracing Rust Services
        - **Per Haugen** (Globex): Migrating to PostgreSQL
        - Zero-Downtime Deploys with Argo CD (Nina Strand)
        - Jonas Eide, Umbrella - Securing Envoy Gateways
        """);
    Set<String> read = x.talks().stream().map(t -> String.join(" & ", t.speakers()) + ": "
        + t.title().orElse("?") + " " + t.topics().stream().map(Ref::name).sorted().toList())
        .collect(Collectors.toSet());
    assertEquals(Set.of("Marta Kolar: Scaling Kafka Consumers [Apache Kafka]",
        "Odd Solberg: Fast Builds with Bazel [Bazel]",
        "Kari Lunde: Tracing Rust Services [Rust]",
        "Per Haugen: Migrating to PostgreSQL [PostgreSQL]",
        "Nina Strand: Zero-Downtime Deploys with Argo CD [Argo CD]",
        "Jonas Eide: Securing Envoy Gateways [Envoy]"), read);
  }

  @Test
  void aNameAndADashOutsideATalkListingIsNoTalk() {
    Extraction x = SharedNlp.extract("title: 'Thanks to our contributors'\ndate: 2034-06-01", """
        - Greta Lind - for fixing the docs
        - Paulo Reis - our new maintainer
        """);
    assertEquals(List.of(), x.talks());
  }

  @Test
  void openingTheConferenceWithAKeynoteAndDemoingAreTalks() {
    assertEquals(Set.of("Kubernetes"), topics(onlyTalkOf("Siri Holt")));
    assertEquals(Set.of("Vitess"), topics(onlyTalkOf("Jon Berg")));
  }
}
