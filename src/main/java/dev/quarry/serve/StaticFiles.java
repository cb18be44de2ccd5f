package dev.quarry.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * The web page: files from Quarry's jar under {@code web/}, and the npm libraries it uses from
 * their WebJars under {@code /webjars/}. Nothing is built at run time. A filter, because Fuseki
 * keeps {@code /} for itself: a GET for a file that is there is answered, anything else passes on.
 */
final class StaticFiles extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
      chain.doFilter(req, resp);
      return;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.isEmpty() || path.equals("/")) {
      path = "/index.html";
    }
    String resource;
    if (path.startsWith("/webjars/")) {
      resource = "META-INF/resources" + path;
    } else {
      resource = "web" + path;
    }
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.get(ext);
    // Only known file types, and no way out of the two folders.
    InputStream found = type == null || path.contains("..") || path.contains("//") ? null
        : StaticFiles.class.getClassLoader().getResourceAsStream(resource);
    if (found == null) {
      chain.doFilter(req, resp);
      return;
    }
    try (InputStream in = found) {
      resp.setStatus(200);
      resp.setContentType(type);
      resp.setHeader("Cache-Control", path.startsWith("/webjars/") ? "max-age=86400" : "no-cache");
      try (OutputStream out = resp.getOutputStream()) {
        in.transferTo(out);
      }
    }
  }
}
