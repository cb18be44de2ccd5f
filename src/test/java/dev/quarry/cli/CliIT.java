package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.store.TdbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands of the README, run on the sample corpus, judged by exit code and output. */
class CliIT {
  @TempDir static Path tmp;
  static String store;

  @BeforeAll
  static void ingestTheSampleCorpus() {
    store = tmp.resolve("store").toString();
    Cli r = Cli.run("ingest", "corpus", "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("ingested 4 posts"), r.out());
  }

  @Test
  void postsByAuthorFindsLucyBurnsPostsIgnoringCase() {
    Cli r = Cli.run("query", "queries/posts-by-author.rq", "--store", store,
        "--param", "author=lucy BURNS", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(List.of(
        "title,date,name,file",
        "PlanetScale and Vitess at KubeCon NA 2019,2019-12-09,Lucy Burns,001_6a3ad591982bdae1.txt",
        "Breakdown: Percona Live EU 2019,2019-10-21,Lucy Burns,000_291316b2396c1ca8.txt"), lines);
  }

  @Test
  void postsTaggedFindsThePostWithTheTag() {
    Cli r = Cli.run("query", "queries/posts-tagged.rq", "--store", store, "-p", "tag=rust",
        "-f", "tsv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"FOSDEM 2019 Recap: Global Technology, Local Community\""),
        r.out());
    assertEquals(2, r.out().lines().count(), r.out());
  }

  @Test
  void entitiesListsEachPostsAuthorsEvenWhenTheTextNeverNamesThem() {
    // Lucy Burns, Adrianna Tan and Kevin Xu are named in their posts' front matter; only Kevin
    // Xu's post names its author in the text (its summary).
    Cli r = Cli.run("query", "queries/entities.rq", "--store", store, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("post,type,name", lines.get(0));
    for (String row : List.of("000_291316b2396c1ca8.txt,Person,Lucy Burns",
        "001_6a3ad591982bdae1.txt,Person,Lucy Burns", "002_88bcfa2740c76f7a.txt,Person,Adrianna Tan",
        "003_98cabff6027e6dd3.txt,Person,Kevin Xu")) {
      assertTrue(lines.contains(row), row + " missing from:\n" + r.out());
    }
    List<String> posts = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    assertEquals(posts.stream().sorted().toList(), posts, "rows in the order of their posts");
  }

  @Test
  void postsMentioningAnAuthorFindsThePostsTheyWroteByFrontMatterAlone() {
    Cli r = Cli.run("query", "queries/posts-mentioning.rq", "--store", store,
        "--param", "entity=adrianna tan", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of("title,date,file",
        "Highlights from KubeCon Europe 2019,2019-05-29,002_88bcfa2740c76f7a.txt"),
        r.out().lines().toList());
  }

  @Test
  void aParameterIsALiteralAndCannotChangeTheQuery() {
    Cli r = Cli.run("query", "queries/posts-by-author.rq", "--store", store, "--param",
        "author=x\") } UNION { ?person ?p ?o } #", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of("title,date,name,file"), r.out().lines().toList());
  }

  @Test
  void anInlineQueryCountsTriples() {
    Cli r = Cli.run("query", "-e", "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }",
        "--format", "csv", "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    long triples = Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    assertTrue(triples > 50, r.out());
  }

  @Test
  void exportedTrigHoldsEveryPostGraphIsomorphicToTheStore() throws Exception {
    Path trig = tmp.resolve("graph.trig");
    Cli r = Cli.run("export", "--format", "trig", "-o", trig.toString(), "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    Dataset exported = RDFDataMgr.loadDataset(trig.toString());
    assertEquals(4, exported.asDatasetGraph().size());
    try (TdbStore stored = TdbStore.open(Path.of(store), false)) {
      Dataset own = stored.dataset();
      Txn.executeRead(own, () -> assertTrue(
          IsoMatcher.isomorphic(own.asDatasetGraph(), exported.asDatasetGraph()),
          "the export differs from the store it was exported from"));
    }
  }

  @Test
  void exportedTurtleHoldsEveryPostWithItsTitle() {
    Path ttl = tmp.resolve("graph.ttl");
    assertEquals(0, Cli.run("export", "-o", ttl.toString(), "--store", store).exitCode());
    Model m = RDFDataMgr.loadModel(ttl.toString());
    long posts = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
        m.createResource("http://schema.org/BlogPosting")).toList().size();
    assertEquals(4, posts);
    assertTrue(m.contains(null, m.createProperty("http://schema.org/headline"),
        "Highlights from KubeCon Europe 2019"));
  }

  @Test
  void reingestingTheSameCorpusReplacesEveryPostWithAnIsomorphicGraph() throws Exception {
    String other = tmp.resolve("again").toString();
    assertEquals(0, Cli.run("ingest", "corpus", "--store", other).exitCode());
    Cli unchanged = Cli.run("ingest", "corpus", "--store", other);
    assertEquals(0, unchanged.exitCode(), unchanged.err());
    assertTrue(unchanged.out().startsWith("ingested 0 posts (4 unchanged,"), unchanged.out());
    Cli forced = Cli.run("ingest", "corpus", "--force", "--store", other);
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(forced.out().startsWith("ingested 4 posts (0 unchanged,"), forced.out());
    Path a = tmp.resolve("a.nq");
    Path b = tmp.resolve("b.nq");
    assertEquals(0, Cli.run("export", "-f", "nquads", "-o", a.toString(), "--store", store)
        .exitCode());
    assertEquals(0, Cli.run("export", "-f", "nquads", "-o", b.toString(), "--store", other)
        .exitCode());
    Dataset da = DatasetFactory.create();
    RDFDataMgr.read(da, a.toString());
    Dataset db = DatasetFactory.create();
    RDFDataMgr.read(db, b.toString());
    assertTrue(IsoMatcher.isomorphic(da.asDatasetGraph(), db.asDatasetGraph()));
  }

  @Test
  void explainShowsTheSentencesBehindAFact() {
    Cli r = Cli.run("explain", "Sugu Sougoumarane", "works for", "PlanetScale", "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Sugu Sougoumarane works for PlanetScale"), r.out());
    assertTrue(r.out().contains("000_291316b2396c1ca8.txt:14"), r.out());
    assertTrue(r.out().contains("role: CTO and CoFounder"), r.out());
    assertTrue(r.out().contains("“[Sugu Sougoumarane], [PlanetScale] CTO and CoFounder"), r.out());
  }

  @Test
  void explainSaysSoWhenTheGraphHoldsNoSuchFact() {
    Cli r = Cli.run("explain", "Nobody Known", "--store", store);
    assertEquals(ExitCodes.FAILURE, r.exitCode());
    assertTrue(r.out().contains("no fact about 'Nobody Known'"), r.out());
  }

  @Test
  void aPersonWhoMovedKeepsBothJobsEachWithItsDate() {
    Cli r = Cli.run("query", "queries/roles-of-person.rq", "-p", "person=morgan tocker",
        "--format", "csv", "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("organization,role,as_of,post", lines.get(0));
    assertTrue(lines.get(1).startsWith("PlanetScale,Community Development Manager,2019-10-21"),
        r.out());
    assertTrue(lines.get(2).startsWith("PingCAP,,2019-02-11"), r.out());
  }

  @Test
  void whoSpokeAboutFindsTheSpeakersOfATopicByAnyOfItsNames() {
    Cli r = Cli.run("query", "queries/who-spoke-about.rq", "-p", "topic=k8s", "--format", "csv",
        "--store", store);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("Sugu Sougoumarane,")), r.out());
    Cli eu = Cli.run("query", "queries/speakers-at-event.rq", "-p", "event=kubecon eu 2019",
        "--format", "csv", "--store", store);
    List<String> speakers = eu.out().lines().skip(1).map(l -> l.split(",")[0]).toList();
    assertEquals(List.of("Dan Kozlowski", "Deepthi Sigireddi", "Jitendra Vaidya",
        "Sugu Sougoumarane"), speakers);
  }

  @Test
  void aPostThatCannotBeReadIsNamedAndTheOthersAreStored() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("mixed"));
    Files.writeString(dir.resolve("good.md"), "---\ntitle: Good\n---\nFine.\n");
    Files.writeString(dir.resolve("bad.md"), "---\ntitle: [unclosed\n---\nBody\n");
    Cli r = Cli.run("ingest", dir.toString(), "--store", tmp.resolve("mixed-store").toString());
    assertEquals(ExitCodes.SOME_POSTS_FAILED, r.exitCode());
    assertTrue(r.err().contains("bad.md:2: front matter is not valid YAML"), r.err());
    assertTrue(r.out().startsWith("ingested 1 posts"), r.out());
  }
}
