package dev.quarry.post;

/**
 * A link target found in a post body: a Markdown link, or the source of an iframe or video. {@code
 * start} and {@code end} delimit the link's text in the post's plain text (equal when the link has
 * no text there, as for an iframe).
 */
public record Link(String url, int start, int end, Kind kind) {
  /** Where the link came from. */
  public enum Kind {
    LINK,
    EMBED
  }
}
