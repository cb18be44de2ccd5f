package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.post.WxrReaderTestExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of posts as Hugo, Jekyll, Docusaurus and WordPress write them, ingested by the CLI. */
class FormatsIT {
  @TempDir static Path tmp;
  static String store;
  static Cli ingest;

  @BeforeAll
  static void ingestOnePostOfEachKind() throws IOException {
    Path blog = Files.createDirectories(tmp.resolve("blog"));
    Files.writeString(blog.resolve("hugo-toml.md"), """
        +++
        title = "Our Kubernetes upgrade"
        date = 2023-05-02
        author = "Mira Castell"
        tags = ["kubernetes", "upgrades"]
        +++
        We upgraded every cluster last month.

        {{< figure src="/img/team.png" caption="Mira Castell presenting Kubernetes at Google." >}}
        """);
    Files.writeString(blog.resolve("hugo-json.md"), """
        {
          "title": "Notes on PostgreSQL",
          "date": "2022-11-19",
          "author": "Oren Blau",
          "tags": ["postgres"]
        }
        Oren Blau compared PostgreSQL with MySQL at work.
        """);
    Files.writeString(blog.resolve("authors.yml"), """
        ana:
          name: Ana Varga
          title: Staff Engineer at Microsoft
        """);
    Files.writeString(blog.resolve("docusaurus.mdx"), """
        ---
        title: Choosing a database
        date: 2024-01-15
        authors: [ana]
        tags: [databases]
        ---
        import Tabs from '@theme/Tabs';
        import TabItem from '@theme/TabItem';

        <Tabs>
        <TabItem value="cloud">
        Microsoft runs Redis for the checkout service.
        </TabItem>
        </Tabs>
        """);
    Files.writeString(blog.resolve("2021-06-01-jekyll.markdown"), """
        ---
        layout: post
        title: Moving to Kafka
        date: 2021-06-01
        tags: [kafka]
        ---
        **Author:** Sam Lee, Acme Corp

        Acme Corp moved its queues to Kafka. {% include note.html %}

        {% highlight ruby %}
        puts "no"
        {% endhighlight %}
        """);
    Files.writeString(blog.resolve("draft-yaml.md"),
        "---\ntitle: Unfinished YAML draft\ndraft: true\n---\nGoogle will be named later.\n");
    Files.writeString(blog.resolve("draft-jekyll.md"),
        "---\ntitle: Unpublished Jekyll post\npublished: false\n---\nNothing yet.\n");
    Files.writeString(blog.resolve("export.xml"), WxrReaderTestExport.EXPORT);
    store = tmp.resolve("store").toString();
    ingest = Cli.run("ingest", blog.toString(), "--store", store);
  }

  private static List<String> rows(String select) {
    Cli r = Cli.run("query", "-e", select, "--store", store, "--format", "tsv");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = Arrays.asList(r.out().strip().split("\n"));
    return lines.subList(1, lines.size());
  }

  @Test
  void everyKindOfPostIsStoredWithItsTitleAndDate() {
    assertEquals(0, ingest.exitCode(), ingest.err());
    Set<String> titles = new TreeSet<>(rows(
        "SELECT ?t (STR(?date) AS ?d) WHERE { ?p a schema:BlogPosting ; schema:headline ?t . "
            + "OPTIONAL { ?p schema:datePublished ?date } }"));
    assertEquals(new TreeSet<>(List.of(
        "\"Our Kubernetes upgrade\"\t\"2023-05-02\"",
        "\"Notes on PostgreSQL\"\t\"2022-11-19\"",
        "\"Choosing a database\"\t\"2024-01-15\"",
        "\"Moving to Kafka\"\t\"2021-06-01\"",
        "\"How Saltmarsh moved to Kestrel\"\t\"2023-03-14\"")), titles);
  }

  @Test
  void authorsAndTagsAreStored() {
    Set<String> authors = new TreeSet<>(rows("SELECT ?t ?n WHERE { ?p schema:headline ?t ; "
        + "schema:author/schema:name ?n }"));
    assertEquals(new TreeSet<>(List.of(
        "\"Our Kubernetes upgrade\"\t\"Mira Castell\"",
        "\"Notes on PostgreSQL\"\t\"Oren Blau\"",
        "\"Choosing a database\"\t\"Ana Varga\"",
        "\"Moving to Kafka\"\t\"Sam Lee\"",
        "\"How Saltmarsh moved to Kestrel\"\t\"Priya Noor\"")), authors);
    assertEquals(List.of("\"Staff Engineer at Microsoft\""),
        rows("SELECT ?j WHERE { ?a schema:name \"Ana Varga\" ; schema:jobTitle ?j }"));
    Set<String> tags = new TreeSet<>(rows("SELECT DISTINCT ?k WHERE { ?p schema:keywords ?k }"));
    assertEquals(new TreeSet<>(List.of("\"kubernetes\"", "\"upgrades\"", "\"postgres\"",
        "\"databases\"", "\"kafka\"", "\"queues\"")), tags);
  }

  @Test
  void sentencesInComponentsCaptionsAndWordPressBodiesAreExtracted() {
    Set<String> sentences = new TreeSet<>(rows(
        "SELECT DISTINCT ?s WHERE { ?x a nif:Sentence ; nif:anchorOf ?s }"));
    for (String expected : new String[] {
        "\"Mira Castell presenting Kubernetes at Google.\"",
        "\"Microsoft runs Redis for the checkout service.\"",
        "\"Acme Corp moved its queues to Kafka.\"",
        "\"Priya Noor led the move to Kestrel at Saltmarsh.\""}) {
      assertTrue(sentences.contains(expected), expected + " not in " + sentences);
    }
    for (String s : sentences) {
      for (String markup : new String[] {"{%", "{{<", "import ", "<", "wp:", "include"}) {
        assertFalse(s.contains(markup), markup + " in sentence " + s);
      }
    }
  }

  @Test
  void draftsAreNotStoredAndAreNamed() {
    assertEquals(List.of(), rows("SELECT ?t WHERE { ?p schema:headline ?t "
        + "FILTER(CONTAINS(?t, \"draft\") || CONTAINS(?t, \"Unpublished\") "
        + "|| CONTAINS(?t, \"Half-written\")) }"));
    assertTrue(ingest.out().contains(
        "3 drafts not read (--drafts reads them): draft-jekyll.md, draft-yaml.md, export.xml/12"),
        ingest.out());
    assertTrue(ingest.out().contains("export.xml: 1 page skipped (--pages reads them)"),
        ingest.out());
  }

  @Test
  void reingestingAChangedExportReplacesOnlyThePostThatChanged() throws IOException {
    Path again = Files.createDirectories(tmp.resolve("again"));
    Path export = again.resolve("export.xml");
    Files.writeString(export, WxrReaderTestExport.EXPORT);
    String other = tmp.resolve("other-store").toString();
    assertEquals(0, Cli.run("ingest", export.toString(), "--store", other, "--drafts")
        .exitCode());
    Files.writeString(export, WxrReaderTestExport.EXPORT.replace("Not ready yet.",
        "Almost ready now."));
    Cli second = Cli.run("ingest", export.toString(), "--store", other, "--drafts");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(second.out().startsWith("ingested 1 posts (1 unchanged"), second.out());
  }
}
