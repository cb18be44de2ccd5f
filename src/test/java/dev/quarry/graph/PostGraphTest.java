package dev.quarry.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.extract.Entity;
import dev.quarry.extract.EntityType;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Fact;
import dev.quarry.extract.Mention;
import dev.quarry.extract.Ref;
import dev.quarry.extract.Sentence;
import dev.quarry.extract.Talk;
import dev.quarry.post.Post;
import dev.quarry.post.PostReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * A post's graph, for a post read from {@code example-conf.md} and an extraction made by hand (no
 * NLP), is the graph written out in {@code example-conf.ttl}: compared by isomorphism.
 */
class PostGraphTest {
  private static final Entity ADA = new Entity(EntityType.PERSON, "Ada Quill", Set.of("Ada"),
      Optional.empty(), Optional.empty());
  private static final Entity ACME = new Entity(EntityType.ORGANIZATION, "Acme Data", Set.of(),
      Optional.empty(), Optional.empty());
  private static final Entity VITESS = new Entity(EntityType.TECHNOLOGY, "Vitess",
      Set.of("vitess.io"), Optional.of("Q12345"), Optional.empty());
  private static final Entity CONF = new Entity(EntityType.EVENT, "Example Conf 2024", Set.of(),
      Optional.empty(), Optional.of("Example Conf"));
  private static final Entity LISBON = new Entity(EntityType.PLACE, "Lisbon", Set.of(),
      Optional.of("Q597"), Optional.empty());

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PostGraphTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  /** The post as Quarry reads it, under a fixed content hash so the golden graph can name it. */
  private static Post post() throws Exception {
    Post read = PostReader.parse(Path.of("talks/example-conf.md"), "talks/example-conf.md",
        resource("example-conf.md"));
    return new Post(read.id(), read.fileName(), "0123456789abcdef", read.title(),
        read.frontMatter(), read.body(), read.problems());
  }

  /** What the NLP stage could have found in the post, by offsets in its plain text. */
  private static Extraction extraction(String text) {
    List<Sentence> sentences = new ArrayList<>();
    for (String s : List.of("Notes from Example Conf 2024",
        "Ada Quill, CTO of Acme Data, spoke about Vitess at Example Conf 2024 in Lisbon.",
        "Globex sponsored the event.", "Acme Data runs Vitess in production.")) {
      int start = text.indexOf(s);
      sentences.add(new Sentence(sentences.size(), start, start + s.length()));
    }
    List<Mention> mentions = new ArrayList<>();
    mentions.add(new Mention(EntityType.PERSON, "Ada Quill", -1, -1, -1, "Ada Quill",
        "front-matter"));
    mentions.add(mention(text, sentences.get(1), ADA, "Ada Quill", "ner"));
    mentions.add(mention(text, sentences.get(1), ACME, "Acme Data", "gazetteer"));
    mentions.add(mention(text, sentences.get(1), VITESS, "Vitess", "gazetteer"));
    mentions.add(mention(text, sentences.get(1), CONF, "Example Conf 2024", "rule:event-edition"));
    mentions.add(mention(text, sentences.get(1), LISBON, "Lisbon", "ner"));
    mentions.add(mention(text, sentences.get(3), ACME, "Acme Data", "gazetteer"));

    Ref ada = new Ref(EntityType.PERSON, "Ada Quill");
    Ref acme = new Ref(EntityType.ORGANIZATION, "Acme Data");
    Ref vitess = new Ref(EntityType.TECHNOLOGY, "Vitess");
    Ref conf = new Ref(EntityType.EVENT, "Example Conf 2024");
    Ref globex = new Ref(EntityType.ORGANIZATION, "Globex");
    List<Talk> talks = List.of(new Talk(List.of("Ada Quill"), Optional.of("Example Conf 2024"),
        List.of(vitess), Optional.of("Vitess at scale"),
        Optional.of("https://video.example.org/v/1"), List.of(1, 2), "talk-about", 0.9));
    List<Fact> facts = List.of(
        new Fact(Fact.Predicate.WORKS_FOR, ada, acme, Optional.of("CTO"), 1, "role-apposition",
            0.875, false),
        new Fact(Fact.Predicate.HELD_IN, conf, new Ref(EntityType.PLACE, "Lisbon"),
            Optional.empty(), 1, "event-in-place", 0.6, false),
        new Fact(Fact.Predicate.SPONSORS, globex, conf, Optional.empty(), 2,
            "sponsored-the-event", 0.8, true),
        new Fact(Fact.Predicate.USES, acme, vitess, Optional.empty(), 3, "runs", 1.0, false));
    return new Extraction(List.of(ADA, ACME, VITESS, CONF, LISBON), mentions, sentences,
        List.of(ADA), talks, facts);
  }

  private static Mention mention(String text, Sentence sentence, Entity entity, String words,
      String extractor) {
    int start = text.indexOf(words, sentence.start());
    return new Mention(entity.type(), entity.name(), start, start + words.length(),
        sentence.index(), words, extractor);
  }

  private static String turtle(Model m) {
    StringWriter out = new StringWriter();
    RDFDataMgr.write(out, m, Lang.TURTLE);
    return out.toString();
  }

  @Test
  void aPostsGraphIsTheGoldenGraph() throws Exception {
    Post post = post();
    Model built = PostGraph.build(post, extraction(post.body().text()), "test-pipeline");
    Graph expected = RDFParser.source(PostGraphTest.class.getResource("example-conf.ttl")
        .toString()).lang(Lang.TURTLE).toGraph();
    assertTrue(built.getGraph().isIsomorphicWith(expected),
        "the post's graph differs from example-conf.ttl; it is:\n" + turtle(built));
  }
}
