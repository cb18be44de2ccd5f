package dev.quarry.graph;

import dev.quarry.extract.EntityIndex;
import dev.quarry.extract.Extraction;
import dev.quarry.extract.Ref;
import dev.quarry.post.Author;
import dev.quarry.post.Link;
import dev.quarry.post.Post;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;

/** Builds the named graph of one post: the post, its front matter, its entities and mentions. */
public final class PostGraph {
  private static final Pattern WEB = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);

  private PostGraph() {}

  /** The graph of a post whose extraction was not resolved across posts: its own names. */
  public static Model build(Post post, Extraction extraction, String pipelineVersion) {
    Map<Ref, Set<String>> names = new LinkedHashMap<>();
    EntityIndex.postNames(extraction).forEach((type, list) -> list.forEach(
        n -> names.put(new Ref(type, n), Set.of(n))));
    return build(post, new EntityIndex.Resolved(extraction, names), pipelineVersion);
  }

  /** The post's graph; its name is {@link Iris#post(String)} of the post's id. */
  public static Model build(Post post, EntityIndex.Resolved resolved, String pipelineVersion) {
    Extraction extraction = resolved.extraction();
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocab.PREFIXES);
    Resource p = m.createResource(Iris.post(post.id()), Vocab.BLOG_POSTING);
    p.addProperty(Vocab.HEADLINE, post.title());
    p.addProperty(Vocab.NAME, post.title());
    p.addProperty(Vocab.SOURCE_FILE, post.fileName());
    p.addProperty(Vocab.SOURCE_PATH, post.id());
    p.addProperty(Vocab.CONTENT_HASH, post.contentHash());
    p.addProperty(Vocab.PIPELINE_VERSION, pipelineVersion);
    post.date().ifPresent(
        d -> p.addProperty(Vocab.DATE_PUBLISHED, d.toString(), XSDDatatype.XSDdate));
    post.frontMatter().description().ifPresent(d -> p.addProperty(Vocab.DESCRIPTION, d));
    post.frontMatter().tags().forEach(t -> p.addProperty(Vocab.KEYWORDS, t));
    post.frontMatter().categories().forEach(c -> p.addProperty(Vocab.ARTICLE_SECTION, c));
    // the extraction has one entity per front-matter author, in order
    for (int i = 0; i < post.authors().size(); i++) {
      Author author = post.authors().get(i);
      Resource person = EntityGraph.entity(m, extraction.authors().get(i));
      p.addProperty(Vocab.AUTHOR, person);
      author.url().filter(PostGraph::isWebIri).ifPresent(u -> person.addProperty(Vocab.URL,
          m.createResource(u)));
      author.jobTitle().ifPresent(t -> person.addProperty(Vocab.JOB_TITLE, t));
    }
    for (Link link : post.body().links()) {
      if (isWebIri(link.url())) {
        p.addProperty(link.kind() == Link.Kind.EMBED ? Vocab.ASSOCIATED_MEDIA : Vocab.CITATION,
            m.createResource(link.url()));
      }
    }
    EntityGraph.write(m, p, post.body(), extraction, resolved.postNames());
    RelationGraph.write(m, p, post, extraction);
    return m;
  }

  /** Only absolute web addresses that are valid IRIs become nodes; the rest are left out. */
  static boolean isWebIri(String url) {
    if (!WEB.matcher(url).matches()) {
      return false;
    }
    try {
      return IRIx.create(url).isAbsolute();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
