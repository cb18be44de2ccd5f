package dev.quarry.extract;

/** A resolved mention placed on the tokens of its sentence: first and last token, inclusive. */
record PlacedMention(Ref ref, int first, int last) {
  EntityType type() {
    return ref.type();
  }

  String name() {
    return ref.name();
  }

  /** Whether the two share a token. */
  boolean overlaps(PlacedMention other) {
    return first <= other.last && other.first <= last;
  }
}
