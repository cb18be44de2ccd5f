package dev.quarry.post;

import java.util.List;

/** The posts one file of the corpus holds: one for a post file, many for a WordPress export. */
public final class PostEntries {
  /** An export may be far larger than any one post. */
  private static final long EXPORT_MAX_BYTES = 1L << 30;

  /** The posts found, and what the file held that is not read, named for the user. */
  public record Found(List<PostEntry> entries, List<String> skipped) {
    public Found {
      entries = List.copyOf(entries);
      skipped = List.copyOf(skipped);
    }
  }

  private PostEntries() {}

  /** The largest file read for {@code source}: {@code maxBytes}, or 1 GB for an export. */
  public static long sizeLimit(Corpus.Source source, long maxBytes) {
    return WxrReader.isExport(source.file()) ? Math.max(maxBytes, EXPORT_MAX_BYTES) : maxBytes;
  }

  /** The posts in {@code bytes}, the content of {@code source}; pages of an export if asked. */
  public static Found of(Corpus.Source source, byte[] bytes, boolean pages) throws PostException {
    if (WxrReader.isExport(bytes)) {
      return WxrReader.read(source, bytes, pages);
    }
    PostEntry entry = new PostEntry(source.id(), source.file(), PostReader.sha256(bytes),
        bytes.length, () -> PostReader.isDraft(source.file(), bytes),
        () -> PostReader.parse(source.file(), source.id(), bytes, source.authorKeys()));
    return new Found(List.of(entry), List.of());
  }
}
