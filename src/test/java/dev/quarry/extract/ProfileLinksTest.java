package dev.quarry.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which links are a person's or a company's profile: read from the address alone. */
class ProfileLinksTest {
  @Test
  void aLinkedInProfileIsAPersonsOrACompanys() {
    assertEquals(ProfileLinks.Profile.PERSON, ProfileLinks.of("https://www.linkedin.com/in/jroe/"));
    assertEquals(ProfileLinks.Profile.COMPANY,
        ProfileLinks.of("https://www.linkedin.com/company/hooli/"));
  }

  @Test
  void anAccountIsAPersonsOrACompanys() {
    assertEquals(ProfileLinks.Profile.OWNER, ProfileLinks.of("https://github.com/jroe"));
    assertEquals(ProfileLinks.Profile.OWNER, ProfileLinks.of("https://twitter.com/hooli"));
    assertEquals(ProfileLinks.Profile.OWNER, ProfileLinks.of("https://x.com/jroe"));
    assertEquals(ProfileLinks.Profile.OWNER,
        ProfileLinks.of("https://bsky.app/profile/jroe.example.org"));
  }

  @Test
  void postsReposAndOtherPagesAreNoProfile() {
    assertEquals(ProfileLinks.Profile.NONE,
        ProfileLinks.of("https://twitter.com/jroe/status/12345"));
    assertEquals(ProfileLinks.Profile.NONE, ProfileLinks.of("https://github.com/jroe/tool"));
    assertEquals(ProfileLinks.Profile.NONE,
        ProfileLinks.of("https://www.linkedin.com/pulse/some-article/"));
    assertEquals(ProfileLinks.Profile.NONE, ProfileLinks.of("https://example.org/jroe"));
    assertEquals(ProfileLinks.Profile.NONE, ProfileLinks.of("not a url at all"));
  }
}
