package dev.quarry.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did, counted; the drafts not read and what else was skipped, named.
 *
 * @param drafts the ids of the drafts not read
 * @param skipped what the files held that is not a post to read ("export.xml: 2 attachments
 *     skipped")
 */
public record IngestSummary(
    int stored, int unchanged, int failed, int pruned, long triples, Duration elapsed,
    List<String> drafts, List<String> skipped) {
  public IngestSummary {
    drafts = List.copyOf(drafts);
    skipped = List.copyOf(skipped);
  }
}
