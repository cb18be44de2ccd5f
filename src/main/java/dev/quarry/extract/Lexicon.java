package dev.quarry.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The words that signal relations, read from {@code ontology/relations.yaml}. */
final class Lexicon {
  static final String FILE = "ontology/relations.yaml";

  final Set<String> talkNouns;
  final Set<String> talkSectionNouns;
  final Set<String> talkVerbs;
  final Set<String> lightVerbs;
  final Set<String> listenerWords;
  final Set<String> elsewhere;
  final Set<String> useLemmas;
  final List<String> usePhrases;
  final Set<String> roles;
  final Set<String> colleague;
  final Set<String> genericRoles;
  final Set<String> sponsor;
  final Set<String> strongTalkVerbs;
  final Set<String> audience;
  final Set<String> beforeBy;
  final Set<String> refersBack;
  final Set<String> talkDefinite;
  final Set<String> speakerPronouns;
  final Set<String> introducers;
  final Set<String> passiveTalkVerbs;
  final Set<String> speakerNouns;
  final Set<String> speakerLabels;
  final Set<String> notTitles;
  final Set<String> userNouns;
  final Set<String> ownerNouns;
  final Set<String> possessiveUseNouns;
  final Set<String> negations;
  final Set<String> listWords;
  final Set<String> personOrgLinks;
  final Set<String> siteAffiliations;
  final Set<String> ownPages;
  final Set<String> joiningVerbs;
  final Set<String> joiningAfter;
  final Set<String> pastWords;
  final Set<String> selfJobVerbs;
  final Set<String> selfJobPrepositions;
  final Set<String> selfJobWith;
  final Set<String> titleJoiners;
  final Set<String> titleLeadWords;
  final Set<String> nameJoiners;
  final Set<String> honorifics;
  final Set<String> placePrepositions;
  final Set<String> farewells;
  final Set<String> titleOpeners;
  final Set<String> interviewTitles;
  final Set<String> possessives;
  final Set<String> dateLinks;
  final Set<String> months;
  final Set<String> localEvents;
  final Set<String> quantities;
  final Set<String> subjectTeam;
  final Set<String> companyNouns;
  final Set<String> companyIntroducers;
  final Set<String> companyInside;
  final Set<String> companyRelatives;
  final Set<String> contracted;
  final Set<String> we;
  /** Pronouns that stand for the technology, and the organization, a sentence before opens with. */
  final List<String> itPronouns;
  final List<String> theyPronouns;
  final Set<String> i;
  /** Words about software: see the {@code technology:} section of relations.yaml. */
  final Set<String> techListWords;
  final Set<String> techHeads;
  /** Words written with a capital at the start of a sentence or list that are no names. */
  final Set<String> notNames;
  final Set<String> adjectiveParts;
  final Set<String> functionParts;
  final Set<String> projectParts;
  final Set<String> projectDomains;
  final Set<String> affiliationWords;
  /** What a table's header words say its columns hold: see {@code tables:} in relations.yaml. */
  final Map<String, Set<String>> columnWords;
  final Set<String> headTails;
  final Set<String> headEnds;
  final Set<String> notCellNames;
  /** "this post", "this write-up": a sentence about the post itself. */
  final Pattern selfReference;
  /** A link to a site of recordings: YouTube, Vimeo, Speaker Deck... */
  final Pattern recordingHost;
  /** "we", "our", "us" anywhere in a text. */
  final Pattern weInText;
  final Pattern oursInText;
  /** "by", "presented by": a word that introduces a talk's speakers, anywhere in a text. */
  final Pattern introducerInText;
  /** "Authors", "Team": a word that makes an author's name a group's. */
  final Pattern groupAuthor;

  private Lexicon(Map<String, Object> doc) {
    talkNouns = words(doc, "talk", "nouns");
    talkSectionNouns = words(doc, "talk", "section_nouns");
    talkVerbs = words(doc, "talk", "verbs");
    lightVerbs = words(doc, "talk", "light_verbs");
    listenerWords = words(doc, "talk", "listener_words");
    elsewhere = words(doc, "talk", "elsewhere");
    useLemmas = words(doc, "uses", "lemmas");
    usePhrases = List.copyOf(words(doc, "uses", "phrases"));
    roles = words(doc, "employment", "roles");
    colleague = words(doc, "employment", "colleague");
    genericRoles = words(doc, "employment", "generic");
    sponsor = words(doc, "sponsor", "lemmas");
    strongTalkVerbs = words(doc, "talk", "strong_verbs");
    audience = words(doc, "talk", "audience");
    beforeBy = words(doc, "talk", "before_by");
    refersBack = words(doc, "talk", "refers_back");
    talkDefinite = words(doc, "talk", "definite");
    speakerPronouns = words(doc, "talk", "speaker_pronouns");
    introducers = words(doc, "talk", "introducers");
    passiveTalkVerbs = words(doc, "talk", "passive_verbs");
    speakerNouns = words(doc, "talk", "speaker_nouns");
    speakerLabels = words(doc, "talk", "speaker_labels");
    notTitles = words(doc, "talk", "not_titles");
    userNouns = words(doc, "uses", "user_nouns");
    ownerNouns = words(doc, "uses", "owner_nouns");
    possessiveUseNouns = words(doc, "uses", "possessive_nouns");
    negations = words(doc, "uses", "negations");
    listWords = words(doc, "uses", "list_words");
    personOrgLinks = words(doc, "employment", "person_org_links");
    siteAffiliations = words(doc, "employment", "site_affiliations");
    ownPages = words(doc, "voice", "own_pages");
    joiningVerbs = words(doc, "employment", "joining_verbs");
    joiningAfter = words(doc, "employment", "joining_after");
    pastWords = words(doc, "employment", "past_words");
    selfJobVerbs = words(doc, "employment", "first_person_verbs");
    selfJobPrepositions = words(doc, "employment", "first_person_prepositions");
    selfJobWith = words(doc, "employment", "first_person_with");
    titleJoiners = words(doc, "employment", "title_joiners");
    titleLeadWords = words(doc, "employment", "title_lead_words");
    nameJoiners = words(doc, "names", "joiners");
    honorifics = words(doc, "names", "honorifics");
    placePrepositions = words(doc, "event_place", "prepositions");
    farewells = words(doc, "event_place", "farewells");
    titleOpeners = words(doc, "voice", "title_openers");
    interviewTitles = words(doc, "voice", "interview_titles");
    possessives = words(doc, "voice", "possessives");
    dateLinks = words(doc, "event_place", "date_links");
    months = words(doc, "event_place", "months");
    localEvents = words(doc, "event_place", "local_events");
    quantities = words(doc, "uses", "quantities");
    subjectTeam = words(doc, "uses", "subject_team");
    companyNouns = words(doc, "company_lists", "nouns");
    companyIntroducers = words(doc, "company_lists", "introducers");
    companyInside = words(doc, "company_lists", "inside");
    companyRelatives = words(doc, "company_lists", "relatives");
    contracted = words(doc, "event_place", "contracted");
    we = words(doc, "voice", "we");
    itPronouns = List.copyOf(words(doc, "pronouns", "technology"));
    theyPronouns = List.copyOf(words(doc, "pronouns", "organization"));
    i = words(doc, "voice", "i");
    techListWords = words(doc, "technology", "list_words");
    techHeads = words(doc, "technology", "heads");
    notNames = words(doc, "technology", "not_names");
    adjectiveParts = words(doc, "technology", "adjective_parts");
    functionParts = words(doc, "technology", "function_parts");
    projectParts = words(doc, "technology", "parts");
    projectDomains = words(doc, "technology", "project_domains");
    affiliationWords = words(doc, "technology", "affiliation_words");
    Map<String, Set<String>> columns = new LinkedHashMap<>(); // in this order, run after run
    for (String role : List.of("event", "speaker", "talk", "company", "place")) {
      columns.put(role, words(doc, "tables", role));
    }
    columnWords = java.util.Collections.unmodifiableMap(columns);
    headTails = words(doc, "tables", "head_tails");
    headEnds = words(doc, "tables", "head_ends");
    notCellNames = words(doc, "tables", "not_names");
    selfReference = Pattern.compile("(?i)\\bthis (" + alternatives(doc, "talk", "self_reference")
        + ")\\b");
    recordingHost = Pattern.compile("(?i)^https?://([^/]*\\.)?("
        + alternatives(doc, "talk", "recording_hosts") + ")/");
    weInText = Pattern.compile("(?i)\\b(" + alternatives(doc, "voice", "we") + ")\\b");
    oursInText = Pattern.compile("(?i)\\b(" + alternatives(doc, "voice", "ours") + ")\\b");
    introducerInText = Pattern.compile("(?i)\\b(" + alternatives(doc, "talk", "introducers")
        + ")\\b");
    groupAuthor = Pattern.compile("(?i)\\b(" + alternatives(doc, "voice", "group_author")
        + ")\\b");
  }

  /** The words of a list as a regular expression's alternatives, each taken literally. */
  private static String alternatives(Map<String, Object> doc, String section, String key) {
    return words(doc, section, key).stream().sorted().map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  @SuppressWarnings("unchecked")
  static Lexicon load() {
    try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      return new Lexicon((Map<String, Object>) new Yaml(new LoaderOptions()).load(in));
    } catch (IOException e) {
      throw new UncheckedIOException(FILE, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> words(Map<String, Object> doc, String section, String key) {
    Object s = doc.get(section);
    if (!(s instanceof Map<?, ?> m) || !(m.get(key) instanceof List<?> list)) {
      throw new IllegalStateException(FILE + ": " + section + "." + key + " is missing");
    }
    return ((List<Object>) list).stream().map(o -> String.valueOf(o).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A role word that is no job title: "employees", "members". */
  boolean isGenericRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return genericRoles.contains(w) || genericRoles.contains(w.replaceAll("s$", ""));
  }

  /** A role word: "CTO", "Co-Founder", "engineers" (a plural counts). */
  boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (roles.contains(w) || roles.contains(w.replaceAll("s$", ""))) {
      return true;
    }
    return w.endsWith("founder");
  }
}
