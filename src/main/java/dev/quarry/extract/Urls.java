package dev.quarry.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The addresses links point to, read leniently: one that is no URI says nothing. */
final class Urls {
  private Urls() {}

  static Optional<URI> parse(String url) {
    try {
      return Optional.of(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The host in lower case, "" when there is none. */
  static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  /** The path's segments, the empty ones left out: ["tikv", "raft-rs"] for "/tikv//raft-rs/". */
  static List<String> segments(URI uri) {
    List<String> parts = new ArrayList<>();
    for (String p : (uri.getPath() == null ? "" : uri.getPath()).split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }
}
