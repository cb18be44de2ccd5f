package dev.quarry.extract;

/** A token of a tagged sentence: its words, part-of-speech tag and offsets in the post's text. */
record Token(int index, String word, String lower, String lemma, String tag, int start,
    int end) {

  /** Whether the tag says verb ("VB", "VBD", ...). */
  boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** Whether the word starts with a capital letter. */
  boolean isCapitalized() {
    return Character.isUpperCase(word.charAt(0));
  }
}
