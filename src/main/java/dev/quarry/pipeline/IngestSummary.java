package dev.quarry.pipeline;

import java.time.Duration;

/** What an ingest run did, counted. */
public record IngestSummary(
    int stored, int unchanged, int failed, int pruned, long triples, Duration elapsed) {}
