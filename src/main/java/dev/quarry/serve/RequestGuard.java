package dev.quarry.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The first thing every request meets: it is answered only for the host names the server was
 * started for (against DNS rebinding), gets the page's security headers, and may change the
 * store only with the server's token and not from another origin (against cross-site writes).
 * The side doors of the SPARQL protocol (JSONP, client-chosen XML stylesheets) are shut.
 */
final class RequestGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** Only the page's own files; no inline script or style, no framing, no other hosts. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'";

  /** The read-only SPARQL endpoints: a POST there is a query, never a write. */
  private static final Set<String> QUERY_PATHS = Set.of(
      "/" + QuarryServer.DATASET + "/sparql", "/" + QuarryServer.DATASET + "/query");

  /** Parameters of Fuseki's that would let another site read or script the answer. */
  private static final List<String> REFUSED_PARAMETERS = List.of("callback", "stylesheet");

  private final transient HostNames hosts;
  private final boolean update;
  private final byte[] token;

  /** {@code token} is what writes must carry when {@code update} is on. */
  RequestGuard(HostNames hosts, boolean update, String token) {
    this.hosts = hosts;
    this.update = update;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("X-Frame-Options", "DENY");
    resp.setHeader("Referrer-Policy", "no-referrer");
    resp.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    // A page elsewhere may not load an answer as a script, an image or a style sheet.
    resp.setHeader("Cross-Origin-Resource-Policy", "same-origin");

    String host = req.getHeader("Host");
    if (host != null && !hosts.allows(host)) {
      refuse(resp, 403, "this server answers only for " + hosts.describe() + ", not for Host: "
          + host + " (start it with --host NAME to be reached by that name)");
      return;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (isWrite(req.getMethod(), path)) {
      Optional<Refusal> refusal = refuseWrite(req, host);
      if (refusal.isPresent()) {
        if (refusal.get().status() == 401) {
          resp.setHeader("WWW-Authenticate", "Bearer realm=\"quarry\"");
        }
        refuse(resp, refusal.get().status(), refusal.get().message());
        return;
      }
    }
    if (path.startsWith("/" + QuarryServer.DATASET)) {
      for (String p : REFUSED_PARAMETERS) {
        if (req.getParameter(p) != null) {
          refuse(resp, 400, "the parameter '" + p + "' is not offered here: Quarry answers "
              + "neither JSONP nor XML results with a style sheet chosen by the caller");
          return;
        }
      }
    }
    chain.doFilter(req, resp);
  }

  /** Whether the request could change the store: anything but a read or a query. */
  static boolean isWrite(String method, String path) {
    return switch (method) {
      case "GET", "HEAD", "OPTIONS" -> false;
      case "POST" -> !QUERY_PATHS.contains(path);
      default -> true;
    };
  }

  private record Refusal(int status, String message) {}

  private Optional<Refusal> refuseWrite(HttpServletRequest req, String host) {
    String origin = req.getHeader("Origin");
    String site = req.getHeader("Sec-Fetch-Site");
    boolean crossOrigin = (origin != null && !origin.equalsIgnoreCase("http://" + host))
        || (site != null && !site.equals("same-origin") && !site.equals("none"));
    if (crossOrigin) {
      return Optional.of(new Refusal(403, "writes are taken only from this server's own page "
          + "or from programs, not from a page at " + (origin == null ? "another site" : origin)));
    }
    if (!update) {
      return Optional.of(new Refusal(403,
          "this server is read-only; 'quarry serve --update' takes writes"));
    }
    if (!hasToken(req.getHeader("Authorization"))) {
      return Optional.of(new Refusal(401, "this write needs the token 'quarry serve' printed at "
          + "start: send 'Authorization: Bearer TOKEN' (quarry ingest: --token or QUARRY_TOKEN)"));
    }
    return Optional.empty();
  }

  private boolean hasToken(String authorization) {
    if (token == null || authorization == null) {
      return false;
    }
    String[] parts = authorization.strip().split("\\s+", 2);
    String scheme = parts[0].toLowerCase(Locale.ROOT);
    if (parts.length != 2 || !(scheme.equals("bearer") || scheme.equals("token"))) {
      return false;
    }
    return MessageDigest.isEqual(token, parts[1].strip().getBytes(StandardCharsets.UTF_8));
  }

  static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
    byte[] body = ("quarry: " + message + "\n").getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.setContentLength(body.length);
    // the request's body is never read: the connection cannot carry another request after it
    resp.setHeader("Connection", "close");
    resp.getOutputStream().write(body);
  }
}
