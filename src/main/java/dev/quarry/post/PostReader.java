package dev.quarry.post;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads a file into a {@link Post}. Text is UTF-8 (a BOM is skipped); a file that is not valid
 * UTF-8 is read as Windows-1252 and says so in its problems. Line ends are read as '\n'.
 */
public final class PostReader {
  /** Bytes looked at to tell a binary file from text. */
  private static final int SNIFF = 8192;

  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private PostReader() {}

  /** Reads the post at {@code file}, known to the store as {@code id}. */
  public static Post read(Path file, String id) throws PostException {
    return parse(file, id, bytes(file));
  }

  /** The bytes of a post file; a file that cannot be read is a {@link PostException}. */
  public static byte[] bytes(Path file) throws PostException {
    return bytes(file, Long.MAX_VALUE);
  }

  /** The bytes of a post file no larger than {@code maxBytes}; a larger one is not read. */
  public static byte[] bytes(Path file, long maxBytes) throws PostException {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new PostException(file, 0, String.format(java.util.Locale.ROOT,
            "%.1f MB, larger than the %.1f MB a post may be (--max-size); skipped",
            size / 1048576.0, maxBytes / 1048576.0));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PostException(file, 0, "cannot be read: " + describe(e), e);
    }
  }

  /** Reads a post from bytes already in memory. */
  public static Post parse(Path file, String id, byte[] bytes) throws PostException {
    return parse(file, id, bytes, Map.of());
  }

  /** Reads a post whose authors may be named by the keys of {@code authorKeys}. */
  public static Post parse(Path file, String id, byte[] bytes, Map<String, Author> authorKeys)
      throws PostException {
    if (bytes.length == 0) {
      throw new PostException(file, 0, "empty file, not a post");
    }
    if (looksBinary(bytes)) {
      throw new PostException(file, 0, "binary file, not a post");
    }
    List<Problem> problems = new ArrayList<>();
    String text = text(bytes, problems);

    FrontMatterParser.Split split = FrontMatterParser.split(file, text, authorKeys);
    problems.addAll(split.problems());
    List<TextBuilder.Prelude> preludes = new ArrayList<>();
    FrontMatter fm = split.frontMatter();
    fm.title().ifPresent(t -> preludes.add(new TextBuilder.Prelude(t,
        split.valueOffsets().getOrDefault("title", 0), Block.Kind.TITLE)));
    fm.description().ifPresent(d -> preludes.add(new TextBuilder.Prelude(d,
        split.valueOffsets().getOrDefault("description", 0), Block.Kind.DESCRIPTION)));
    PlainText body = MarkdownText.convert(text, split.bodyOffset(), preludes);
    problems.addAll(body.notes());
    FrontMatter withAuthors = fm.authors().isEmpty() ? fm.withAuthors(Bylines.find(body)) : fm;
    String fileName = file.getFileName().toString();
    String title = fm.title().orElseGet(() -> firstHeading(body).orElse(baseName(fileName)));
    return new Post(id, fileName, sha256(bytes), title, withAuthors, body, problems);
  }

  /** Whether the post in {@code bytes} says it is a draft; one that cannot be read is not. */
  static boolean isDraft(Path file, byte[] bytes) {
    try {
      return FrontMatterParser.split(file, text(bytes, new ArrayList<>())).frontMatter().draft();
    } catch (PostException | RuntimeException e) {
      return false; // reading the whole post says what is wrong
    }
  }

  /** A file's bytes as text: UTF-8 (else Windows-1252, said in problems), no BOM, '\n' ends. */
  static String text(byte[] bytes, List<Problem> problems) {
    String text = decode(bytes, problems);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String decode(byte[] bytes, List<Problem> problems) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int line = firstBadLine(bytes);
      problems.add(new Problem(line, "not valid UTF-8; read as Windows-1252"));
      return new String(bytes, FALLBACK);
    }
  }

  private static int firstBadLine(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }

  private static java.util.Optional<String> firstHeading(PlainText body) {
    return body.blocks().stream()
        .filter(b -> b.kind() == Block.Kind.HEADING)
        .map(b -> body.text().substring(b.start(), b.end()).strip())
        .filter(s -> !s.isEmpty())
        .findFirst();
  }

  private static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The content hash Quarry stores for a post's bytes: SHA-256, hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String describe(IOException e) {
    String what = e.getClass().getSimpleName().replace("Exception", "");
    return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
  }
}
