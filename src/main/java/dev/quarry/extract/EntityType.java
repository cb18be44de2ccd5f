package dev.quarry.extract;

import java.util.Locale;
import java.util.Optional;

/** The kinds of named things Quarry extracts, with the NER label each is tagged with. */
public enum EntityType {
  PERSON("Person", "PERSON"),
  ORGANIZATION("Organization", "ORGANIZATION"),
  EVENT("Event", "EVENT"),
  TECHNOLOGY("Technology", "TECHNOLOGY"),
  PLACE("Place", "LOCATION");

  private final String label;
  private final String nerTag;

  EntityType(String label, String nerTag) {
    this.label = label;
    this.nerTag = nerTag;
  }

  /** The type's name as users see it: "Person", "Technology"... */
  public String label() {
    return label;
  }

  /** The NER tag the rules and gazetteers write for this type. */
  public String nerTag() {
    return nerTag;
  }

  /** The type of a label as written in the gazetteers ("Technology"), ignoring case. */
  public static EntityType ofLabel(String label) {
    for (EntityType t : values()) {
      if (t.label.equalsIgnoreCase(label.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown entity type '" + label + "'");
  }

  /**
   * The type a NER tag stands for: Quarry's own tags and CoreNLP's statistical classes (CITY,
   * COUNTRY and STATE_OR_PROVINCE are places). MISC and the numeric classes stand for none.
   */
  public static Optional<EntityType> ofNerTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return switch (tag.toUpperCase(Locale.ROOT)) {
      case "PERSON" -> Optional.of(PERSON);
      case "ORGANIZATION" -> Optional.of(ORGANIZATION);
      case "EVENT" -> Optional.of(EVENT);
      case "TECHNOLOGY" -> Optional.of(TECHNOLOGY);
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> Optional.of(PLACE);
      default -> Optional.empty();
    };
  }
}
