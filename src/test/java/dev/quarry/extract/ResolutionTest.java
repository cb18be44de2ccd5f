package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Entity resolution that needs no NLP model: names, people, editions, the cross-post index. */
class ResolutionTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @Test
  void shortNamesJoinTheOnlyFullNameTheyCanStandFor() {
    Map<String, String> r = PersonNames.resolve(List.of("Sugu Sougoumarane", "Jitendra Vaidya",
        "Sugu", "Jiten", "Vaidya", "Lee"));
    assertEquals("Sugu Sougoumarane", r.get("Sugu"));
    assertEquals("Jitendra Vaidya", r.get("Jiten"));
    assertEquals("Jitendra Vaidya", r.get("Vaidya"));
    assertEquals("Lee", r.get("Lee"));
  }

  @Test
  void anAmbiguousShortNameStaysItself() {
    Map<String, String> r = PersonNames.resolve(List.of("Dan Brown", "Dan Kozlowski", "Dan"));
    assertEquals("Dan", r.get("Dan"));
  }

  @Test
  void twoFormsOfOneFullNameAreOnePerson() {
    assertTrue(PersonNames.samePerson("Jiten Vaidya", "Jitendra Vaidya"));
    assertFalse(PersonNames.samePerson("Jay Lee", "Jayden Lee"));
    assertFalse(PersonNames.samePerson("Ana Hobden", "Ana Smith"));
  }

  @Test
  void editionsAreNamedFromSeriesRegionAndYear() {
    EventNames names = new EventNames(GAZETTEER);
    assertEquals("KubeCon Europe 2019",
        names.parse("Kubecon+CloudNativeCon Europe 2019").orElseThrow().name());
    assertEquals("KubeCon North America 2019",
        names.parse("KubeCon + CloudNativeCon NA 2019").orElseThrow().name());
    assertEquals("Percona Live Austin", names.parse("Percona Live Austin").orElseThrow().name());
    assertEquals(Optional.empty(), names.parse("Vitess Workshop and Meetup"));
    assertTrue(names.variants("KubeCon Europe 2019").contains("KubeCon EU 2019"));
  }

  @Test
  void editionsWithoutAYearTakeItFromTheTextElseThePostDate() {
    EventNames names = new EventNames(GAZETTEER);
    var percona = names.parse("Percona Live").orElseThrow();
    var perconaEu = names.parse("Percona Live Europe").orElseThrow();
    var kubecon = names.parse("KubeCon").orElseThrow();
    var kubeconNa = names.parse("KubeCon NA 2019").orElseThrow();
    var kubeconEu = names.parse("KubeCon EU").orElseThrow();
    var full = EventNames.complete(List.of(percona, perconaEu, kubecon, kubeconNa, kubeconEu),
        Optional.of(LocalDate.of(2019, 12, 9)));
    assertEquals("Percona Live Europe 2019", full.get(percona).name());
    assertEquals("Percona Live Europe 2019", full.get(perconaEu).name());
    assertEquals("KubeCon North America 2019", full.get(kubecon).name());
    assertEquals("KubeCon Europe 2019", full.get(kubeconEu).name());
  }

  @Test
  void theIndexKeepsOneNamePerNodeAcrossPosts() {
    EntityIndex index = new EntityIndex(Map.of(EntityType.PERSON,
        Map.of("Jitendra Vaidya", 1, "Juraci Paixão Kröhling", 1)));
    Entity jiten = person("Jiten Vaidya");
    Entity juraci = person("Juraci Paixao Krohling");
    Mention m = new Mention(EntityType.PERSON, "Jiten Vaidya", 0, 12, 0, "Jiten Vaidya", "ner");
    Extraction x = index.resolve(new Extraction(List.of(jiten, juraci), List.of(m), List.of(),
        List.of(), List.of(), List.of())).extraction();
    // one post each: the longer given name and the accented spelling win the tie
    assertEquals(Set.of("Jitendra Vaidya", "Juraci Paixão Kröhling"),
        Set.copyOf(x.entities().stream().map(Entity::name).toList()));
    assertEquals("Jitendra Vaidya", x.mentions().get(0).name());
    assertTrue(x.entities().get(0).aliases().contains("Jiten Vaidya"));
  }

  private static Entity person(String name) {
    return new Entity(EntityType.PERSON, name, Set.of(), Optional.empty(), Optional.empty());
  }

  @Test
  void namesCompareIgnoringCaseAccentsAndPunctuation() {
    assertEquals(Names.key("Université Libre de Bruxelles"), Names.key("universite-libre  de bruxelles"));
    assertEquals("Slack", Names.clean("“Slack”,"));
  }
}
