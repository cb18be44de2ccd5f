package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cross-post index: one node and one preferred name per thing, whatever the order of posts. */
class EntityIndexTest {
  private static final List<Map<EntityType, Set<String>>> POSTS = List.of(
      Map.of(EntityType.PERSON, Set.of("Juraci Paixao Krohling", "TED YOUNG")),
      Map.of(EntityType.PERSON, Set.of("Juraci Paixão Kröhling", "Jiten Vaidya")),
      Map.of(EntityType.PERSON, Set.of("Jitendra Vaidya", "Ted Young"),
          EntityType.TECHNOLOGY, Set.of("TiDB")),
      Map.of(EntityType.PERSON, Set.of("Jiten Vaidya"), EntityType.TECHNOLOGY, Set.of("TIDB")),
      Map.of(EntityType.TECHNOLOGY, Set.of("TiDB")));

  private static Map<String, String> preferred(List<Map<EntityType, Set<String>>> posts) {
    EntityIndex index = new EntityIndex(Map.of());
    posts.forEach(index::learn);
    Map<String, String> out = new TreeMap<>();
    for (Map<EntityType, Set<String>> post : POSTS) {
      post.forEach((type, names) -> names.forEach(n -> out.put(n, index.preferred(type, n))));
    }
    return out;
  }

  @Test
  void theNameMostPostsUseIsPreferredAndTiesGoToTheFullerSpelling() {
    Map<String, String> p = preferred(POSTS);
    assertEquals("Juraci Paixão Kröhling", p.get("Juraci Paixao Krohling"));
    assertEquals("Ted Young", p.get("TED YOUNG"));
    assertEquals("Jiten Vaidya", p.get("Jitendra Vaidya"), "two posts say Jiten, one Jitendra");
    assertEquals("TiDB", p.get("TIDB"));
  }

  @Test
  void everyOrderOfThePostsGivesTheSameNames() {
    Map<String, String> expected = preferred(POSTS);
    Random random = new Random(17);
    for (int i = 0; i < 20; i++) {
      List<Map<EntityType, Set<String>>> shuffled = new ArrayList<>(POSTS);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, preferred(shuffled), "order " + shuffled);
    }
  }

  @Test
  void aLaterPostThatChangesANameAsksForTheEarlierGraphsToBeRewritten() {
    EntityIndex index = new EntityIndex(Map.of());
    assertEquals("TED YOUNG", index.resolve(post("TED YOUNG")).extraction().entities().get(0)
        .name());
    assertEquals(List.of(), index.settle(), "a new node's graphs already agree");
    assertEquals("Ted Young", index.resolve(post("Ted Young")).extraction().entities().get(0)
        .name());
    assertEquals(List.of(new EntityIndex.Rewrite(EntityType.PERSON,
        Set.of("TED YOUNG", "Ted Young"), "Ted Young")), index.settle());
    assertEquals(List.of(), index.settle());
    // the second post is removed: the name goes back to the one post that is left
    index.forget(Map.of(EntityType.PERSON, Set.of("Ted Young")));
    assertEquals(List.of(new EntityIndex.Rewrite(EntityType.PERSON, Set.of("Ted Young"),
        "TED YOUNG")), index.settle());
  }

  @Test
  void aShortGivenNameJoinsTwoNodesAndTheNodeTakesOneName() {
    EntityIndex index = new EntityIndex(Map.of(EntityType.PERSON,
        Map.of("Jitendra Vaidya", 1, "Jiten Vaidya", 2, "Ana Smith", 1)));
    assertEquals("Jiten Vaidya", index.preferred(EntityType.PERSON, "Jitendra Vaidya"));
    assertEquals("Ana Smith", index.preferred(EntityType.PERSON, "ANA SMITH"));
    index.resolve(post("Jitendra Vaidya"));
    index.resolve(post("Jitendra Vaidya"));
    assertEquals(List.of(new EntityIndex.Rewrite(EntityType.PERSON,
        Set.of("Jiten Vaidya", "Jitendra Vaidya"), "Jitendra Vaidya")), index.settle());
  }

  @Test
  void aPostCountsOnceAndItsEntitiesKeepTheirOwnSpellingAsAlias() {
    EntityIndex index = new EntityIndex(Map.of(EntityType.PERSON, Map.of("Ted Young", 1)));
    EntityIndex.Resolved r = index.resolve(post("TED YOUNG"));
    Entity ted = r.extraction().entities().get(0);
    assertEquals("Ted Young", ted.name());
    assertEquals(Set.of("TED YOUNG"), ted.aliases());
    assertEquals(Map.of(new Ref(EntityType.PERSON, "Ted Young"), Set.of("TED YOUNG")),
        r.postNames());
  }

  private static Extraction post(String person) {
    Entity e = new Entity(EntityType.PERSON, person, Set.of(), java.util.Optional.empty(),
        java.util.Optional.empty());
    return new Extraction(List.of(e), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
