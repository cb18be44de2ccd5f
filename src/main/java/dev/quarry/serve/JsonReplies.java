package dev.quarry.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Writing a JSON answer, or a JSON error, from one of the server's own servlets. */
final class JsonReplies {
  private JsonReplies() {}

  /** {@code {"error": message}} with the status. */
  static void error(HttpServletResponse resp, int status, String message) throws IOException {
    JsonObject o = new JsonObject();
    o.put("error", message);
    json(resp, status, o);
  }

  static void json(HttpServletResponse resp, int status, JsonValue value) throws IOException {
    byte[] body = JSON.toString(value).getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setContentLength(body.length);
    try (OutputStream os = resp.getOutputStream()) {
      os.write(body);
    }
  }
}
