package dev.quarry.post;

import java.util.Objects;
import java.util.Optional;

/** A post's author as the front matter names them: a name, and maybe a profile link and a company. */
public record Author(String name, Optional<String> url, Optional<String> organization) {
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(organization, "organization");
  }

  public static Author named(String name) {
    return new Author(name, Optional.empty(), Optional.empty());
  }
}
