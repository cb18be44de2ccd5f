package dev.quarry.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter, Markdown and file names made at random from pieces of the formats Quarry reads,
 * then mutated byte by byte: every post is read, or refused with a {@link PostException} naming
 * it, never with another exception or error; what is read keeps its bounds and its way back to
 * the source; and in a folder of such files no good post is lost or shares another's id. The
 * stage that reads posts only: no NLP model is loaded. Each case has its own seed, named when it
 * fails, so that it can be run again ({@code -Dquarry.fuzz.seed=S}).
 */
class PostReadingFuzzTest {
  private static final Path FILE = Path.of("fuzz/post.md");
  /** Characters that part words, as the NLP stage's tokenizer sees them. */
  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f\\x0B\\p{Zs}\\p{Zl}\\p{Zp}]");
  private static final long FIRST_SEED = Long.getLong("quarry.fuzz.seed", 20261130L);
  private static final int POSTS = Integer.getInteger("quarry.fuzz.posts", 3000);
  private static final int FOLDERS = Integer.getInteger("quarry.fuzz.folders", 300);

  @TempDir Path tmp;

  private static final String[] WORDS = {"Mira", "Castell", "Kestrel", "Fernwood", "Labs",
      "spoke", "at", "the", "meetup", "in", "Oslo", "2024", "and", "—", "é", "日本", "\u202e",
      "\u0000", "\u001b", "\t", "\r", "\\", "&amp;", "%", "{{", "}}", "{%", "%}", "<br>",
      "</div>", "<!--", "*", "_", "`", "[", "]", "(", ")", "!", "#", ">", "|", "---", "+++",
      "...", "&a", "*a", ":", "\"", "'", "{", "}", "<<", "\uFEFF", "\uD800"};
  private static final String[] KEYS = {"title", "date", "author", "authors", "tags",
      "description", "draft", "published", "categories", "summary", "keywords", "a", "b"};
  private static final String[] YAML_VALUES = {"&a [x, y]", "*a", "&b [*a, *a]", "[*b, *b, *b]",
      "{name: Mira, title: x}", "2024-02-30", "2023-04-05T09:30:00+02:00", "true", "null",
      "|\n  block\n  text", "!!binary AAAA", "!!python/object:os.system ls", "<<: *a", "~",
      "[[[[[[[[", "'", "&c {a: *b, b: *b}", "[*c, *c, *c, *c]"};

  /** A random source of one fuzz case's pieces. */
  private record Gen(SplittableRandom random) {
    int below(int n) {
      return random.nextInt(n);
    }

    <T> T pick(T[] items) {
      return items[below(items.length)];
    }

    String word() {
      return switch (below(40)) {
        case 0, 1, 2, 3 -> randomString(1 + below(12));
        case 4 -> "xy-".repeat(300 + below(150)); // longer than any word
        default -> pick(WORDS);
      };
    }

    String randomString(int length) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append((char) (below(4) == 0 ? below(0x3000) : 0x20 + below(0x5f)));
      }
      return s.toString();
    }

    String line() {
      List<String> words = new ArrayList<>();
      for (int i = below(14); i > 0; i--) {
        words.add(word());
      }
      return String.join(" ", words);
    }

    String frontMatter() {
      StringBuilder fm = new StringBuilder();
      int entries = below(8);
      switch (below(5)) {
        case 0 -> {
          fm.append("---\n");
          for (int i = 0; i < entries; i++) {
            String value = switch (below(4)) {
              case 0 -> line();
              case 1 -> "\"" + line() + "\"";
              case 2 -> "[" + line().replace(" ", ", ") + "]";
              default -> pick(YAML_VALUES);
            };
            fm.append(pick(KEYS)).append(": ").append(value).append('\n');
          }
          fm.append("---\n");
        }
        case 1 -> {
          fm.append("+++\n");
          for (int i = 0; i < entries; i++) {
            fm.append(pick(KEYS)).append(" = \"").append(line()).append("\"\n");
          }
          fm.append("[params]\n+++\n");
        }
        case 2 -> {
          List<String> fields = new ArrayList<>();
          for (int i = 0; i < entries; i++) {
            fields.add("\"" + pick(KEYS) + "\": \"" + line().replace("\"", "") + "\"");
          }
          fm.append("{\n").append(String.join(",\n", fields)).append("\n}\n");
        }
        case 3 -> fm.append("---\n"); // never closed
        default -> { } // none
      }
      return fm.toString();
    }

    String block() {
      String s = line();
      return switch (below(14)) {
        case 0 -> "# " + s;
        case 1 -> "- " + s + "\n- " + line();
        case 2 -> "> " + s;
        case 3 -> "[" + s + "](https://x.example/" + s + ")";
        case 4 -> "```\n" + s; // never closed
        case 5 -> "<details>" + s + "</details>";
        case 6 -> "{{< youtube " + s + " >}}";
        case 7 -> "{% highlight %}" + s;
        case 8 -> "<Tabs><TabItem value=\"" + s + "\">" + s + "</TabItem></Tabs>";
        case 9 -> "import X from '" + s + "'";
        case 10 -> "| " + s + " |\n|---|";
        case 11 -> (s + "\n").repeat(20 + below(100)); // a long paragraph of short lines
        default -> s;
      };
    }

    byte[] post() {
      StringBuilder post = new StringBuilder(frontMatter()).append('\n');
      for (int i = below(12); i > 0; i--) {
        post.append(block()).append("\n\n");
      }
      byte[] bytes = post.toString().getBytes(StandardCharsets.UTF_8);
      return below(2) == 0 ? bytes : mutated(bytes);
    }

    /** {@code bytes} with a few bytes changed, inserted or cut, or the end cut off. */
    byte[] mutated(byte[] bytes) {
      List<Byte> out = new ArrayList<>();
      for (byte b : bytes) {
        out.add(b);
      }
      for (int edits = 1 + below(6); edits > 0 && !out.isEmpty(); edits--) {
        int at = below(out.size());
        switch (below(4)) {
          case 0 -> out.set(at, (byte) below(256));
          case 1 -> out.add(at, (byte) below(256));
          case 2 -> out.remove(at);
          default -> out.subList(at, out.size()).clear();
        }
      }
      byte[] result = new byte[out.size()];
      for (int i = 0; i < result.length; i++) {
        result[i] = out.get(i);
      }
      return result;
    }

    String fileName() {
      String[] odd = {"a\\b", "\n", "\u001b[2J", "é", "e\u0301", " ", "-", "%20", "+", "#", "?",
          "日本", "\u202e", "..x", "a.md", "%2F", "\\", "\r", "\t"};
      StringBuilder name = new StringBuilder();
      for (int i = 1 + below(4); i > 0; i--) {
        name.append(below(2) == 0 ? pick(odd) : randomString(1 + below(6)).replaceAll("[^a-z]", "q"));
      }
      String n = name.toString();
      return n.startsWith(".") || n.isBlank() ? "p" + n : n;
    }
  }

  private static void check(String what, long seed, Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(what + " failed with seed " + seed + " (-Dquarry.fuzz.seed="
          + seed + " runs it first): " + e, e);
    }
  }

  @Test
  void everyPostIsReadOrRefusedNamedAndKeepsItsBounds() {
    for (int i = 0; i < POSTS; i++) {
      long seed = FIRST_SEED + i;
      byte[] bytes = new Gen(new SplittableRandom(seed)).post();
      check("a post", seed, () -> readsWithinBounds(bytes));
    }
  }

  private static void readsWithinBounds(byte[] bytes) {
    PostReader.isDraft(FILE, bytes); // whatever the bytes, asking never throws
    Post post;
    try {
      post = PostReader.parse(FILE, "post.md", bytes);
    } catch (PostException e) {
      assertEquals(FILE, e.file());
      assertTrue(e.describe().startsWith("fuzz/post.md"), e.describe());
      assertFalse(e.describe().contains("\n"), e.describe());
      return;
    }
    String text = post.body().text();
    int longest = 0;
    for (String run : SPACE.split(text)) {
      longest = Math.max(longest, run.length());
    }
    assertTrue(longest <= TextBuilder.MAX_WORD, "a run of " + longest + " characters, no word, "
        + "reached the text");
    for (String piece : text.split("\n\n")) {
      assertTrue(piece.length() <= TextBuilder.HARD_PIECE + TextBuilder.MAX_WORD + 1,
          "a piece of " + piece.length() + " characters");
    }
    long lines = PostReader.text(bytes, new ArrayList<>()).chars().filter(c -> c == '\n').count()
        + 1;
    for (Block b : post.body().blocks()) {
      int line = post.body().sourceLine(b.start());
      assertTrue(line >= 1 && line <= lines, "a block at line " + line + " of " + lines);
    }
    for (Problem p : post.problems()) {
      assertTrue(p.line() >= 0 && p.line() <= lines, p.toString());
    }
  }

  @Test
  void aFolderOfOddlyNamedPostsLosesNoneAndGivesEachItsOwnId() throws Exception {
    for (int i = 0; i < FOLDERS; i++) {
      long seed = FIRST_SEED + i;
      Path dir = Files.createDirectories(tmp.resolve("case-" + i));
      Gen gen = new Gen(new SplittableRandom(seed));
      check("a folder", seed, () -> {
        try {
          losesNoPost(dir, gen);
        } catch (IOException | PostException e) {
          throw new IllegalStateException(e);
        }
      });
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void losesNoPost(Path dir, Gen gen) throws IOException, PostException {
    Set<Path> good = new HashSet<>();
    for (int n = 1 + gen.below(6); n > 0; n--) {
      List<String> names = new ArrayList<>();
      for (int depth = gen.below(3); depth > 0; depth--) {
        names.add(gen.fileName());
      }
      names.add(gen.fileName() + ".md");
      Path file = dir.resolve(String.join("/", names));
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: A post\n---\n\nMira spoke at the meetup.\n");
        good.add(file.toRealPath());
      } catch (IOException e) {
        // a file and a folder of one name: the second is never made
      }
    }
    Path bad = dir.resolve("bad.md");
    Files.write(bad, gen.mutated(gen.post()));
    List<Corpus.Source> sources = Corpus.find(List.of(dir), false, p -> {}, p -> {
      throw new AssertionError("nothing here leads out of the corpus: " + p.describe());
    });
    Set<String> ids = new HashSet<>();
    Set<Path> read = new HashSet<>();
    for (Corpus.Source s : sources) {
      assertTrue(ids.add(s.id()), "two posts share the id " + s.id());
      try {
        byte[] bytes = PostReader.bytes(s.file());
        for (PostEntry entry : PostEntries.of(s, bytes, false).entries()) {
          entry.reading().read();
        }
        read.add(s.file().toRealPath());
      } catch (PostException e) {
        assertEquals(bad.toRealPath(), s.file().toRealPath(), e.describe());
      }
    }
    assertTrue(read.containsAll(good), "a good post was lost: " + good + " read: " + read);
  }
}
