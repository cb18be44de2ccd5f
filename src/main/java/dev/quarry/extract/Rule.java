package dev.quarry.extract;

/**
 * Every rule that reads a relation: the id stored with each fact it reads (what {@code quarry
 * explain} shows, and {@code quarry explain --rules} lists), how sure it is, and an example. A
 * voiced rule reads "we", "our" or "my" as the blog's organization, so its confidence is
 * multiplied by how sure Quarry is of that organization.
 */
public enum Rule {
  TALK_LIST_LINK("talk-list", 0.9, false,
      "\"- [Title](recording) - Speaker & Speaker\": a list item that links its title."),
  TALK_LIST_COLON("talk-list", 0.8, false,
      "\"- Speaker & Speaker: Title\"."),
  TALK_LINE("talk-line", 0.8, false,
      "\"**[Title](url)** by A, Acme\", \"- “Title” A, Role, Org\": a line of a talk listing."),
  TALK_HEADING("talk-heading", 0.8, false,
      "\"## Title by A\": a heading that names its speakers."),
  TALK_SPEAKER_LINE("talk-speaker-line", 0.75, false,
      "\"### Title\" then a line of only its speakers: \"*Jane Doe, Acme*\"."),
  TALK_TABLE_ROW("talk-table-row", 0.8, false,
      "\"| 10:30 | Title | Jane Doe (Acme) |\": a schedule table's row, its speakers a cell."),
  INTERVIEW("interview", 0.8, false,
      "\"host X talks with Y about Z\", \"X interviewed Y\": the guest, Y, is the speaker."),
  TALK_LABEL("talk-label", 0.85, false,
      "\"Presented by: A, Role at Org\", \"Speakers: A & B\", under the talk's heading."),
  TALK_BY("talk-by", 0.85, false,
      "\"a presentation by X\", \"the keynote was given by X\"."),
  PASSIVE_BY("talk-by", 0.8, false,
      "\"the demo of X was presented by Y\", \"demonstrated by Y\": a talk verb in the passive."),
  TALK_PEOPLE("talk-people", 0.8, false,
      "\"The panelists were A, B and C\", \"Speakers included A and B\"."),
  TALK_PRONOUN("talk-pronoun", 0.6, false,
      "\"In her talk, ...\": the person named just before or just after."),
  MY_TALK("my-talk", 0.65, false,
      "\"During my presentation, ...\": the post's author."),
  GAVE_TALK("gave-talk", 0.85, false,
      "\"X gave a talk\", \"X delivered the keynote\"."),
  TOOK_THE_AUDIENCE("took-the-audience", 0.8, false,
      "\"X took the audience through ...\", \"X walked attendees through ...\"."),
  SPOKE("spoke", 0.8, false,
      "\"X spoke about Y\", \"X demoed Y\": a verb that makes a talk on its own."),
  SPOKE_IN_CONTEXT("spoke", 0.65, false,
      "\"X explained Y\" near a talk noun or in a talk's section: a verb that needs the context."),
  TALK_POSSESSIVE("talk-possessive", 0.7, false,
      "\"X's keynote\", \"Jane and John's demo\"."),

  APPOSITIVE_ROLE("appositive-role", 0.9, false,
      "\"Jane Doe, Acme CTO\": a name, a comma, a role at an organization."),
  PERSON_COMMA_ORG("person-comma-org", 0.8, false,
      "\"Jane Doe, Acme.\": a name, a comma, an organization and nothing else."),
  PERSON_FROM_ORG("person-from-org", 0.75, false,
      "\"Jane Doe from Acme\", \"X at Acme\"."),
  WHO_WORKS_AT("who-works-at", 0.8, false,
      "\"Jane Doe, who leads the storage team at Acme\": a relative clause of work."),
  ORG_ROLE_NAME("org-role-name", 0.9, false,
      "\"Acme CTO Jane Doe\"."),
  OUR_ROLE("our-role", 0.85, true,
      "\"our CTO, X\", \"X, our Community Manager\"."),
  MY_COLLEAGUE("my-colleague", 0.85, true,
      "\"my colleague X\"."),
  BARE_ROLE("bare-role", 0.5, true,
      "\"engineer Jane Doe\": a bare lower-case role, in the blog's own voice."),
  AUTHOR_OF_BLOG("author-of-blog", 0.8, true,
      "The post's author works where the blog's voice does."),
  WORKS_CLAUSE("works-clause", 0.8, false,
      "\"Jane Doe is Head of People at Acme\", \"Jane Doe leads developer relations at Acme\", "
      + "\"At Acme, Jane Doe works on ...\": a clause in the present tense."),
  JOINS_US("joins-us", 0.8, true,
      "\"Jane Doe joins us from Globex\", \"Jane Doe comes to us from Globex\": a new hire."),
  SPEAKER_AFFILIATION("speaker-affiliation", 0.85, false,
      "\"by A, Staff Engineer at Acme\" in a talk's line: a speaker's company, and role."),
  SELF_INTRODUCTION("self-introduction", 0.8, false,
      "\"I'm Jane Doe. I work as an engineer for Acme\", \"I joined Acme\": in the first person."),
  FRONT_MATTER_AFFILIATION("front-matter-affiliation", 0.9, false,
      "\"author: Jane Doe (Acme)\" in the front matter."),

  TECHNOLOGY_USER("technology-user", 0.85, false,
      "\"a big Kafka user, Acme\": the technology, \"user\" or \"customer\", the company."),
  USES_NEAR_TRIGGER("uses-near-trigger", 0.6, false,
      "\"Acme scaled Kafka\": a word that says so between an organization and a technology."),

  ORG_POSSESSIVE_USE("org-possessive-use", 0.75, false,
      "\"Acme's Kafka clusters\", \"Acme's Kafka Upgrade\": the organization's, then a use noun."),
  USES_AT_ORG("uses-at-org", 0.7, false,
      "\"running Kafka at Acme\": a use word, the technology, \"at\" the organization."),
  WE_USE("we-use", 0.75, false,
      "\"we chose Kafka\": the organization the post is about, else the one it speaks for."),
  PASSIVE_USE("passive-use", 0.6, false,
      "\"Kafka is used for metrics\", no organization named, in a post about one (its title's)."),

  FLEET_USE("fleet-use", 0.6, false,
      "\"100 Kafka clusters\", no organization named, in a post about one (its title's)."),

  EVENT_IN_PLACE("event-in-place", 0.95, false,
      "\"DevConf Europe in Lisbon\": the place right after \"in\" or \"at\" the event."),
  EVENT_NEAR_PLACE("event-near-place", 0.8, false,
      "An event and a place in one sentence, the nearest event."),
  IN_PLACE_ON_DATES("in-place-on-dates", 0.8, false,
      "\"activities in Lisbon from May 4 to 6\" in a post about one event: that event's place."),
  SEE_YOU_IN("see-you-in", 0.75, false,
      "\"See you in Lisbon!\" in a post about one event: that event's place."),
  SPONSOR("sponsor", 0.7, false,
      "\"sponsored by Acme\", \"Acme sponsored the event\"."),
  WE_SPONSORED("we-sponsored", 0.75, true,
      "\"We were Gold Sponsors\".");

  /** What a talk keeps of its confidence when its speaker is "I", read as the post's author. */
  static final double FIRST_PERSON_FACTOR = 0.8;
  /** What a talk's event keeps when it comes from the heading of the talk's section. */
  static final double EVENT_FROM_HEADING_FACTOR = 0.9;
  /** What a talk's event keeps when it is the post's main event. */
  static final double EVENT_FROM_POST_FACTOR = 0.8;
  /** What a talk's event keeps when it is the one event its list's lead-in paragraph names. */
  static final double EVENT_FROM_LEAD_IN_FACTOR = 0.9;
  /** What an event's place loses for each token from the event's last word to the place. */
  static final double PLACE_PER_TOKEN = 0.01;

  private final String id;
  private final double confidence;
  private final boolean voiced;
  private final String example;

  Rule(String id, double confidence, boolean voiced, String example) {
    this.id = id;
    this.confidence = confidence;
    this.voiced = voiced;
    this.example = example;
  }

  /** The id stored with each fact the rule reads; several forms of one rule share an id. */
  public String id() {
    return id;
  }

  public double confidence() {
    return confidence;
  }

  /** What the rule reads, by example. */
  public String example() {
    return example;
  }

  /** Whether the confidence is multiplied by the confidence of the blog's voice. */
  public boolean voiced() {
    return voiced;
  }
}
