package dev.quarry.extract;

import dev.quarry.post.Author;
import dev.quarry.post.Post;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the named things of a post and resolves each to one entity: the NLP pipeline tags the text,
 * links and a table's columns ({@link TableCells}) add what they name, the model's guesses are
 * weighed ({@link Guesses}), every name gets one type ({@link TypeVotes}) and a name (the
 * gazetteer's wins, conference editions get their full name, short person names join full ones),
 * and the front matter adds authors and tags.
 */
public final class EntityExtractor {
  private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

  private final NlpPipeline nlp;
  private final Gazetteer gazetteer;
  private final EventNames events;
  private final Lexicon lex;
  private final RelationExtractor relations;
  private final Guesses guesses;
  private final CompanyNames companies;
  private final TechnologyContext technologies;
  private final TableCells tables;

  public EntityExtractor(NlpPipeline nlp) {
    this.nlp = nlp;
    this.gazetteer = nlp.gazetteer();
    this.events = new EventNames(gazetteer);
    this.lex = Lexicon.load();
    this.relations = new RelationExtractor(lex, gazetteer);
    this.guesses = new Guesses(lex);
    this.companies = new CompanyNames(lex);
    this.technologies = new TechnologyContext(lex, gazetteer);
    this.tables = new TableCells(lex, gazetteer, events);
  }

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
    candidates = LinkNames.add(candidates, doc, text, post.body().links(), gazetteer, lex);
    candidates = ProfileLinks.add(candidates, doc, text, post.body().links(), gazetteer);
    candidates = technologies.add(candidates, doc, text, post.body().links(),
        post.body().code());
    candidates = CompoundNames.joinParts(candidates, doc, text, gazetteer, lex.projectParts);
    candidates = CompoundNames.joinShortNames(candidates, gazetteer);
    candidates = guesses.dropHeadingGuesses(candidates, post.body().blocks(), text);
    candidates = guesses.dropCommonPhrases(Guesses.trimFunctionWords(candidates, text), text);
    candidates = companies.add(candidates, doc, text, post.body().blocks());
    candidates = tables.add(candidates, doc, text, post.body().blocks(), post.body().links());
    Optional<String> own = OwnCompany.find(text, post.body().links(), doc, candidates, gazetteer,
        lex);
    if (own.isPresent()) {
      candidates = OwnCompany.mark(candidates, own.get(), doc, text);
    }
    List<Entity> authors = authors(post);
    candidates = AuthorNames.add(candidates, doc, text, authors.stream()
        .filter(a -> a.type() == EntityType.PERSON).map(Entity::name).toList());

    // conference editions get their full name
    List<EventNames.Edition> editions = candidates.stream()
        .flatMap(c -> c.edition().stream()).toList();
    Map<EventNames.Edition, EventNames.Edition> fullEditions =
        EventNames.complete(editions, post.date());

    // people: short names join full ones, authors included
    Set<String> personNames = new LinkedHashSet<>();
    authors.stream().filter(a -> a.type() == EntityType.PERSON).forEach(a -> personNames.add(a.name()));
    candidates.stream().filter(c -> c.type() == EntityType.PERSON).forEach(c -> personNames.add(c.name()));
    Map<String, String> people = PersonNames.resolve(personNames);
    candidates = Guesses.shortNamesAsPeople(candidates, people);
    candidates = Guesses.tagsAsTechnologies(candidates, post.frontMatter().tags(), gazetteer);
    candidates = TypeVotes.decide(candidates);
    candidates = Providers.asEmployers(candidates, doc, lex.affiliationWords,
        lex.roles);
    candidates = Guesses.placesInContext(candidates, doc);

    Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    Map<String, String> shortForms = EventNames.shortForms(candidates.stream()
        .filter(c -> c.type() == EntityType.EVENT)
        .map(c -> c.edition().map(e -> fullEditions.get(e).name()).orElse(c.name())).toList());
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
      if (c.type() == EntityType.EVENT) {
        name = shortForms.getOrDefault(name, name);
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
      out.add(b.build(events, lex, gazetteer));
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
    Optional<Publisher.Voice> voice = Publisher.of(post, publisher, mentions, own, gazetteer,
        lex);
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
    String text = CompoundNames.of(span, Names.clean(span.text()), gazetteer);
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
    if (Guesses.guess(span)
        && (!Guesses.plausible(type, text, span) || Guesses.quoted(span, postText))) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(span, type, text, Optional.empty(), Optional.empty()));
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

    Entity build(EventNames events, Lexicon lex, Gazetteer gazetteer) {
      Set<String> alts = new LinkedHashSet<>();
      for (String a : aliases) {
        if (!a.equals(name) && !a.isBlank()) {
          alts.add(a);
        }
      }
      if (type == EntityType.EVENT) {
        // "GoSV meetup" is also "GoSV", but "Kubernetes meetup" is not "Kubernetes"
        EventNames.groupOf(name, lex.localEvents)
            .filter(group -> gazetteer.lookup(group).isEmpty()).ifPresent(alts::add);
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
