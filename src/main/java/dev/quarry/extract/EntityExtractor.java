package dev.quarry.extract;

import dev.quarry.post.Author;
import dev.quarry.post.Block;
import dev.quarry.post.Post;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the named things of a post and resolves each to one entity: the NLP pipeline tags the text,
 * spans are typed and named (the gazetteer's name wins, conference editions get their full name,
 * short person names join full ones), and the front matter adds authors and tags.
 */
public final class EntityExtractor {
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

  private final NlpPipeline nlp;
  private final Gazetteer gazetteer;
  private final EventNames events;
  private final Lexicon lex;
  private final RelationExtractor relations;

  public EntityExtractor(NlpPipeline nlp) {
    this.nlp = nlp;
    this.gazetteer = nlp.gazetteer();
    this.events = new EventNames(gazetteer);
    this.lex = Lexicon.load();
    this.relations = new RelationExtractor(lex, gazetteer);
  }

  /** A candidate mention: a span, typed and named, before resolution. */
  private record Candidate(Span span, EntityType type, String name,
      Optional<Gazetteer.Entry> entry, Optional<EventNames.Edition> edition) {}

  /** Extracts the entities and relations of one post, with no configured publisher. */
  public Extraction extract(Post post) {
    return extract(post, Optional.empty());
  }

  /**
   * Extracts the entities and relations of one post; {@code publisher} is the organization the
   * corpus folder's configuration says the blog speaks for. Safe to call from several threads.
   */
  public Extraction extract(Post post, Optional<String> publisher) {
    String text = post.body().text();
    Annotation doc = nlp.annotate(text);
    List<Sentence> sentences = sentences(doc);
    List<Candidate> candidates = new ArrayList<>();
    for (Span span : Spans.find(doc, text, post.body().links())) {
      classify(span, text).ifPresent(candidates::add);
    }
    candidates = dropHeadingGuesses(candidates, post.body().blocks(), text);

    // conference editions get their full name
    List<EventNames.Edition> editions = candidates.stream()
        .flatMap(c -> c.edition().stream()).toList();
    Map<EventNames.Edition, EventNames.Edition> fullEditions =
        EventNames.complete(editions, post.date());

    // people: short names join full ones, authors included
    List<Entity> authors = authors(post);
    Set<String> personNames = new LinkedHashSet<>();
    authors.stream().filter(a -> a.type() == EntityType.PERSON).forEach(a -> personNames.add(a.name()));
    candidates.stream().filter(c -> c.type() == EntityType.PERSON).forEach(c -> personNames.add(c.name()));
    Map<String, String> people = PersonNames.resolve(personNames);
    candidates = shortNamesAsPeople(candidates, people);

    Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Candidate c : candidates) {
      String name = c.name();
      Optional<String> series = Optional.empty();
      if (c.edition().isPresent()) {
        EventNames.Edition full = fullEditions.get(c.edition().get());
        name = full.name();
        series = Optional.of(full.series());
      } else if (c.type() == EntityType.PERSON) {
        name = people.getOrDefault(name, name);
      }
      EntityBuilder b = entities.computeIfAbsent(Names.identity(c.type(), name),
          k -> new EntityBuilder(c.type()));
      b.offer(name);
      if (series.isPresent()) {
        b.series = series;
      }
      c.entry().flatMap(Gazetteer.Entry::wikidata).ifPresent(w -> b.wikidata = Optional.of(w));
      c.entry().ifPresent(e -> b.aliases.addAll(e.aliases()));
      b.aliases.add(Names.clean(c.span().text()));
      mentions.add(new Mention(c.type(), name, c.span().start(), c.span().end(),
          c.span().sentence(), c.span().text(), c.span().extractor()));
    }
    for (String tag : post.frontMatter().tags()) {
      gazetteer.lookup(tag).filter(e -> e.type() != EntityType.EVENT).ifPresent(e -> {
        EntityBuilder b = entities.computeIfAbsent(Names.identity(e.type(), e.name()),
            k -> new EntityBuilder(e.type()));
        b.offer(e.name());
        b.aliases.addAll(e.aliases());
        e.wikidata().ifPresent(w -> b.wikidata = Optional.of(w));
        mentions.add(new Mention(e.type(), e.name(), -1, -1, -1, tag, "front-matter"));
      });
    }
    for (Entity a : authors) {
      String name = a.type() == EntityType.PERSON ? people.getOrDefault(a.name(), a.name())
          : a.name();
      EntityBuilder b = entities.computeIfAbsent(Names.identity(a.type(), name),
          k -> new EntityBuilder(a.type()));
      b.offer(name);
      b.aliases.add(a.name());
    }
    List<Entity> out = new ArrayList<>();
    for (EntityBuilder b : entities.values()) {
      out.add(b.build(events));
    }
    // one name per node: mentions use the name their entity settled on
    mentions.replaceAll(m -> {
      String settled = entities.get(Names.identity(m.type(), m.name())).name;
      return settled.equals(m.name()) ? m : new Mention(m.type(), settled, m.start(), m.end(),
          m.sentence(), m.surface(), m.extractor());
    });
    List<Entity> authorEntities = authors.stream().map(a -> {
      String name = a.type() == EntityType.PERSON ? people.getOrDefault(a.name(), a.name())
          : a.name();
      return new Entity(a.type(), entities.get(Names.identity(a.type(), name)).name, Set.of(),
          Optional.empty(), Optional.empty());
    }).toList();
    List<Fact> affiliations = new ArrayList<>();
    for (int i = 0; i < post.authors().size() && i < authorEntities.size(); i++) {
      Entity who = authorEntities.get(i);
      for (Entity org : affiliations(post.authors().get(i))) {
        String key = Names.identity(org.type(), org.name());
        if (entities.get(key) == null && out.stream().noneMatch(
            e -> Names.identity(e.type(), e.name()).equals(key))) {
          out.add(org);
        }
        if (who.type() == EntityType.PERSON) {
          affiliations.add(new Fact(Fact.Predicate.WORKS_FOR, new Ref(who.type(), who.name()),
              new Ref(org.type(), org.name()), Optional.empty(), -1,
              Rule.FRONT_MATTER_AFFILIATION.id(), Rule.FRONT_MATTER_AFFILIATION.confidence(),
              false));
        }
      }
    }
    Optional<Publisher.Voice> voice = Publisher.of(post, publisher, mentions, gazetteer, lex);
    voice.ifPresent(v -> {
      String key = Names.identity(v.organization().type(), v.organization().name());
      if (!entities.containsKey(key)) {
        out.add(new Entity(EntityType.ORGANIZATION, v.organization().name(), Set.of(),
            gazetteer.lookup(v.organization().name()).flatMap(Gazetteer.Entry::wikidata),
            Optional.empty()));
      }
    });
    Optional<String> author = authorEntities.stream().filter(a -> a.type() == EntityType.PERSON)
        .map(Entity::name).findFirst();
    RelationExtractor.Result r = relations.extract(post, doc, mentions, voice, author);
    List<Fact> facts = new ArrayList<>(r.facts());
    facts.addAll(affiliations);
    return new Extraction(out, mentions, sentences, authorEntities, r.talks(), facts);
  }

  private Optional<Candidate> classify(Span span, String postText) {
    String text = Names.clean(span.text());
    if (!HAS_LETTER.matcher(text).find()) {
      return Optional.empty();
    }
    Optional<Gazetteer.Entry> entry = span.gazetteerKey() != null
        ? gazetteer.byKey(span.gazetteerKey()) : Optional.empty();
    if (entry.isPresent() && !Names.key(text).equals(Names.key(entry.get().name()))
        && entry.get().aliases().stream().noneMatch(a -> Names.key(a).equals(Names.key(text)))) {
      entry = Optional.empty();
    }
    if (entry.isEmpty()) {
      entry = gazetteer.lookup(text);
    }
    if (entry.isPresent() && span.type() != EntityType.EVENT) {
      Gazetteer.Entry e = entry.get();
      return Optional.of(new Candidate(span, e.type(), e.name(), entry, Optional.empty()));
    }
    EntityType type = span.type();
    if (type == EntityType.EVENT) {
      Optional<EventNames.Edition> edition = events.parse(text)
          .or(() -> EventNames.acronymAfter(postText, span.end()));
      return Optional.of(new Candidate(span, type, edition.map(EventNames.Edition::name)
          .orElse(text), Optional.empty(), edition));
    }
    if (span.statistical() && (!plausible(type, text, span) || quoted(span, postText))) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(span, type, text, Optional.empty(), Optional.empty()));
  }

  /**
   * The statistical model sometimes takes a first name for a place or a company ("Sugu" as a
   * location). A one-word guess that is the short name of a person in the same post is that person.
   */
  private static List<Candidate> shortNamesAsPeople(List<Candidate> candidates,
      Map<String, String> people) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.span().statistical() && c.type() != EntityType.PERSON && c.span().size() == 1) {
        List<String> full = people.values().stream().distinct()
            .filter(f -> PersonNames.shortFor(c.name(), f)).toList();
        if (full.size() == 1) {
          out.add(new Candidate(c.span(), EntityType.PERSON, full.get(0), Optional.empty(),
              Optional.empty()));
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /** The statistical model's guesses that are not names: lower-case persons, long phrases. */
  private static boolean plausible(EntityType type, String text, Span span) {
    if (!Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))) {
      return false;
    }
    // an acronym the gazetteer does not know is more often a term (OLAP, DDL, CI) than a name
    if (span.size() == 1 && text.length() <= 6 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
        && type != EntityType.PERSON) {
      return false;
    }
    return switch (type) {
      case PERSON -> span.size() <= 4 && !text.matches(".*\\d.*");
      case ORGANIZATION, PLACE, TECHNOLOGY -> span.size() <= 6;
      case EVENT -> true;
    };
  }

  /** A guess in quotes is a title ("a demo he calls 'Goodest Doggos'"), not a name. */
  private static boolean quoted(Span span, String text) {
    int before = span.start() - 1;
    int after = span.end();
    return before >= 0 && after < text.length()
        && QUOTES.indexOf(text.charAt(before)) >= 0 && QUOTES.indexOf(text.charAt(after)) >= 0;
  }

  private static final String QUOTES = "'\"‘’“”";

  /**
   * Headings are title-cased, and the statistical model takes capitalised words for names there.
   * Its guess in a heading is kept only if the same name is found outside headings too, or if it
   * is a person after "by" or "with" ("## Scaling Reads by Jane Doe").
   */
  private List<Candidate> dropHeadingGuesses(List<Candidate> candidates, List<Block> blocks,
      String text) {
    Set<String> outside = new HashSet<>();
    for (Candidate c : candidates) {
      if (!inHeading(c.span(), blocks)) {
        outside.add(Names.identity(c.type(), c.name()));
      }
    }
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean guess = c.span().statistical() && inHeading(c.span(), blocks)
          && !(c.type() == EntityType.PERSON && afterIntroducer(c.span(), blocks, text));
      if (!guess || outside.contains(Names.identity(c.type(), c.name()))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Whether an introducer ("by", "with") comes before the span in its heading. */
  private boolean afterIntroducer(Span span, List<Block> blocks, String text) {
    return blocks.stream().filter(b -> b.kind() == Block.Kind.HEADING && span.start() >= b.start()
        && span.end() <= b.end()).anyMatch(b -> lex.introducerInText.matcher(
            text.substring(b.start(), span.start())).find());
  }

  private static boolean inHeading(Span span, List<Block> blocks) {
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.HEADING && span.start() >= b.start() && span.end() <= b.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The companies an author names beside their name in the front matter ("(Lightstep)",
   * "(OpenTelemetry, Datadog)"), as the gazetteer names them; a name the gazetteer lists as
   * something else (a technology) is a project, not an employer.
   */
  private List<Entity> affiliations(Author author) {
    List<Entity> out = new ArrayList<>();
    for (String part : author.organization().map(o -> o.split("[,;&/]")).orElse(new String[0])) {
      String name = Names.clean(part);
      if (name.isEmpty()) {
        continue;
      }
      Optional<Gazetteer.Entry> known = gazetteer.lookup(name);
      if (known.isPresent() && known.get().type() != EntityType.ORGANIZATION) {
        continue;
      }
      out.add(new Entity(EntityType.ORGANIZATION, known.map(Gazetteer.Entry::name).orElse(name),
          Set.of(), known.flatMap(Gazetteer.Entry::wikidata), Optional.empty()));
    }
    return out;
  }

  /** The front matter's authors: people, or organizations when the name is a group's. */
  private List<Entity> authors(Post post) {
    List<Entity> out = new ArrayList<>();
    for (Author a : post.authors()) {
      Optional<Gazetteer.Entry> known = gazetteer.lookup(a.name());
      EntityType type = known.map(Gazetteer.Entry::type)
          .orElse(lex.groupAuthor.matcher(a.name()).find() ? EntityType.ORGANIZATION
              : EntityType.PERSON);
      String name = known.map(Gazetteer.Entry::name).orElse(a.name());
      out.add(new Entity(type, name, Set.of(), Optional.empty(), Optional.empty()));
    }
    return out;
  }

  private static List<Sentence> sentences(Annotation doc) {
    List<Sentence> out = new ArrayList<>();
    List<CoreMap> list = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (int i = 0; i < list.size(); i++) {
      CoreMap s = list.get(i);
      out.add(new Sentence(i, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    return out;
  }

  /** Collects what the mentions of one entity say about it. */
  private static final class EntityBuilder {
    final EntityType type;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    Optional<String> wikidata = Optional.empty();
    Optional<String> series = Optional.empty();

    EntityBuilder(EntityType type) {
      this.type = type;
    }

    /** Another way the post writes the name: mixed case wins over "ALL CAPS". */
    void offer(String candidate) {
      if (name == null || (isUpper(name) && !isUpper(candidate))) {
        if (name != null) {
          aliases.add(name);
        }
        name = candidate;
      } else if (!candidate.equals(name)) {
        aliases.add(candidate);
      }
    }

    private static boolean isUpper(String s) {
      return s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.chars().anyMatch(Character::isLetter);
    }

    Entity build(EventNames events) {
      Set<String> alts = new LinkedHashSet<>();
      for (String a : aliases) {
        if (!a.equals(name) && !a.isBlank()) {
          alts.add(a);
        }
      }
      if (type == EntityType.EVENT && series.isPresent()) {
        alts.removeIf(a -> events.parse(a).map(e -> e.qualifier().isEmpty() && e.year().isEmpty())
            .orElse(false));
        alts.addAll(events.variants(name));
        alts.remove(name);
      }
      return new Entity(type, name, alts, wikidata, series);
    }
  }
}
