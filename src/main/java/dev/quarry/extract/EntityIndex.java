package dev.quarry.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entities already in the graph, so that one thing named two ways in two posts stays one node
 * with one preferred name: "Juraci Paixão Kröhling" and "Juraci Paixao Krohling", "TED YOUNG" and
 * "Ted Young", or a person's short and long given name ("Jiten Vaidya", "Jitendra Vaidya"). The
 * name seen first is kept; the other becomes an alias. Not thread-safe: the single writer uses it.
 */
public final class EntityIndex {
  /** Known names by type and comparison key. */
  private final Map<String, String> names = new HashMap<>();
  /**
   * Known full names of people by family name (lower case), each list in the order first seen: two
   * names can only be one person when their family names are equal, so a new name is compared with
   * a handful of names, not with every person in the graph.
   */
  private final Map<String, List<String>> peopleByFamilyName = new HashMap<>();

  /** Starts from the names the store already has, by type. */
  public EntityIndex(Map<EntityType, ? extends Collection<String>> known) {
    known.forEach((type, list) -> list.forEach(n -> remember(type, n)));
  }

  private void remember(EntityType type, String name) {
    if (names.putIfAbsent(Names.identity(type, name), name) == null
        && type == EntityType.PERSON) {
      PersonNames.familyName(name).ifPresent(family -> peopleByFamilyName
          .computeIfAbsent(family, f -> new ArrayList<>()).add(name));
    }
  }

  /** The extraction with its entities renamed to the names the graph already has for them. */
  public Extraction resolve(Extraction x) {
    Map<String, String> rename = new LinkedHashMap<>();
    for (Entity e : x.entities()) {
      known(e).filter(k -> !k.equals(e.name())).ifPresent(k -> rename.put(ref(e.type(), e.name()), k));
    }
    for (Entity e : x.authors()) {
      known(e).filter(k -> !k.equals(e.name())).ifPresent(k -> rename.put(ref(e.type(), e.name()), k));
    }
    Extraction out = rename.isEmpty() ? x : renamed(x, rename);
    out.entities().forEach(e -> remember(e.type(), e.name()));
    out.authors().forEach(e -> remember(e.type(), e.name()));
    return out;
  }

  private Optional<String> known(Entity e) {
    String same = names.get(Names.identity(e.type(), e.name()));
    if (same != null) {
      return Optional.of(same);
    }
    if (e.type() == EntityType.PERSON) {
      return PersonNames.familyName(e.name())
          .map(family -> peopleByFamilyName.getOrDefault(family, List.of()))
          .flatMap(people -> people.stream()
              .filter(p -> PersonNames.samePerson(p, e.name())).findFirst());
    }
    return Optional.empty();
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

  private static Entity rename(Entity e, Map<String, String> rename) {
    String to = rename.get(ref(e.type(), e.name()));
    if (to == null) {
      return e;
    }
    Set<String> aliases = new HashSet<>(e.aliases());
    aliases.add(e.name());
    aliases.remove(to);
    return new Entity(e.type(), to, aliases, e.wikidata(), e.series());
  }

  private static Entity union(Entity a, Entity b) {
    Set<String> aliases = new HashSet<>(a.aliases());
    aliases.addAll(b.aliases());
    aliases.remove(a.name());
    return new Entity(a.type(), a.name(), aliases, a.wikidata().or(b::wikidata),
        a.series().or(b::series));
  }
}
