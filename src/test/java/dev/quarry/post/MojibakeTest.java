package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  @Test
  void repairsUtf8ReadAsMacRomanOrWindows1252() {
    assertEquals("Université Libre de Bruxelles", Mojibake.repair("Universit√© Libre de Bruxelles"));
    assertEquals("Université", Mojibake.repair("UniversitÃ©"));
    assertEquals("it’s", Mojibake.repair("itâ€™s"));
  }

  @Test
  void leavesCleanTextAlone() {
    String clean = "√2 is irrational; Ã is a letter; Université stays.";
    assertEquals(clean, Mojibake.repair(clean));
  }

  @Test
  void aPostBodyIsRepairedAndStillMapsToItsSource() throws PostException {
    String source = "---\ntitle: t\n---\nWe walked to the Universit√© Libre de Bruxelles today.\n";
    Post post = PostReader.parse(Path.of("p.md"), "p.md", source.getBytes(StandardCharsets.UTF_8));
    String text = post.body().text();
    int at = text.indexOf("Libre");
    assertEquals(true, text.contains("Université Libre de Bruxelles"), text);
    assertEquals(source.indexOf("Libre"), post.body().sourceOffset(at));
  }
}
