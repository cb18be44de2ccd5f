package dev.quarry.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A run of tokens with one entity tag, before resolution. {@code source} is the gazetteer key
 * ("Technology|Vitess"), "rule:NAME", or "ner" for CoreNLP's statistical model.
 */
record Span(EntityType type, List<CoreLabel> tokens, int start, int end, int sentence,
    String text, String source, String gazetteerKey) {

  String extractor() {
    if (source.startsWith("rule:") || source.equals("ner")) {
      return source;
    }
    return "gazetteer";
  }

  boolean statistical() {
    return source.equals("ner");
  }

  int size() {
    return tokens.size();
  }
}
