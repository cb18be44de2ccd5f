package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Talks whose event, speaker or topics come from around the sentence that tells of them: a list's
 * lead-in, an acronym conference, a nickname, the post itself, a list of highlights.
 */
class TalkContextIT {
  private static Talk onlyTalkOf(Extraction x, String speaker) {
    List<Talk> of = x.talks().stream().filter(t -> t.speakers().contains(speaker)).toList();
    assertEquals(1, of.size(), "talks of " + speaker + ": " + x.talks());
    return of.get(0);
  }

  private static Set<String> topics(Talk t) {
    return t.topics().stream().map(Ref::name).collect(Collectors.toSet());
  }

  private static Set<String> events(Extraction x) {
    return x.entities().stream().filter(e -> e.type() == EntityType.EVENT)
        .map(Entity::name).collect(Collectors.toSet());
  }

  @Test
  void aListedTalkIsAtTheEventItsLeadInNames() {
    Extraction x = SharedNlp.extract("title: 'News from the storage team'\ndate: 2032-03-01", """
        Our team had a busy month, with new releases and a lot of reviews.

        The [Harbor and Lighthouse Developer Summit Oslo 2032](https://example.org/s) takes \
        place next week, and we give two talks there:

        - [Faster Compaction in RocksDB](https://example.org/a) - Tove Lindgren (10:30, Mar 9)
        - [Raft Snapshots Explained](https://example.org/b) - Emeka Obi (14:00, Mar 9)
        """);
    String summit = "Harbor and Lighthouse Developer Summit Oslo 2032";
    assertTrue(events(x).contains(summit), events(x).toString());
    assertEquals(Optional.of(summit), onlyTalkOf(x, "Tove Lindgren").event());
    assertEquals(Optional.of(summit), onlyTalkOf(x, "Emeka Obi").event());
    assertEquals(Set.of("RocksDB"), topics(onlyTalkOf(x, "Tove Lindgren")));
  }

  @Test
  void aListAfterAParagraphNamingTwoEventsTakesNeither() {
    Extraction x = SharedNlp.extract("title: 'Spring travels'\ndate: 2032-04-01", """
        After the Lakeside Developer Summit 2032 we went on to the Northern Storage Forum 2032.

        - [Faster Compaction in RocksDB](https://example.org/a) - Tove Lindgren
        """);
    assertEquals(Optional.empty(), onlyTalkOf(x, "Tove Lindgren").event());
  }

  @Test
  void aConferenceByItsAcronymIsOneEventHoweverThePostWritesIt() {
    Extraction x = SharedNlp.extract("title: 'Two papers accepted'\ndate: 2032-06-10"
        + "\nsummary: 'We present two papers at the 30th SOCS conference.'", """
        The [30th Symposium on Cloud Storage (SOCS)](https://example.org/socs) runs online in \
        June.

        - [Lock-Free Indexes for Tiered Storage](https://example.org/p1)

          **Presented by**: Dr. Ilse Vermeer, Research Engineer at Initech

        See you at SOCS 2032!
        """);
    assertEquals(Set.of("SOCS 2032"), events(x));
    assertEquals(Optional.of("SOCS 2032"), onlyTalkOf(x, "Ilse Vermeer").event());
  }

  @Test
  void aTalkAtAnAcronymEditionWrittenWithAShortYear() {
    Extraction x = SharedNlp.extract("title: 'Coprocessors'\ndate: 2032-01-05", """
        The idea goes back a long way (see [Oren Kaplan's talk at HPTS '11, slide 40]\
        (https://example.org/slides)).
        """);
    Talk t = onlyTalkOf(x, "Oren Kaplan");
    assertEquals(Optional.of("HPTS 2011"), t.event());
  }

  @Test
  void aPersonWithANicknameIsOnePersonAndTheAuthorByTheNickname() {
    Extraction x = SharedNlp.extract("title: 'Compaction in RocksDB'\ndate: 2032-02-02"
        + "\nauthor: Bao Nguyen", """
        This is the talk given by Minh (Bao) Nguyen at the Storage Internals meetup in May.

        Today I will tell you how we tune compaction.
        """);
    Talk t = onlyTalkOf(x, "Minh Nguyen");
    assertEquals(Optional.of("Storage Internals meetup"), t.event());
    assertEquals(Set.of("RocksDB"), topics(t), "the post is the talk: its title says its topic");
    assertEquals(List.of("Minh Nguyen"), x.authors().stream().map(Entity::name).toList());
  }

  @Test
  void aSecondTalkOfTheSameSpeakerAtAnotherEventIsItsOwn() {
    Extraction x = SharedNlp.extract("title: 'Kafka at the Valley Go meetup'\ndate: 2032-05-05",
        """
        At last week's Valley Go meetup, Rosa Delgado spoke about running Kafka on Kubernetes.

        For more, watch [Rosa Delgado's talk at GopherCon 2031](https://example.org/v).
        """);
    Set<Optional<String>> at = x.talks().stream()
        .filter(t -> t.speakers().contains("Rosa Delgado")).map(Talk::event)
        .collect(Collectors.toSet());
    assertEquals(Set.of(Optional.of("Valley Go meetup"), Optional.of("GopherCon 2031")), at);
  }

  @Test
  void anArticleBasedOnATalkIsThatTalk() {
    Extraction x = SharedNlp.extract("title: 'How we moved our ledger to CockroachDB'\n"
        + "date: 2032-07-07", """
        We ran one database per region for years, and it hurt.

        *This article is based on a talk given by Pavel Novak at Cloud Ledger Summit 2032.*
        """);
    Talk t = onlyTalkOf(x, "Pavel Novak");
    assertEquals(Optional.of("Cloud Ledger Summit 2032"), t.event());
    assertEquals(Set.of("CockroachDB"), topics(t));
  }

  @Test
  void inThisPostNamesNoTalk() {
    Extraction x = SharedNlp.extract("title: 'Release notes'\ndate: 2032-07-07",
        "In this post, Pavel Novak shares what changed in the new release of Vitess.");
    assertEquals(List.of(), x.talks());
  }

  @Test
  void someoneWithTheirRoleFeaturedATechnologyInAKeynote() {
    Extraction x = SharedNlp.extract("title: 'Our week at Harbor Summit 2032'\n"
        + "date: 2032-09-09", """
        Then, **Greta Holm, Program Chair**, featured Vitess in the \
        [Opening Keynote](https://example.org/k).
        """);
    Talk t = onlyTalkOf(x, "Greta Holm");
    assertEquals(Set.of("Vitess"), topics(t));
    assertEquals(Optional.of("Harbor Summit 2032"), t.event());
  }

  @Test
  void inAnInterviewTheGuestSpeaksAndTheInterviewerDoesNot() {
    Extraction x = SharedNlp.extract("title: 'Episode 7 of our show'\ndate: 2032-08-08", """
        In this episode, host Willa Brandt talks with Ruben Castillo about running Cassandra \
        at a bank.

        _Interviewed by: Willa Brandt, Initech_
        """);
    assertEquals(List.of(List.of("Ruben Castillo")),
        x.talks().stream().map(Talk::speakers).toList());
    assertEquals(Set.of("Apache Cassandra"), topics(onlyTalkOf(x, "Ruben Castillo")));
  }

  @Test
  void aTalkTitledInTheSentenceBeforeItsSpeakers() {
    Extraction x = SharedNlp.extract("title: 'Community news'\ndate: 2032-08-08", """
        Our next webinar, [Sharding Without Pain](https://example.org/w), is on June 3. Nadia \
        Kerr will share how her team sharded PostgreSQL.
        """);
    assertEquals(Optional.of("Sharding Without Pain"), onlyTalkOf(x, "Nadia Kerr").title());
  }

  @Test
  void highlightsFromTheTalkAddTheirTechnologies() {
    Extraction x = SharedNlp.extract("title: 'Notes from the Valley Go meetup'\n"
        + "date: 2032-05-05", """
        At the Valley Go meetup, Rosa Delgado spoke about the history of Vitess.

        Some highlights from the talk:

        - Sharding was there from the first release.
        - It ran on Kubernetes early on.
        """);
    assertEquals(Set.of("Vitess", "Kubernetes"), topics(onlyTalkOf(x, "Rosa Delgado")));
  }
}
