package dev.quarry.serve;

import java.time.Duration;

/**
 * What one request may take: its query text, its body (a write), a place among the
 * {@code concurrent} requests answered at once, for which it waits at most {@code queueWait}.
 */
public record Limits(long maxQueryBytes, long maxBodyBytes, int concurrent, Duration queueWait) {
  /**
   * 256 KB of query text parses in well under a second even when written to be slow; 256 MB
   * holds a group of an ingest through the server many times over.
   */
  public static final Limits DEFAULT = new Limits(256 * 1024, 256L * 1024 * 1024,
      Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(10));

  /** The same, with another limit on a write's body. */
  public Limits withMaxBodyBytes(long bytes) {
    return new Limits(maxQueryBytes, bytes, concurrent, queueWait);
  }
}
