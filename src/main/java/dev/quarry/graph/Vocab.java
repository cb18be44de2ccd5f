package dev.quarry.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * The terms Quarry writes. Each is documented in {@code ontology/quarry.ttl}; schema.org, PROV-O,
 * SKOS, OWL and NIF are reused, and the {@code quarry:} namespace holds only what they lack.
 */
public final class Vocab {
  public static final String QUARRY = "https://quarry.dev/ns#";
  public static final String ID = "https://quarry.dev/id/";
  public static final String SCHEMA = "http://schema.org/";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String NIF =
      "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
  public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
  public static final String WD = "http://www.wikidata.org/entity/";

  /** The prefixes written into exports and offered to queries. */
  public static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create()
          .setNsPrefix("quarry", QUARRY)
          .setNsPrefix("schema", SCHEMA)
          .setNsPrefix("prov", PROV)
          .setNsPrefix("skos", SKOS)
          .setNsPrefix("nif", NIF)
          .setNsPrefix("itsrdf", ITSRDF)
          .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
          .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
          .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
          .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
          .setNsPrefix("wd", WD)
          .setNsPrefix("post", ID + "post/")
          .setNsPrefix("person", ID + "person/")
          .setNsPrefix("org", ID + "organization/")
          .setNsPrefix("event", ID + "event/")
          .setNsPrefix("tech", ID + "technology/")
          .setNsPrefix("place", ID + "place/")
          .lock();

  // schema.org classes
  public static final Resource BLOG_POSTING = schema("BlogPosting");
  public static final Resource PERSON = schema("Person");
  public static final Resource ORGANIZATION = schema("Organization");
  public static final Resource EVENT = schema("Event");
  public static final Resource PLACE = schema("Place");
  public static final Resource SOFTWARE = schema("SoftwareApplication");

  // schema.org properties
  public static final Property NAME = schemaProp("name");
  public static final Property HEADLINE = schemaProp("headline");
  public static final Property DATE_PUBLISHED = schemaProp("datePublished");
  public static final Property AUTHOR = schemaProp("author");
  public static final Property JOB_TITLE = schemaProp("jobTitle");
  public static final Property DESCRIPTION = schemaProp("description");
  public static final Property KEYWORDS = schemaProp("keywords");
  public static final Property ARTICLE_SECTION = schemaProp("articleSection");
  public static final Property URL = schemaProp("url");
  public static final Property CITATION = schemaProp("citation");
  public static final Property ASSOCIATED_MEDIA = schemaProp("associatedMedia");
  public static final Property MENTIONS = schemaProp("mentions");

  public static final Resource EVENT_SERIES = schema("EventSeries");
  public static final Property SUPER_EVENT = schemaProp("superEvent");
  public static final Property ALT_LABEL =
      ResourceFactory.createProperty(SKOS + "altLabel");
  public static final Property SAME_AS =
      ResourceFactory.createProperty("http://www.w3.org/2002/07/owl#sameAs");
  public static final Property RDFS_LABEL =
      ResourceFactory.createProperty("http://www.w3.org/2000/01/rdf-schema#label");

  // NIF and ITS for mentions, PROV-O for who found them
  public static final Resource NIF_PHRASE = ResourceFactory.createResource(NIF + "Phrase");
  public static final Resource NIF_SENTENCE = ResourceFactory.createResource(NIF + "Sentence");
  public static final Property ANCHOR_OF = nif("anchorOf");
  public static final Property BEGIN_INDEX = nif("beginIndex");
  public static final Property END_INDEX = nif("endIndex");
  public static final Property REFERENCE_CONTEXT = nif("referenceContext");
  public static final Property SENTENCE = nif("sentence");
  public static final Property TA_IDENT_REF =
      ResourceFactory.createProperty(ITSRDF + "taIdentRef");
  public static final Resource SOFTWARE_AGENT =
      ResourceFactory.createResource(PROV + "SoftwareAgent");
  public static final Property WAS_ATTRIBUTED_TO = prov("wasAttributedTo");

  // relations
  public static final Property PERFORMER = schemaProp("performer");
  public static final Property ABOUT = schemaProp("about");
  public static final Property RECORDED_IN = schemaProp("recordedIn");
  public static final Property WORKS_FOR = schemaProp("worksFor");
  public static final Property ROLE_NAME = schemaProp("roleName");
  public static final Property LOCATION = schemaProp("location");
  public static final Property SPONSOR = schemaProp("sponsor");
  public static final Property WAS_DERIVED_FROM = prov("wasDerivedFrom");

  // quarry: terms
  public static final Resource TALK = quarry("Talk");
  public static final Resource EMPLOYMENT = quarry("Employment");
  public static final Property USES = quarryProp("uses");
  public static final Property SPOKE_AT = quarryProp("spokeAt");
  public static final Property SPOKE_ABOUT = quarryProp("spokeAbout");
  public static final Property EMPLOYEE = quarryProp("employee");
  public static final Property EMPLOYER = quarryProp("employer");
  public static final Property AS_OF = quarryProp("asOf");
  public static final Property CONFIDENCE = quarryProp("confidence");
  public static final Property IMPLICIT = quarryProp("implicit");
  public static final Property RULE = quarryProp("rule");
  public static final Property PUBLISHER = schemaProp("publisher");
  public static final Resource TECHNOLOGY = quarry("Technology");
  public static final Property SOURCE_FILE = quarryProp("sourceFile");
  public static final Property SOURCE_PATH = quarryProp("sourcePath");
  public static final Property CONTENT_HASH = quarryProp("contentHash");
  public static final Property PIPELINE_VERSION = quarryProp("pipelineVersion");
  public static final Property LINE = quarryProp("line");
  public static final Property KEY = quarryProp("key");
  public static final Property POST_NAME = quarryProp("postName");

  private Vocab() {}

  static Resource schema(String local) {
    return ResourceFactory.createResource(SCHEMA + local);
  }

  static Property schemaProp(String local) {
    return ResourceFactory.createProperty(SCHEMA + local);
  }

  static Resource quarry(String local) {
    return ResourceFactory.createResource(QUARRY + local);
  }

  static Property quarryProp(String local) {
    return ResourceFactory.createProperty(QUARRY + local);
  }

  static Property prov(String local) {
    return ResourceFactory.createProperty(PROV + local);
  }

  static Property nif(String local) {
    return ResourceFactory.createProperty(NIF + local);
  }
}
