package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Events no list holds, named by their shape: a name and a year where someone is at it, a series
 * with a place and a year, a year glued to a series, names joined by "+" or "&" before an event
 * word; and the words of the same shape that name no event.
 */
class EventShapesIT {
  private static Extraction extract(String body) {
    return SharedNlp.extract("title: A post\ndate: 2031-01-10", body);
  }

  private static Set<String> names(Extraction x, EntityType type) {
    return x.entities().stream().filter(e -> e.type() == type).map(Entity::name)
        .collect(Collectors.toSet());
  }

  @Test
  void aNameAndAYearThatSomeoneIsAtIsAnEvent() {
    Extraction x = extract("Last spring Mira Olsen spoke at Plinth Forward 2031. We had a booth "
        + "at Quarkle LDN 2030, and his talk at Vexo CONF 2031 was recorded.");
    assertEquals(Set.of("Plinth Forward 2031", "Quarkle LDN 2030", "Vexo CONF 2031"),
        names(x, EntityType.EVENT));
  }

  @Test
  void aNameAndAYearWithWhereItIsHeldIsAnEvent() {
    Extraction x = extract("""
        Where to find us this autumn:

        **Morrow Forward 2031 (Lisbon).** Two talks on storage engines.

        **Brightwave 2031 (online).** A panel on queues.

        **Kafka Forward 2031 (Oslo).** A workshop on consumers.
        """);
    // not "Forward 2031", the part of a name after a listed one
    assertEquals(Set.of("Morrow Forward 2031", "Brightwave 2031"), names(x, EntityType.EVENT));
  }

  @Test
  void theSecondOfTwoEditionsSomeoneIsAtIsAnEventToo() {
    Extraction x = extract("This year Jon Berg gave talks at both Harlow Summit 2031 and "
        + "Brintel DATA 2031.");
    assertEquals(Set.of("Harlow Summit 2031", "Brintel DATA 2031"), names(x, EntityType.EVENT));
  }

  @Test
  void aCompanyAProductVersionOrADateWithAYearIsNoEvent() {
    Extraction x = extract("Our stack ran on Windows 2000 at Google 2019. Kubernetes 1.28 shipped "
        + "in March 2031, and we moved at Q3 2030 to a new office at Easter 2031. Lea worked at "
        + "Hollin 2019 to 2021, then at Brack Corp 2029.");
    assertEquals(Set.of(), names(x, EntityType.EVENT));
  }

  @Test
  void aSeriesWithAPlaceAndAYearIsOneEventNotAPlace() {
    Extraction x = extract("Tarnconf Paris 2031 sold out in a week. Bardays Lyon 2030 was smaller, "
        + "and Pollenconf Europe 2031 opens in May.");
    assertEquals(Set.of("Tarnconf Paris 2031", "Bardays Lyon 2030", "Pollenconf Europe 2031"),
        names(x, EntityType.EVENT));
    assertFalse(names(x, EntityType.PLACE).contains("Paris"), names(x, EntityType.PLACE).toString());
  }

  @Test
  void aSeriesWithAGluedYearIsAnEvent() {
    Extraction x = extract("The slides from GlimCon31 EMEA are online, and TorvCon30 sold out.");
    assertEquals(Set.of("GlimCon31 EMEA", "TorvCon30"), names(x, EntityType.EVENT));
  }

  @Test
  void namesJoinedByPlusOrAmpersandBeforeAnEventWordAreOneEventAndACitysUserGroupToo() {
    Extraction x = extract("We ran the Pellet + Zorn Day before the Quorra & Brisk Summit, and "
        + "in June the Lyon Quorra & Brisk User Group met for the first time. The Brisk User "
        + "Group (BUG) is an independent organization run by its users.");
    assertEquals(Set.of("Pellet + Zorn Day", "Quorra & Brisk Summit",
        "Lyon Quorra & Brisk User Group"), names(x, EntityType.EVENT));
  }

  @Test
  void aTalkUnderAHeadingThatNamesAnEventIsAtIt() {
    Extraction x = extract("""
        We will be busy at the conference this year.

        ## Monday: Pellet + Zorn Day

        Ava Lindqvist gives a talk on Kafka and Flink in production.
        """);
    List<Talk> talks = x.talks().stream().filter(t -> t.speakers().contains("Ava Lindqvist"))
        .toList();
    assertEquals(1, talks.size(), x.talks().toString());
    assertEquals(Optional.of("Pellet + Zorn Day"), talks.get(0).event());
    assertTrue(names(x, EntityType.EVENT).contains("Pellet + Zorn Day"));
  }
}
