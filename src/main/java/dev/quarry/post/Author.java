package dev.quarry.post;

import java.util.Objects;
import java.util.Optional;

/**
 * A post's author as the post names them: a name, and maybe a profile link, a company and a job
 * title ("Staff Engineer at Fernwood").
 */
public record Author(String name, Optional<String> url, Optional<String> organization,
    Optional<String> jobTitle) {
  public Author {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(jobTitle, "jobTitle");
  }

  /** An author without a job title. */
  public Author(String name, Optional<String> url, Optional<String> organization) {
    this(name, url, organization, Optional.empty());
  }

  public static Author named(String name) {
    return new Author(name, Optional.empty(), Optional.empty());
  }
}
