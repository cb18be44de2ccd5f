package dev.quarry.extract;

import java.util.List;

/** Reads one family of relations from one sentence at a time. */
interface SentenceReader {
  /** The facts the sentence states, in the order read. */
  List<Fact> read(TaggedSentence sentence, PostContext post);
}
