package dev.quarry.cli;

import dev.quarry.store.QuarryStore;
import picocli.CommandLine.Option;

/** The {@code --store} option, shared by every command that reads or writes a store. */
public final class StoreOption {
  /** Where the store lives when neither --store nor QUARRY_STORE says. */
  public static final String DEFAULT = "quarry-store";

  @Option(
      names = "--store",
      paramLabel = "DIR|URL",
      defaultValue = "${env:QUARRY_STORE:-" + DEFAULT + "}",
      description = "The TDB2 store folder, or the http(s):// URL of a SPARQL dataset "
          + "(default: $QUARRY_STORE, else ./" + DEFAULT + ").")
  String store;

  QuarryStore open(boolean create) {
    return QuarryStore.open(store, create);
  }
}
