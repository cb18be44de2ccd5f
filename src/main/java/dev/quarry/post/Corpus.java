package dev.quarry.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the posts under the folders and files a user names. A Markdown or text file is a post, and
 * so is any other file that opens with a front matter fence; hidden files and folders are skipped.
 */
public final class Corpus {
  private static final Set<String> POST_EXTENSIONS = Set.of("md", "markdown", "mdown", "txt");

  /** A file to read as a post, and the id it is stored under (its path below the folder named). */
  public record Source(Path file, String id) {}

  private Corpus() {}

  /**
   * The posts under {@code roots}, sorted by id. Folders that cannot be walked (a symlink loop, no
   * permission) are reported to {@code onProblem} and the walk goes on.
   */
  public static List<Source> find(List<Path> roots, Consumer<PostException> onProblem)
      throws PostException {
    List<Source> sources = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new PostException(root, 0, "no such file or folder");
      }
      if (Files.isDirectory(root)) {
        walk(root, sources, onProblem);
      } else {
        sources.add(new Source(root, root.getFileName().toString()));
      }
    }
    sources.sort(Comparator.comparing(Source::id));
    return List.copyOf(sources);
  }

  private static void walk(Path root, List<Source> sources, Consumer<PostException> onProblem)
      throws PostException {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(file) && isPost(file)) {
                String id = root.relativize(file).toString().replace('\\', '/');
                sources.add(new Source(file, id));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String why = e instanceof FileSystemLoopException
                  ? "symbolic link loop; not followed"
                  : "cannot be read (" + e.getClass().getSimpleName() + "); skipped";
              onProblem.accept(new PostException(file, 0, why, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new PostException(root, 0, "cannot be walked: " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isPost(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return POST_EXTENSIONS.contains(ext) || opensWithFrontMatter(file);
  }

  /** A file of another kind is a post when it starts with '---' (after an optional BOM). */
  private static boolean opensWithFrontMatter(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8);
      int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
          && (head[2] & 0xff) == 0xBF ? 3 : 0;
      return head.length >= i + 4 && head[i] == '-' && head[i + 1] == '-' && head[i + 2] == '-'
          && (head[i + 3] == '\n' || head[i + 3] == '\r');
    } catch (IOException e) {
      return false;
    }
  }
}
