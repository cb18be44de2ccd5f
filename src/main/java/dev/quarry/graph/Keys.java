package dev.quarry.graph;

import dev.quarry.extract.Names;

/**
 * The comparison key Quarry stores for every name of an entity ({@code quarry:key}) and binds for
 * every query parameter ({@code ?NAME_key}): lower case, without accents or punctuation. A query
 * finds "KubeCon-Europe 2019" or "kubecon europe 2019" by one index lookup.
 */
public final class Keys {
  private Keys() {}

  public static String of(String name) {
    return Names.key(name);
  }
}
