package dev.quarry.graph;

import dev.quarry.extract.EntityType;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Fact;
import dev.quarry.extract.Ref;
import dev.quarry.extract.Sentence;
import dev.quarry.extract.Talk;
import dev.quarry.post.PlainText;
import dev.quarry.post.Post;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a post's talks and facts. Each fact is a plain triple, for simple queries, and a
 * reified statement (rdf:Statement) that carries its evidence: the post, the sentence and its
 * line, the rule that read it (a prov:SoftwareAgent), a confidence, and whether it needed the
 * blog's voice or more than one sentence.
 */
final class RelationGraph {
  private RelationGraph() {}

  static void write(Model m, Resource post, Post source, Extraction x) {
    PlainText body = source.body();
    int n = 0;
    for (Talk talk : x.talks()) {
      Resource t = m.createResource(post.getURI() + "#talk-" + (++n), Vocab.TALK);
      t.addProperty(RDF.type, Vocab.EVENT);
      talk.title().ifPresent(title -> t.addProperty(Vocab.NAME, title));
      for (String speaker : talk.speakers()) {
        t.addProperty(Vocab.PERFORMER, node(m, new Ref(EntityType.PERSON, speaker)));
      }
      talk.event().ifPresent(e -> t.addProperty(Vocab.SUPER_EVENT,
          node(m, new Ref(EntityType.EVENT, e))));
      for (Ref topic : talk.topics()) {
        t.addProperty(Vocab.ABOUT, node(m, topic));
      }
      talk.recording().filter(PostGraph::isWebIri).ifPresent(u -> t.addProperty(
          Vocab.RECORDED_IN, m.createResource(u)));
      evidence(m, t, post, body, x, talk.sentences().get(0), talk.rule(), talk.confidence(),
          false);
      for (int i = 1; i < talk.sentences().size(); i++) {
        t.addProperty(Vocab.SENTENCE, EntityGraph.sentence(m, post, body,
            x.sentences().get(talk.sentences().get(i))));
      }
    }
    int f = 0;
    int jobs = 0;
    for (Fact fact : x.facts()) {
      Resource subject = node(m, fact.subject());
      Resource object = node(m, fact.object());
      Statement triple = switch (fact.predicate()) {
        case WORKS_FOR -> m.createStatement(subject, Vocab.WORKS_FOR, object);
        case USES -> m.createStatement(subject, Vocab.USES, object);
        case HELD_IN -> m.createStatement(subject, Vocab.LOCATION, object);
        case SPONSORS -> m.createStatement(object, Vocab.SPONSOR, subject);
        case SPOKE_AT -> m.createStatement(subject, Vocab.SPOKE_AT, object);
        case SPOKE_ABOUT -> m.createStatement(subject, Vocab.SPOKE_ABOUT, object);
      };
      m.add(triple);
      Resource st = m.createResource(post.getURI() + "#fact-" + (++f), RDF.Statement);
      st.addProperty(RDF.subject, triple.getSubject());
      st.addProperty(RDF.predicate, triple.getPredicate());
      st.addProperty(RDF.object, triple.getObject());
      evidence(m, st, post, body, x, fact.sentence(), fact.rule(), fact.confidence(),
          fact.implicit());
      if (fact.predicate() == Fact.Predicate.WORKS_FOR) {
        Resource job = m.createResource(post.getURI() + "#employment-" + (++jobs),
            Vocab.EMPLOYMENT);
        job.addProperty(Vocab.EMPLOYEE, subject);
        job.addProperty(Vocab.EMPLOYER, object);
        fact.role().ifPresent(r -> job.addProperty(Vocab.ROLE_NAME, r));
        source.date().ifPresent(d -> job.addProperty(Vocab.AS_OF, d.toString(),
            XSDDatatype.XSDdate));
        job.addProperty(Vocab.WAS_DERIVED_FROM, st);
      }
    }
  }

  /** The node of an entity a relation names; typed and named even if no mention named it. */
  private static Resource node(Model m, Ref ref) {
    Resource r = m.createResource(EntityGraph.iri(ref.type(), ref.name()));
    if (!r.hasProperty(RDF.type)) {
      r.addProperty(RDF.type, EntityGraph.classOf(ref.type()));
      r.addProperty(Vocab.NAME, ref.name());
    }
    return r;
  }

  private static void evidence(Model m, Resource r, Resource post, PlainText body, Extraction x,
      int sentence, String rule, double confidence, boolean implicit) {
    r.addProperty(Vocab.WAS_DERIVED_FROM, post);
    if (sentence >= 0 && sentence < x.sentences().size()) {
      Sentence s = x.sentences().get(sentence);
      Resource sr = EntityGraph.sentence(m, post, body, s);
      r.addProperty(Vocab.SENTENCE, sr);
      r.addLiteral(Vocab.LINE, m.createTypedLiteral(body.sourceLine(s.start()),
          XSDDatatype.XSDinteger));
    }
    r.addProperty(Vocab.WAS_ATTRIBUTED_TO, EntityGraph.extractor(m, "rule:" + rule));
    // In the decimal's canonical form ("0.6", "1.0"): TDB2 keeps only that form, other stores
    // keep what they are given, and the same graph must read the same from either.
    BigDecimal c = new BigDecimal(confidence).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    r.addLiteral(Vocab.CONFIDENCE, m.createTypedLiteral(
        (c.scale() < 1 ? c.setScale(1) : c).toPlainString(), XSDDatatype.XSDdecimal));
    if (implicit) {
      r.addLiteral(Vocab.IMPLICIT, true);
    }
  }
}
