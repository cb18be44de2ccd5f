package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File names are printed so that none can forge an output line or drive the terminal. */
class PrintableTest {
  @Test
  void aNameWithNothingOddIsPrintedAsItIs() {
    assertEquals("posts/Ünïcode – ok.md", Printable.of("posts/Ünïcode – ok.md"));
  }

  @Test
  void controlCharactersAreEscaped() {
    assertEquals("a\\nstored b.md", Printable.of("a\nstored b.md"));
    assertEquals("\\e[31mred.md", Printable.of("\u001b[31mred.md"));
    assertEquals("tab\\there\\r.md", Printable.of("tab\there\r.md"));
    assertEquals("bell\\u0007.md", Printable.of("bell\u0007.md"));
  }

  @Test
  void aRightToLeftOverrideIsEscaped() {
    assertEquals("evil\\u202egnp.md", Printable.of("evil\u202Egnp.md"));
  }

  @Test
  void aProblemIsDescribedOnOneLine() {
    PostException e = new PostException(Path.of("a\nb.md"), 3, "bad\nthing");
    assertEquals("a\\nb.md:3: bad\\nthing", e.describe());
  }
}
