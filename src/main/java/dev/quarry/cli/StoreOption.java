package dev.quarry.cli;

import dev.quarry.store.QuarryStore;
import dev.quarry.store.RemoteStore;
import org.apache.jena.http.auth.AuthEnv;
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

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:QUARRY_TOKEN}",
      description = "The token of a 'quarry serve --update' server: serve asks writes for it "
          + "(a random one when none is given), the other commands send it to a server's URL "
          + "(default: $QUARRY_TOKEN).")
  String token;

  QuarryStore open(boolean create) {
    if (token != null && !token.isBlank() && RemoteStore.isUrl(store)) {
      String header = "Bearer " + token.strip();
      AuthEnv.get().registerAuthModifier(store, b -> b.setHeader("Authorization", header));
    }
    return QuarryStore.open(store, create);
  }
}
