package dev.quarry.graph;

import dev.quarry.extract.Names;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Mints Quarry's IRIs. They are readable and stable: a person's IRI derives from the normalised
 * name, a post's from its path, so ingesting again gives the same nodes.
 */
public final class Iris {
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DASHES_AROUND = Pattern.compile("^-+|-+$");

  private Iris() {}

  /** The IRI (and named graph) of the post stored under {@code postId}. */
  public static String post(String postId) {
    StringBuilder sb = new StringBuilder(Vocab.ID).append("post/");
    String[] segments = postId.split("/");
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  /** The IRI of an entity of a kind ("person", "organization"...) named {@code name}. */
  public static String entity(String kind, String name) {
    return Vocab.ID + kind + "/" + slug(name);
  }

  /**
   * A name as an IRI segment: accents dropped, lower case, '+' and '#' spelled out, runs of
   * anything but letters and digits as one '-'. Letters outside ASCII stay, percent-encoded.
   */
  public static String slug(String name) {
    // "C", "C++" and "C#" are three languages
    String s = Names.folded(name).replace("+", "-plus").replace("#", "-sharp");
    s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll("-");
    s = DASHES_AROUND.matcher(s).replaceAll("");
    if (s.isEmpty()) {
      s = "_";
    }
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
