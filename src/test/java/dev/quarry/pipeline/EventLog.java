package dev.quarry.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * A listener that writes down, in order, each post extracted ("extracted ID") and each post
 * finished ("stored ID", "unchanged ID", "failed ID").
 */
public class EventLog implements IngestListener {
  private final List<String> events;

  public EventLog(List<String> events) {
    this.events = events;
  }

  @Override
  public void extracted(String postId) {
    events.add("extracted " + postId);
  }

  @Override
  public void finished(String postId, Outcome outcome) {
    events.add(outcome.name().toLowerCase(Locale.ROOT) + " " + postId);
  }
}
