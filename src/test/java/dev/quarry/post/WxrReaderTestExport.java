package dev.quarry.post;

/** A small WordPress export written for the tests: a post, a draft, a page, an attachment, a revision. */
public final class WxrReaderTestExport {
  private WxrReaderTestExport() {}

  public static final String EXPORT = """
      <?xml version="1.0" encoding="UTF-8" ?>
      <rss version="2.0"
        xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/"
        xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:wp="http://wordpress.org/export/1.2/">
      <channel>
        <title>Saltmarsh Engineering</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[pnoor]]></wp:author_login><wp:author_display_name><![CDATA[Priya Noor]]></wp:author_display_name></wp:author>
        <item>
          <title><![CDATA[How Saltmarsh moved to Kestrel]]></title>
          <pubDate>Tue, 14 Mar 2023 09:00:00 +0000</pubDate>
          <dc:creator><![CDATA[pnoor]]></dc:creator>
          <content:encoded><![CDATA[<!-- wp:paragraph -->
      <p>Priya Noor led the move to <a href="https://example.org/kestrel">Kestrel</a> at Saltmarsh.</p>
      <!-- /wp:paragraph -->

      <!-- wp:heading -->
      <h2>What we learned</h2>
      <!-- /wp:heading -->

      <!-- wp:code -->
      <pre class="wp-block-code"><code>kestrel --secret-flag</code></pre>
      <!-- /wp:code -->

      <!-- wp:image -->
      <figure><img src="team.jpg" alt="the team"/><figcaption>The platform team in Lisbon.</figcaption></figure>
      <!-- /wp:image -->]]></content:encoded>
          <excerpt:encoded><![CDATA[]]></excerpt:encoded>
          <wp:post_id>11</wp:post_id>
          <wp:post_date><![CDATA[2023-03-14 10:00:00]]></wp:post_date>
          <wp:post_name><![CDATA[kestrel]]></wp:post_name>
          <wp:status><![CDATA[publish]]></wp:status>
          <wp:post_type><![CDATA[post]]></wp:post_type>
          <category domain="category" nicename="engineering"><![CDATA[Engineering]]></category>
          <category domain="post_tag" nicename="queues"><![CDATA[queues]]></category>
        </item>
        <item>
          <title>Half-written thoughts</title>
          <dc:creator>pnoor</dc:creator>
          <content:encoded><![CDATA[<p>Not ready yet.</p>]]></content:encoded>
          <wp:post_id>12</wp:post_id>
          <wp:status>draft</wp:status>
          <wp:post_type>post</wp:post_type>
        </item>
        <item>
          <title>About us</title>
          <content:encoded><![CDATA[<p>Saltmarsh makes boats.</p>]]></content:encoded>
          <wp:post_id>13</wp:post_id>
          <wp:status>publish</wp:status>
          <wp:post_type>page</wp:post_type>
        </item>
        <item>
          <title>team.jpg</title>
          <wp:post_id>14</wp:post_id>
          <wp:status>inherit</wp:status>
          <wp:post_type>attachment</wp:post_type>
        </item>
        <item>
          <title>How Saltmarsh moved to Kestrel</title>
          <wp:post_id>15</wp:post_id>
          <wp:status>inherit</wp:status>
          <wp:post_type>revision</wp:post_type>
        </item>
      </channel>
      </rss>
      """;
}
