package dev.quarry.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.extract.EntityType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A post's record crosses Spark's stages and runs as bytes, and comes back whole. */
class PostRecordTest {
  @Test
  void aRecordReadBackFromItsBytesIsTheSame() {
    byte[] quads = "<urn:x:a> <urn:x:p> \"Kröhling\" <urn:x:g> .\n"
        .getBytes(StandardCharsets.UTF_8);
    PostRecord r = new PostRecord(PostRecord.Kind.EXTRACTED, "urn:x:g", "abc", "v1",
        Map.of(EntityType.PERSON, Set.of("Juraci Paixão Kröhling", "TED YOUNG"),
            EntityType.TECHNOLOGY, Set.of("C++")), quads, "");
    byte[] bytes = r.toBytes();
    PostRecord back = PostRecord.fromBytes(bytes);
    assertEquals(PostRecord.Kind.EXTRACTED, PostRecord.kindOf(bytes));
    assertEquals(r.graph(), back.graph());
    assertEquals(r.contentHash(), back.contentHash());
    assertEquals(r.version(), back.version());
    assertEquals(r.postNames(), back.postNames());
    assertArrayEquals(quads, back.nquads());
    assertEquals("", back.problem());
  }

  @Test
  void unchangedAndFailedRecordsSayWhatTheyAre() {
    assertEquals(PostRecord.Kind.UNCHANGED,
        PostRecord.kindOf(PostRecord.unchanged("urn:x:g").toBytes()));
    PostRecord failed = PostRecord.fromBytes(PostRecord.failed("urn:x:g", "a.md:3: bad YAML")
        .toBytes());
    assertEquals(PostRecord.Kind.FAILED, failed.kind());
    assertEquals("a.md:3: bad YAML", failed.problem());
  }

  @Test
  void bytesOfAnotherFormatAreRefused() {
    byte[] bytes = PostRecord.unchanged("urn:x:g").toBytes();
    bytes[3] = 9;
    assertThrows(IllegalArgumentException.class, () -> PostRecord.fromBytes(bytes));
  }
}
