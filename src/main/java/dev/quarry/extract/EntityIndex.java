package dev.quarry.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolution across posts, so that one thing named two ways in two posts is one node with one
 * preferred name: "Juraci Paixão Kröhling" and "Juraci Paixao Krohling", "TED YOUNG" and "Ted
 * Young", or a person's short and long given name ("Jiten Vaidya", "Jitendra Vaidya"). The answer
 * depends only on the set of posts, never on their order: names with one identity key (and people
 * whose keys {@link PersonNames#samePerson} joins, directly or through others) are one node, and
 * its preferred name is the name the most posts give it, ties broken by {@link Names#BETTER}. Each post
 * counts once per name it uses ({@link #postNames}). Not thread-safe: the single writer uses it.
 */
public final class EntityIndex {
  /**
   * The graphs of nodes once named {@code from} (any of them) are now one node named {@code to}:
   * what a store must rewrite so that every post's graph agrees.
   */
  public record Rewrite(EntityType type, Set<String> from, String to) {}

  /** An extraction renamed to the preferred names, and the names the post itself gave each node. */
  public record Resolved(Extraction extraction, Map<Ref, Set<String>> postNames) {}

  /** Per type: identity key -> name -> how many posts use that name. */
  private final Map<EntityType, Map<String, Map<String, Integer>>> counts =
      new EnumMap<>(EntityType.class);
  /** The keys of people, by the family name (last word) of the key. */
  private final Map<String, Set<String>> peopleByFamily = new HashMap<>();
  /** Per type and key: the name the store's graphs give that key's node. */
  private final Map<EntityType, Map<String, String>> stored = new EnumMap<>(EntityType.class);
  /** Per type: the keys whose node may have changed since {@link #settle()}. */
  private final Map<EntityType, Set<String>> touched = new EnumMap<>(EntityType.class);
  /** Per type and key: the names this group's graphs gave that key's node. */
  private final Map<EntityType, Map<String, Set<String>>> pending = new EnumMap<>(EntityType.class);

  /** Starts from the names the store's posts give their entities, with how many posts do. */
  public EntityIndex(Map<EntityType, ? extends Map<String, Integer>> known) {
    for (EntityType type : EntityType.values()) {
      counts.put(type, new HashMap<>());
      stored.put(type, new HashMap<>());
      touched.put(type, new HashSet<>());
      pending.put(type, new HashMap<>());
    }
    known.forEach((type, names) -> names.forEach((n, c) -> add(type, n, c)));
    for (EntityType type : EntityType.values()) {
      counts.get(type).keySet().forEach(k -> stored.get(type).put(k, preferredOf(type, k)));
      touched.get(type).clear();
    }
  }

  /** The names a post gives its entities, authors and the things its talks and facts name. */
  public static Map<EntityType, Set<String>> postNames(Extraction x) {
    Map<EntityType, Set<String>> out = new EnumMap<>(EntityType.class);
    x.entities().forEach(e -> add(out, e.type(), e.name()));
    x.authors().forEach(e -> add(out, e.type(), e.name()));
    for (Talk t : x.talks()) {
      t.speakers().forEach(s -> add(out, EntityType.PERSON, s));
      t.event().ifPresent(e -> add(out, EntityType.EVENT, e));
      t.topics().forEach(r -> add(out, r.type(), r.name()));
    }
    for (Fact f : x.facts()) {
      add(out, f.subject().type(), f.subject().name());
      add(out, f.object().type(), f.object().name());
    }
    return out;
  }

  private static void add(Map<EntityType, Set<String>> out, EntityType type, String name) {
    out.computeIfAbsent(type, t -> new TreeSet<>()).add(name);
  }

  /** Counts one more post that uses these names. */
  public void learn(Map<EntityType, ? extends Collection<String>> names) {
    names.forEach((type, list) -> list.forEach(n -> add(type, n, 1)));
  }

  /** Counts one post fewer that uses these names (a post replaced or removed). */
  public void forget(Map<EntityType, ? extends Collection<String>> names) {
    names.forEach((type, list) -> list.forEach(n -> add(type, n, -1)));
  }

  private void add(EntityType type, String name, int n) {
    String key = Names.key(name);
    touched.get(type).addAll(cluster(type, key));
    Map<String, Integer> names = counts.get(type).computeIfAbsent(key, k -> new HashMap<>());
    names.merge(name, n, Integer::sum);
    if (names.get(name) <= 0) {
      names.remove(name);
    }
    if (type == EntityType.PERSON) {
      Set<String> family = peopleByFamily.computeIfAbsent(family(key), f -> new HashSet<>());
      if (names.isEmpty()) {
        family.remove(key);
      } else {
        family.add(key);
      }
    }
    if (names.isEmpty()) {
      counts.get(type).remove(key);
    }
    touched.get(type).addAll(cluster(type, key));
  }

  /** Learns the post's names, then renames its entities to the preferred names. */
  public Resolved resolve(Extraction x) {
    learn(postNames(x));
    return rename(x);
  }

  /** The preferred name of the node {@code name} belongs to, with what is known now. */
  public String preferred(EntityType type, String name) {
    String key = Names.key(name);
    return counts.get(type).containsKey(key) ? preferredOf(type, key) : name;
  }

  private String preferredOf(EntityType type, String key) {
    Map<String, Integer> total = new HashMap<>();
    for (String k : cluster(type, key)) {
      counts.get(type).getOrDefault(k, Map.of()).forEach((n, c) -> total.merge(n, c, Integer::sum));
    }
    return total.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(Names.BETTER)))
        .findFirst().orElseThrow().getKey();
  }

  /** The keys of one node: the key itself, and for people the keys joined to it by short forms. */
  private Set<String> cluster(EntityType type, String key) {
    Set<String> out = new TreeSet<>();
    out.add(key);
    if (type != EntityType.PERSON) {
      return out;
    }
    Set<String> family = peopleByFamily.getOrDefault(family(key), Set.of());
    Deque<String> todo = new ArrayDeque<>(List.of(key));
    while (!todo.isEmpty()) {
      String k = todo.poll();
      for (String other : family) {
        if (!out.contains(other) && PersonNames.samePerson(k, other)) {
          out.add(other);
          todo.add(other);
        }
      }
    }
    return out;
  }

  /**
   * The block a name is resolved in: names in different blocks are never one node (a person's
   * family name, anything else's key). A distributed job can resolve each block on its own.
   */
  public static String block(EntityType type, String name) {
    String key = Names.key(name);
    return type + "|" + (type == EntityType.PERSON ? family(key) : key);
  }

  private static String family(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  /**
   * The extraction with every name replaced by its preferred name; each entity keeps the names the
   * post gave it as aliases. Notes the names used, for {@link #settle()}.
   */
  public Resolved rename(Extraction x) {
    Map<String, String> rename = new HashMap<>();
    Map<Ref, Set<String>> postNames = new LinkedHashMap<>();
    postNames(x).forEach((type, names) -> names.forEach(n -> {
      String to = preferred(type, n);
      rename.put(ref(type, n), to);
      postNames.computeIfAbsent(new Ref(type, to), r -> new TreeSet<>()).add(n);
      for (String key : cluster(type, Names.key(n))) {
        pending.get(type).computeIfAbsent(key, k -> new TreeSet<>()).add(to);
      }
    }));
    return new Resolved(renamed(x, rename), postNames);
  }

  /**
   * What the store must rewrite now so that every graph holds each node under its preferred name
   * (a later post may have changed it, or joined two nodes); afterwards, the names in use are the
   * preferred ones. Call it when a group of posts is committed.
   */
  public List<Rewrite> settle() {
    List<Rewrite> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      Set<String> keys = new TreeSet<>(touched.get(type));
      keys.addAll(pending.get(type).keySet());
      Map<String, Set<String>> byName = new TreeMap<>();
      for (String key : keys) {
        if (!counts.get(type).containsKey(key)) {
          stored.get(type).remove(key); // no post names it any more
          continue;
        }
        String to = preferredOf(type, key);
        Set<String> from = new TreeSet<>(pending.get(type).getOrDefault(key, Set.of()));
        String was = stored.get(type).put(key, to);
        if (was != null) {
          from.add(was);
        }
        if (!from.equals(Set.of(to))) {
          byName.computeIfAbsent(to, t -> new TreeSet<>()).addAll(from);
        }
      }
      byName.forEach((to, from) -> out.add(new Rewrite(type, from, to)));
      touched.get(type).clear();
      pending.get(type).clear();
    }
    return out;
  }

  private static String ref(EntityType type, String name) {
    return type + "|" + name;
  }

  private static Extraction renamed(Extraction x, Map<String, String> rename) {
    Map<String, Entity> merged = new LinkedHashMap<>();
    for (Entity e : x.entities()) {
      Entity r = rename(e, rename);
      merged.merge(ref(r.type(), r.name()), r, EntityIndex::union);
    }
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : x.mentions()) {
      String to = rename.getOrDefault(ref(m.type(), m.name()), m.name());
      mentions.add(new Mention(m.type(), to, m.start(), m.end(), m.sentence(), m.surface(),
          m.extractor()));
    }
    List<Entity> authors = x.authors().stream().map(a -> rename(a, rename)).toList();
    List<Talk> talks = x.talks().stream().map(t -> new Talk(
        t.speakers().stream().map(n -> rename.getOrDefault(ref(EntityType.PERSON, n), n)).toList(),
        t.event().map(e -> rename.getOrDefault(ref(EntityType.EVENT, e), e)),
        t.topics().stream().map(r -> rename(r, rename)).toList(), t.title(), t.recording(),
        t.sentences(), t.rule(), t.confidence())).toList();
    List<Fact> facts = x.facts().stream().map(f -> new Fact(f.predicate(),
        rename(f.subject(), rename), rename(f.object(), rename), f.role(), f.sentence(), f.rule(),
        f.confidence(), f.implicit())).toList();
    return new Extraction(new ArrayList<>(merged.values()), mentions, x.sentences(), authors,
        talks, facts);
  }

  private static Ref rename(Ref r, Map<String, String> rename) {
    String to = rename.get(ref(r.type(), r.name()));
    return to == null ? r : new Ref(r.type(), to);
  }

  /** The entity under its preferred name; its aliases are the names this post wrote it as. */
  private static Entity rename(Entity e, Map<String, String> rename) {
    String to = rename.getOrDefault(ref(e.type(), e.name()), e.name());
    Set<String> aliases = new HashSet<>(e.aliases());
    aliases.add(e.name());
    return new Entity(e.type(), to, aliases, e.wikidata(), e.series());
  }

  private static Entity union(Entity a, Entity b) {
    Set<String> aliases = new HashSet<>(a.aliases());
    aliases.addAll(b.aliases());
    return new Entity(a.type(), a.name(), aliases, a.wikidata().or(b::wikidata),
        a.series().or(b::series));
  }
}
