package dev.quarry.extract;

import dev.quarry.post.Post;
import dev.quarry.post.PostException;
import dev.quarry.post.PostReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One NLP pipeline for the whole test run, shared by every test class that needs one (the ITs run
 * in one JVM): loading the models takes seconds and about a gigabyte.
 */
public final class SharedNlp {
  private static EntityExtractor extractor;

  private SharedNlp() {}

  public static synchronized EntityExtractor extractor() {
    if (extractor == null) {
      extractor = new EntityExtractor(NlpPipeline.create(Gazetteer.load()));
    }
    return extractor;
  }

  /** A post with the given front matter lines and body. */
  static Post post(String frontMatter, String body) {
    String text = "---\n" + frontMatter + "\n---\n\n" + body + "\n";
    try {
      return PostReader.parse(Path.of("test.md"), "test.md", text.getBytes(StandardCharsets.UTF_8));
    } catch (PostException e) {
      throw new AssertionError(e.describe(), e);
    }
  }

  static Extraction extract(String frontMatter, String body) {
    return extractor().extract(post(frontMatter, body));
  }
}
