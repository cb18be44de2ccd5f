package dev.quarry.graph;

import dev.quarry.extract.Entity;
import dev.quarry.extract.EntityType;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Mention;
import dev.quarry.extract.Ref;
import dev.quarry.extract.Sentence;
import dev.quarry.post.PlainText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Writes a post's entities and mentions: one node per entity (its IRI from type and name, so the
 * same thing in two posts is one node), {@code schema:mentions} from the post, and every mention as
 * a NIF phrase with its source offsets, line, sentence and the extractor that found it.
 */
final class EntityGraph {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EntityGraph() {}

  static void write(Model m, Resource post, PlainText body, Extraction extraction,
      Map<Ref, Set<String>> postNames) {
    postNames.forEach((ref, names) -> {
      Resource node = m.createResource(iri(ref.type(), ref.name()));
      for (String n : names) {
        node.addProperty(Vocab.POST_NAME, n);
        node.addProperty(Vocab.ALT_LABEL, n);
        node.addProperty(Vocab.KEY, Keys.of(n));
      }
    });
    for (Entity e : extraction.entities()) {
      Resource node = entity(m, e);
      post.addProperty(Vocab.MENTIONS, node);
    }
    Map<Integer, Resource> sentences = new HashMap<>();
    for (Mention mention : extraction.mentions()) {
      if (mention.start() < 0) {
        continue; // named in the front matter: the post mentions it, at no offset
      }
      int begin = body.sourceOffset(mention.start());
      int end = body.sourceOffset(mention.end() - 1) + 1;
      Resource phrase = m.createResource(post.getURI() + "#char=" + begin + "," + end,
          Vocab.NIF_PHRASE);
      phrase.addProperty(Vocab.ANCHOR_OF, mention.surface());
      phrase.addLiteral(Vocab.BEGIN_INDEX, m.createTypedLiteral(begin,
          XSDDatatype.XSDnonNegativeInteger));
      phrase.addLiteral(Vocab.END_INDEX, m.createTypedLiteral(end,
          XSDDatatype.XSDnonNegativeInteger));
      phrase.addLiteral(Vocab.LINE, m.createTypedLiteral(body.sourceLine(mention.start()),
          XSDDatatype.XSDinteger));
      phrase.addProperty(Vocab.REFERENCE_CONTEXT, post);
      phrase.addProperty(Vocab.TA_IDENT_REF, m.createResource(iri(mention.type(), mention.name())));
      phrase.addProperty(Vocab.WAS_ATTRIBUTED_TO, extractor(m, mention.extractor()));
      if (mention.sentence() >= 0) {
        phrase.addProperty(Vocab.SENTENCE, sentences.computeIfAbsent(mention.sentence(),
            i -> sentence(m, post, body, extraction.sentences().get(i))));
      }
    }
  }

  /**
   * The node of an entity, with its preferred name, the other names this post wrote it as (the
   * keys of those: the preferred name may be another post's), Wikidata link and series.
   */
  static Resource entity(Model m, Entity e) {
    Resource node = m.createResource(iri(e.type(), e.name()), classOf(e.type()));
    node.addProperty(Vocab.NAME, e.name());
    for (String alias : e.aliases()) {
      node.addProperty(Vocab.ALT_LABEL, alias);
      node.addProperty(Vocab.KEY, Keys.of(alias));
    }
    e.wikidata().ifPresent(q -> node.addProperty(Vocab.SAME_AS, m.createResource(Vocab.WD + q)));
    e.series().ifPresent(s -> node.addProperty(Vocab.SUPER_EVENT,
        m.createResource(Iris.entity("series", s), Vocab.EVENT_SERIES).addProperty(Vocab.NAME, s)));
    return node;
  }

  static String iri(EntityType type, String name) {
    return Iris.entity(type.label().toLowerCase(Locale.ROOT), name);
  }

  static Resource classOf(EntityType type) {
    return switch (type) {
      case PERSON -> Vocab.PERSON;
      case ORGANIZATION -> Vocab.ORGANIZATION;
      case EVENT -> Vocab.EVENT;
      case TECHNOLOGY -> Vocab.TECHNOLOGY;
      case PLACE -> Vocab.PLACE;
    };
  }

  static Resource sentence(Model m, Resource post, PlainText body, Sentence s) {
    int begin = body.sourceOffset(s.start());
    int end = body.sourceOffset(Math.max(s.start(), s.end() - 1)) + 1;
    Resource r = m.createResource(post.getURI() + "#sentence-" + s.index(), Vocab.NIF_SENTENCE);
    r.addProperty(Vocab.ANCHOR_OF,
        SPACES.matcher(body.text().substring(s.start(), s.end())).replaceAll(" ").strip());
    r.addLiteral(Vocab.BEGIN_INDEX, m.createTypedLiteral(begin, XSDDatatype.XSDnonNegativeInteger));
    r.addLiteral(Vocab.END_INDEX, m.createTypedLiteral(end, XSDDatatype.XSDnonNegativeInteger));
    r.addLiteral(Vocab.LINE, m.createTypedLiteral(body.sourceLine(s.start()),
        XSDDatatype.XSDinteger));
    r.addProperty(Vocab.REFERENCE_CONTEXT, post);
    return r;
  }

  static Resource extractor(Model m, String name) {
    return m.createResource(Vocab.ID + "extractor/" + name.replace(':', '/'), Vocab.SOFTWARE_AGENT)
        .addProperty(Vocab.RDFS_LABEL, name);
  }
}
