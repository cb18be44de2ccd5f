package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Names no list holds, typed by what the text says around them; one type per name in a post. */
class ContextEntitiesIT {
  private static Set<String> names(Extraction x, EntityType type) {
    return x.entities().stream().filter(e -> e.type() == type).map(Entity::name)
        .collect(Collectors.toSet());
  }

  private static Extraction extract(String body) {
    return SharedNlp.extract("title: A post\ndate: 2023-01-10", body);
  }

  @Test
  void aLinkToAProfileNamesAPersonOrACompany() {
    Extraction x = extract("Guests [Zorana Kvist](https://www.linkedin.com/in/zkvist/), "
        + "[Ottilie Brandwer](https://www.linkedin.com/in/obrandwer) and a team from "
        + "[Brambleworth](https://www.linkedin.com/company/brambleworth/) joined us. "
        + "Read [Five Great Years](https://www.linkedin.com/in/zkvist/) too. Thanks to "
        + "[CNCF Oslo](https://twitter.com/cncfoslo) for the room.");
    assertTrue(names(x, EntityType.PERSON).containsAll(Set.of("Zorana Kvist",
        "Ottilie Brandwer")), x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Brambleworth"), x.entities().toString());
    assertFalse(names(x, EntityType.ORGANIZATION).contains("Zorana Kvist"), x.entities().toString());
    assertFalse(names(x, EntityType.PERSON).contains("Five Great Years"), x.entities().toString());
    // an account may be a company's: it makes no person of a name the model does not take for one
    assertFalse(names(x, EntityType.PERSON).contains("CNCF Oslo"), x.entities().toString());
  }

  @Test
  void whereSomeoneWorksIsACompany() {
    Extraction x = extract("Ingrid is a Staff Engineer at Brambleworth. Before that she worked "
        + "at Quillfeather, and now Tomas works for Brambleworth too.");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(Set.of("Brambleworth",
        "Quillfeather")), x.entities().toString());
    assertFalse(names(x, EntityType.PLACE).contains("Brambleworth"), x.entities().toString());
  }

  @Test
  void aLegalFormOrAnAppositiveMakesACompany() {
    Extraction x = extract("The grant came from Velloria Labs and Harrowgate Inc. last year.");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(
        Set.of("Velloria Labs", "Harrowgate Inc")), x.mentions().toString());
    assertTrue(names(extract("We met Zentrovia, a payments startup from the north."),
        EntityType.ORGANIZATION).contains("Zentrovia"));
    assertTrue(names(extract("He runs a small consulting company in Spain called Orvanta."),
        EntityType.ORGANIZATION).contains("Orvanta"));
  }

  @Test
  void aCompanyInParenthesesOrAfterASpeakerIsACompany() {
    Extraction x = extract("- [Mira Solberg](https://example.org/m) (Fennick Systems)\n"
        + "- [Otto Brandt](https://example.org/o) (Glimmerloop)\n\n"
        + "Closing talk by Ada Kowalczyk, Tarnwell 4:30pm");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(
        Set.of("Fennick Systems", "Glimmerloop", "Tarnwell")), x.entities().toString());
    assertTrue(names(x, EntityType.PERSON).containsAll(
        Set.of("Mira Solberg", "Otto Brandt", "Ada Kowalczyk")), x.entities().toString());
  }

  @Test
  void softwareIsNamedByItsPartsVersionsAndWhatIsDoneWithIt() {
    Extraction x = extract("We deploy Snorkelbeat on every node. The Snorkelbeat agent ships "
        + "metrics to the Quiverline backend, and Krakenfs v2.3 stores them. We tried storage "
        + "engines like Bumblestore, Fennelkv and Gorsebase.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("Snorkelbeat", "Quiverline",
        "Krakenfs", "Bumblestore", "Fennelkv", "Gorsebase")), x.mentions().toString());
    assertTrue(names(x, EntityType.PLACE).isEmpty(), x.entities().toString());
  }

  @Test
  void aLinkToARepositoryOrPackageNamedAfterItIsSoftware() {
    Extraction x = extract("We use [tiny-raft](https://github.com/example/tiny-raft) and "
        + "[fastjsonish](https://crates.io/crates/fastjsonish), thanks to "
        + "[Lena Park](https://github.com/lenapark).");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("tiny-raft", "fastjsonish")),
        x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Lena Park"));
  }

  @Test
  void oneNameHasOneTypeInAPost() {
    Extraction x = extract("Our traces go to Tessaract, and we run the Tessaract cluster "
        + "ourselves. In Tessaract, a trace lives for a week.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Tessaract"), x.entities().toString());
    assertFalse(names(x, EntityType.PLACE).contains("Tessaract"), x.entities().toString());
    assertFalse(names(x, EntityType.PERSON).contains("Tessaract"), x.entities().toString());
  }

  @Test
  void aPlaceNeedsTheTextToPutSomethingThere() {
    Extraction x = extract("We flew in from Singapore, Germany and Canada to meet in Denver. "
        + "Barcelona, Spain is next.");
    assertTrue(names(x, EntityType.PLACE).containsAll(
        Set.of("Singapore", "Germany", "Canada", "Denver", "Barcelona", "Spain")),
        x.entities().toString());
  }

  @Test
  void aCommonNounWithACapitalIsNoName() {
    Extraction x = extract("Observability matters. We teach observability to every team.");
    assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Observability")),
        x.entities().toString());
  }

  @Test
  void aHyphenatedSurnameStaysOneAndOrgAndPersonSplit() {
    Extraction x = extract("Thanks to Carla Ruiz-Montoya and Jun-Ho Baek for the review.");
    assertTrue(names(x, EntityType.PERSON).containsAll(
        Set.of("Carla Ruiz-Montoya", "Jun-Ho Baek")), x.entities().toString());
    assertEquals(Set.of(), names(x, EntityType.PERSON).stream()
        .filter(n -> n.equals("Montoya") || n.equals("Carla Ruiz")).collect(Collectors.toSet()));
  }

  @Test
  void investorsAndArticleSitesAreCompanies() {
    Extraction x = extract("The round was led by Quenby Capital, with participation from "
        + "Larkspur and Tovell. Read the coverage on "
        + "[Newsgrid](https://www.newsgrid.example/2021/05/03/round).");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(
        Set.of("Quenby Capital", "Larkspur", "Tovell", "Newsgrid")), x.entities().toString());
  }

  @Test
  void aPartOfAListedThingIsNamedAsTheListNamesIt() {
    Extraction x = extract("We installed the K8s Operator, and Microsoft Corporation "
        + "sponsored the work.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Kubernetes Operator"),
        x.entities().toString());
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Microsoft"), x.entities().toString());
    assertFalse(names(x, EntityType.ORGANIZATION).contains("Microsoft Corporation"));
  }

  @Test
  void jobTitlesAreNoPeopleAndThanksToIsNoPlace() {
    Extraction x = extract("\"We are glad,\" says Wen Bao, Vice President and Managing Director "
        + "of Quenby. Thanks to Marrowick for the venue.");
    assertTrue(names(x, EntityType.PERSON).contains("Wen Bao"), x.entities().toString());
    assertFalse(names(x, EntityType.PERSON).contains("Vice President"), x.entities().toString());
    assertFalse(names(x, EntityType.PERSON).contains("Managing Director"));
    assertFalse(names(x, EntityType.PLACE).contains("Marrowick"), x.entities().toString());
  }

  @Test
  void theNamesInAListOfCompaniesAreCompaniesWhateverTheModelGuessed() {
    Extraction x = extract("Companies like Brindlecorp and Halvoria found value in tracing. "
        + "Many notable companies, such as Quillmark, which runs it on every node, and Ostreva, "
        + "which tests it nightly, agree. Our customer base includes Wexford, Bank of Tarrow and "
        + "Plimsoll. Ostreva is hiring.");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(Set.of("Brindlecorp", "Halvoria",
        "Quillmark", "Ostreva", "Wexford", "Bank of Tarrow", "Plimsoll")), x.entities().toString());
    assertTrue(names(x, EntityType.PERSON).isEmpty(), x.entities().toString());
    assertEquals(2, x.mentions().stream().filter(m -> m.name().equals("Ostreva")).count(),
        x.mentions().toString());
  }

  @Test
  void theNameATitlePutsATechnologyAtIsTheCaseStudysCompany() {
    Extraction x = SharedNlp.extract("title: Streaming Kafka at Brindle\ndate: 2023-01-10",
        "Brindle has grown fast. At Brindle, we stream every order through Kafka.");
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Brindle"), x.entities().toString());
    assertEquals(3, x.mentions().stream().filter(m -> m.name().equals("Brindle")).count(),
        x.mentions().toString());
    Extraction common = SharedNlp.extract("title: Kafka at Scale\ndate: 2023-01-10",
        "We run Kafka at scale.");
    assertFalse(names(common, EntityType.ORGANIZATION).contains("Scale"),
        common.entities().toString());
  }

  @Test
  void wordsJoinedByAnAmpersandThatOneVerbFollowsAreOneCompany() {
    Extraction x = SharedNlp.extract("title: Kafka in Velloria Labs & Data\ndate: 2023-01-10",
        "Velloria Labs & Data is a storage provider. Mira Solberg, Staff Engineer at Velloria "
        + "Labs & Data, runs Kafka there.");
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Velloria Labs & Data"),
        x.entities().toString());
    assertFalse(names(x, EntityType.ORGANIZATION).contains("Velloria Labs"),
        x.entities().toString());
    Extraction two = extract("Velloria Labs & Quenby Capital are partners.");
    assertFalse(names(two, EntityType.ORGANIZATION).contains("Velloria Labs & Quenby Capital"),
        two.entities().toString());
  }

  @Test
  void theAuthorsNameInTheBodyIsTheAuthorWhateverTheModelSays() {
    Extraction x = SharedNlp.extract("title: Moving our metadata\ndate: 2023-01-10\n"
        + "author: Can Wei", "**Industry:** Cloud Computing\n\n**Author:** Can Wei (Storage "
        + "Engineer at Velloria Labs)\n\nWe moved our metadata to Kafka.");
    assertTrue(x.mentions().stream().anyMatch(m -> m.name().equals("Can Wei")
        && m.start() >= 0), x.mentions().toString());
    assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Fact.Predicate.WORKS_FOR
        && f.subject().name().equals("Can Wei") && f.object().name().equals("Velloria Labs")),
        x.facts().toString());
  }

  @Test
  void aNameInAListOfTechnologiesIsOne() {
    Extraction x = extract("Our agents are written for Rust, Go and Zyglang. Storage engines "
        + "were compared: LevelDB, Quokkastore, or any other engine.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("Go", "Zyglang",
        "Quokkastore")), x.entities().toString());
  }
  @Test
  void anEverydayWordIsALanguageOnlyWhereTheTextSpeaksOfSoftware() {
    Extraction x = extract("Go to the settings page first. The Go client then retries twice.");
    assertEquals(1, x.mentions().stream().filter(m -> m.name().equals("Go")).count(),
        x.mentions().toString());
    assertTrue(x.mentions().stream().anyMatch(m -> m.name().equals("Go")
        && m.surface().equals("Go") && m.start() > 20), x.mentions().toString());
    assertTrue(names(extract("We ported the parser to Go. Go developers liked it."),
        EntityType.TECHNOLOGY).contains("Go"));
  }
  @Test
  void aListedNameOpeningWithADotIsFound() {
    Extraction x = extract("The library supports .NET and Java today.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of(".NET", "Java")),
        x.entities().toString());
  }
  @Test
  void aHyphenatedPackageMadeOfATechnologyIsOneButAnAdjectiveIsNot() {
    Extraction x = extract("We patched rust-fizzcache and built a Raft-based log on "
        + "mysql-sidecar-tools.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("rust-fizzcache",
        "mysql-sidecar-tools")), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Raft-based"), x.entities().toString());
  }
  @Test
  void aRepositoryThePostLinksToIsSoftwareWhereTheTextNamesIt() {
    Extraction x = extract("Pia fixed a leak in [#12](https://github.com/acme/plumb-kv/pull/12), "
        + "so plumb-kv is faster now.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("plumb-kv"), x.entities().toString());
  }
  @Test
  void aLinkToAProjectsRepositoryOrSiteNamesItsSoftware() {
    Extraction x = extract("Try the [fuzz harness](https://github.com/kubernetes/"
        + "kubernetes-fuzz-harness) and [Quillmetrics](https://quillmetrics.io/). Thanks to "
        + "[Brambleworth](https://brambleworth.com/) for the venue.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of(
        "Kubernetes fuzz harness", "Quillmetrics")), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Brambleworth"), x.entities().toString());
    Extraction y = extract("Logs go through [Acme Pipes](https://github.com/acme/pipes) to "
        + "[Kubernetes Lanterns](https://example.org/oss/lanterns/).");
    assertTrue(names(y, EntityType.TECHNOLOGY).containsAll(Set.of("Acme Pipes",
        "Kubernetes Lanterns")), y.entities().toString());
  }
  @Test
  void aProjectsLanguageOrPartAfterItsNameIsOneTechnology() {
    Extraction x = extract("I review pull requests for Vitess Java, and I maintain Kubernetes Go "
        + "and the Kubernetes Demo.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("Vitess Java",
        "Kubernetes Go", "Kubernetes Demo")), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Java"), x.entities().toString());
  }
  @Test
  void aListGoingOnIntoALongerNameIsNoListOfTechnologies() {
    Extraction x = extract("We spoke in the MySQL, Postgres and Cousins DevRoom this year.");
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Cousins"), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Cousins DevRoom"),
        x.entities().toString());
  }
  @Test
  void aLowerCaseLinkToAListedProjectsSiteIsThatProject() {
    Extraction x = extract("Ines added [kubernetes](https://kubernetes.io/) manifests.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Kubernetes"), x.entities().toString());
  }
  @Test
  void aPartNamedAloneIsTheProjectsPartNamedInFull() {
    Extraction x = extract("Read about the [fuzz harness](https://github.com/kubernetes/"
        + "kubernetes-fuzz-harness). We run the Kubernetes fuzz harness nightly.");
    assertEquals(Set.of("Kubernetes fuzz harness"), names(x, EntityType.TECHNOLOGY).stream()
        .filter(n -> n.contains("harness")).collect(Collectors.toSet()), x.entities().toString());
  }
  @Test
  void aCloudProviderIsACompanyWhereSomeoneWorksAndOpensItsProductsNames() {
    Extraction x = extract("Before this job I was an engineer at AWS for six years.");
    assertTrue(names(x, EntityType.ORGANIZATION).contains("Amazon Web Services"),
        x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Amazon Web Services"));
    Extraction y = extract("Our pods get roles through AWS Identity and Access Management, "
        + "and we deploy on Azure.");
    assertTrue(names(y, EntityType.TECHNOLOGY).containsAll(Set.of(
        "AWS Identity and Access Management", "Azure")), y.entities().toString());
    // where nobody works there, "at" is only a place to look or to deploy
    Extraction z = extract("We looked at Azure pricing, and the service now runs at Azure.");
    assertTrue(names(z, EntityType.TECHNOLOGY).contains("Azure"), z.entities().toString());
    assertFalse(names(z, EntityType.ORGANIZATION).contains("Azure"), z.entities().toString());
  }

  @Test
  void aLinkToAPageNamedLikeItsLastWordIsAProductOnlyAfterAListedMaker() {
    Extraction x = extract("Read [Jane Quillfeather](https://example.org/team/quillfeather) on "
        + "[our blog](https://example.org/blog), then try [Grafana Lumen]"
        + "(https://example.org/oss/lumen/).");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Grafana Lumen"), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("Jane Quillfeather"),
        x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("our blog"), x.entities().toString());
  }
  @Test
  void aWordInCodeBeforeAWordForSoftwareIsAProgram() {
    Extraction x = extract("We thank the `quibbletrace` maintainers, and set `max_open_files` "
        + "to 500 with `cargo test --all` running.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("quibbletrace"), x.entities().toString());
    assertFalse(names(x, EntityType.TECHNOLOGY).contains("max_open_files"),
        x.entities().toString());
  }
  @Test
  void aTagNamesWhatThePostIsAbout() {
    Extraction x = SharedNlp.extract("title: A post\ndate: 2023-01-10\ntags: [Chester]",
        "We moved our traces to Chester last year, and Chester keeps them a week.");
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Chester"), x.entities().toString());
  }

  @Test
  void aLanguageTheTokenizerSplitsFromItsProjectStaysItsOwn() {
    // the tokenizer ends a sentence at the dot of ".NET": no compound reaches across it
    Extraction x = extract("We released the first beta of OpenTelemetry .NET Automatic "
        + "Instrumentation today.");
    assertTrue(names(x, EntityType.TECHNOLOGY).containsAll(Set.of("OpenTelemetry", ".NET")),
        x.entities().toString());
  }

  @Test
  void whereSomeoneWorkedBeforeIsACompany() {
    Extraction x = extract("Oona joins us from Larkmoor, where she was a data engineer. Piet "
        + "comes to us from Dunmere. Rhea was previously a technical writer at Tolvane in Oslo, "
        + "and Sami spent six years at Pexwell. Before that he was at Vantory. At Corbelline, "
        + "Oona works on the query planner. Ilse Varga leads developer relations at Wrenfield.");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(Set.of("Larkmoor", "Dunmere",
        "Tolvane", "Pexwell", "Vantory", "Corbelline", "Wrenfield")), x.mentions().toString());
    assertTrue(names(x, EntityType.PLACE).contains("Oslo"), x.entities().toString());
    // a talk from a person says no job
    Extraction talk = extract("We loved a talk from Ilse Varga about compaction.");
    assertTrue(names(talk, EntityType.PERSON).contains("Ilse Varga"), talk.entities().toString());
    assertFalse(names(talk, EntityType.ORGANIZATION).contains("Ilse Varga"));
  }

  @Test
  void aLinkNamedAfterItsOwnSiteIsACompanyWhereSomeoneWorks() {
    Extraction x = extract("Ines joins us from [Quorvant](https://quorvant.io/), and Bo Lind "
        + "from [Hallowmere](https://www.hallowmere.com/) is a designer at "
        + "[Sedgefield](https://sedgefield.io/about). We still run [Brisklet](https://brisklet.io/) "
        + "for the metrics.");
    assertTrue(names(x, EntityType.ORGANIZATION).containsAll(Set.of("Quorvant", "Hallowmere",
        "Sedgefield")), x.mentions().toString());
    assertTrue(names(x, EntityType.TECHNOLOGY).contains("Brisklet"), x.mentions().toString());
    assertTrue(names(x, EntityType.PLACE).isEmpty(), x.mentions().toString());
  }
}
