package dev.quarry.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;

/**
 * A test's HTTP client for a server on loopback: requests with any method, headers and body,
 * a chunked body of any length, and raw requests with a {@code Host} header of the test's choice
 * (which Java's client will not send).
 */
final class Http {
  private final int port;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  Http(int port) {
    this.port = port;
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }

  HttpResponse<String> send(String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + "/" + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A SPARQL update of {@code start} padded with comment lines to {@code bytes}, sent chunked:
   * the answer's status, or 0 when the server closed the connection without one.
   */
  int sendChunked(String path, String start, int bytes, String token)
      throws IOException, InterruptedException {
    byte[] head = (start + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] line = ("#" + "z".repeat(1022) + "\n").getBytes(StandardCharsets.UTF_8);
    InputStream padding = new SequenceInputStream(Collections.enumeration(
        Collections.nCopies(bytes / line.length + 1, line).stream()
            .map(l -> (InputStream) new ByteArrayInputStream(l)).toList()));
    HttpRequest r = HttpRequest.newBuilder(URI.create(origin() + "/" + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/sparql-update")
        .header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(
            new ByteArrayInputStream(head), padding)))
        .build();
    try {
      return client.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (IOException e) {
      return 0; // closed as soon as the body was over the limit
    }
  }

  /** A response as raw text. */
  record Raw(int status, String text) {}

  Raw raw(String method, String path, String host) throws IOException {
    return raw(method + " /" + path + " HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n\r\n");
  }

  /** Sends {@code request} as it is (head, and as much of a body as it holds). */
  Raw raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String text = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Raw(Integer.parseInt(text.split(" ", 3)[1]), text);
    }
  }
}
