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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Finds the posts under the folders and files a user names. A Markdown, MDX or text file is a post,
 * and so is any other file that opens with a front matter fence; a WordPress export holds many.
 * Hidden files and folders are skipped.
 */
public final class Corpus {
  private static final Set<String> POST_EXTENSIONS = Set.of("md", "mdx", "markdown", "mdown", "txt");

  /**
   * A file to read as a post, the id it is stored under (its path below the folder named), and
   * the organization the blog speaks for, from the nearest {@code quarry.yaml} in its folder or
   * a folder above it, up to the folder named, and the authors its posts may name by key (see
   * {@link AuthorsFile}).
   */
  public record Source(Path file, String id, Optional<String> organization,
      Map<String, Author> authorKeys) {
    public Source {
      authorKeys = Map.copyOf(authorKeys);
    }

    /** A source whose posts name no authors by key. */
    public Source(Path file, String id, Optional<String> organization) {
      this(file, id, organization, Map.of());
    }
  }

  /** The name of the per-folder configuration file. */
  public static final String CONFIG = "quarry.yaml";

  private Corpus() {}

  /**
   * The posts under {@code roots}, sorted by id, never following a link out of them. Folders that
   * cannot be walked (a symlink loop, no permission) are reported to {@code onProblem} and the
   * walk goes on.
   */
  public static List<Source> find(List<Path> roots, Consumer<PostException> onProblem)
      throws PostException {
    return find(roots, false, onProblem, onProblem);
  }

  /**
   * The posts under {@code roots}, sorted by id. A symbolic link whose real target lies outside
   * every folder and file named is not followed, unless {@code followLinks}: it is reported to
   * {@code onRefused} (a post not read). A file reached twice (through a link inside the corpus)
   * is one post, under the id of its own path when the walk reaches it. Other problems with the
   * walk go to {@code onProblem}, and the walk goes on.
   */
  public static List<Source> find(List<Path> roots, boolean followLinks,
      Consumer<PostException> onProblem, Consumer<PostException> onRefused)
      throws PostException {
    List<Path> bounds = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new PostException(root, 0, "no such file or folder");
      }
      bounds.add(realPath(root));
    }
    Walk walk = new Walk(bounds, followLinks, new AuthorsFile(onProblem), onProblem, onRefused);
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        walk.folder(root);
      } else {
        Path dir = root.toAbsolutePath().getParent();
        walk.add(new Source(root, root.getFileName().toString(),
            organization(dir, dir, new HashMap<>(), onProblem), walk.authors.near(dir, dir)));
      }
    }
    return walk.sources();
  }

  /** The walk of the folders named: the posts found, keyed by the real file they are. */
  private static final class Walk {
    private final List<Path> bounds;
    private final boolean followLinks;
    private final AuthorsFile authors;
    private final Consumer<PostException> onProblem;
    private final Consumer<PostException> onRefused;
    private final Map<Path, Source> byRealFile = new LinkedHashMap<>();

    Walk(List<Path> bounds, boolean followLinks, AuthorsFile authors,
        Consumer<PostException> onProblem, Consumer<PostException> onRefused) {
      this.bounds = bounds;
      this.followLinks = followLinks;
      this.authors = authors;
      this.onProblem = onProblem;
      this.onRefused = onRefused;
    }

    /** Whether {@code path} may be read: its real path lies inside a folder or file named. */
    boolean inside(Path path) {
      if (followLinks) {
        return true;
      }
      Path real = realPath(path);
      for (Path bound : bounds) {
        if (real.startsWith(bound)) {
          return true;
        }
      }
      onRefused.accept(new PostException(path, 0, "link to outside the corpus; not followed"));
      return false;
    }

    /** Adds a post; a file already found through another path keeps the path with no link. */
    void add(Source source) {
      Path real = realPath(source.file());
      Source known = byRealFile.get(real);
      if (known == null || (isLinked(known.file()) && !isLinked(source.file()))) {
        byRealFile.put(real, source);
      }
    }

    List<Source> sources() {
      List<Source> sources = new ArrayList<>(byRealFile.values());
      sources.sort(Comparator.comparing(Source::id));
      return List.copyOf(sources);
    }

    void folder(Path root) throws PostException {
      Map<Path, Optional<String>> configs = new HashMap<>();
      try {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                  return FileVisitResult.CONTINUE;
                }
                return hidden(dir) || (Files.isSymbolicLink(dir) && !inside(dir))
                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && !isConfig(file)
                    && (!Files.isSymbolicLink(file) || inside(file)) && isPost(file)) {
                  add(new Source(file, id(root, file),
                      organization(file.getParent(), root, configs, onProblem),
                      authors.near(file.getParent(), root)));
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
  }

  /**
   * A post's id: its path below the folder named, its names joined by '/'. A backslash in a name
   * stays as it is, so {@code a\b.md} (one file) and {@code a/b.md} are two posts.
   */
  static String id(Path root, Path file) {
    StringBuilder id = new StringBuilder();
    for (Path name : root.relativize(file)) {
      if (id.length() > 0) {
        id.append('/');
      }
      id.append(name);
    }
    return id.toString();
  }

  /** Whether a link stands anywhere on {@code path}: its real path is another. */
  private static boolean isLinked(Path path) {
    return !realPath(path).equals(path.toAbsolutePath().normalize());
  }

  /** The real path of {@code path} (links resolved), or its absolute path if it cannot be had. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /**
   * The gazetteer files named by {@code gazetteers:} in the quarry.yaml of the folders named (a
   * file or a list, relative to the quarry.yaml): the user's own lists of names.
   */
  public static List<Path> gazetteers(List<Path> roots) throws PostException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      Path config = root.resolve(CONFIG);
      if (!Files.isDirectory(root) || !Files.isRegularFile(config)) {
        continue;
      }
      Object doc;
      try (InputStream in = Files.newInputStream(config)) {
        doc = new Yaml(new LoaderOptions()).load(in);
      } catch (IOException | RuntimeException e) {
        throw new PostException(config, 0, "cannot be read as YAML (" + e.getMessage() + ")", e);
      }
      Object named = doc instanceof Map<?, ?> m ? m.get("gazetteers") : null;
      for (Object f : named instanceof List<?> l ? l : named == null ? List.of() : List.of(named)) {
        Path file = root.resolve(String.valueOf(f));
        if (!Files.isRegularFile(file)) {
          throw new PostException(config, 0, "gazetteers: " + f + ": no such file");
        }
        if (!insideOf(root, file)) {
          // the corpus is a boundary: its own configuration cannot make Quarry read other files
          throw new PostException(config, 0, "gazetteers: " + f
              + ": outside the corpus folder; give it with --gazetteer instead");
        }
        out.add(file);
      }
    }
    return out;
  }

  /** Whether {@code file}, links resolved, lies inside {@code root}. */
  private static boolean insideOf(Path root, Path file) throws PostException {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      throw new PostException(file, 0, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The organization named by the nearest quarry.yaml from {@code dir} up to {@code top}. */
  private static Optional<String> organization(Path dir, Path top, Map<Path, Optional<String>> cache,
      Consumer<PostException> onProblem) {
    if (dir == null) {
      return Optional.empty();
    }
    Optional<String> known = cache.get(dir);
    if (known != null) {
      return known;
    }
    Optional<String> found = Optional.empty();
    Path config = dir.resolve(CONFIG);
    if (Files.isRegularFile(config)) {
      try (InputStream in = Files.newInputStream(config)) {
        Object doc = new Yaml(new LoaderOptions()).load(in);
        if (doc instanceof Map<?, ?> m && m.get("organization") != null) {
          found = Optional.of(String.valueOf(m.get("organization")).strip());
        }
      } catch (IOException | RuntimeException e) {
        onProblem.accept(new PostException(config, 0, "cannot be read as YAML ("
            + e.getMessage() + "); ignored", e));
      }
    }
    if (found.isEmpty() && !dir.equals(top)) {
      found = organization(dir.getParent(), top, cache, onProblem);
    }
    cache.put(dir, found);
    return found;
  }

  /** quarry.yaml and Docusaurus's authors files configure posts; they are not posts. */
  private static boolean isConfig(Path file) {
    String name = file.getFileName().toString();
    return name.equals(CONFIG) || name.matches("authors\\.(yml|yaml|json)");
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isPost(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return POST_EXTENSIONS.contains(ext) || WxrReader.isExport(file)
        || opensWithFrontMatter(file);
  }

  /** A file of another kind is a post when it starts with '---' or '+++' (after a BOM). */
  private static boolean opensWithFrontMatter(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8);
      int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
          && (head[2] & 0xff) == 0xBF ? 3 : 0;
      byte c = head.length > i ? head[i] : 0;
      return head.length >= i + 4 && (c == '-' || c == '+') && head[i + 1] == c
          && head[i + 2] == c && (head[i + 3] == '\n' || head[i + 3] == '\r');
    } catch (IOException e) {
      return false;
    }
  }
}
