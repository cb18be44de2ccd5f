package dev.quarry.graph;

import dev.quarry.store.SparqlQuery;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How Quarry reads a SPARQL query a user gives: its prefixes are declared, and beside each
 * parameter NAME the query may use ?NAME_key, the value's comparison key ({@link Keys}), to find
 * an entity by the {@code quarry:key} of its names in one index lookup.
 */
public final class Queries {
  /** The suffix of the variable that holds a parameter's comparison key. */
  public static final String KEY_SUFFIX = "_key";

  private static final Map<String, UnaryOperator<String>> DERIVED = Map.of(KEY_SUFFIX, Keys::of);

  private Queries() {}

  /** Parses {@code text} (named {@code source} in messages) with {@code params} bound. */
  public static SparqlQuery parse(String source, String text, Map<String, String> params) {
    return SparqlQuery.parse(source, text, params, Vocab.PREFIXES, DERIVED);
  }
}
