package dev.quarry.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.ActionErrorException;

/**
 * Bounds what one request may take: the size of its body and of its query text, a place among
 * the requests answered at once (the others wait a little, then get 503), and memory: a request
 * that runs out of it is answered 503 and the server goes on.
 */
final class RequestLimits extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private final Limits limits;
  private final transient Semaphore places;

  RequestLimits(Limits limits) {
    this.limits = limits;
    this.places = new Semaphore(limits.concurrent(), true);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    boolean service = path.startsWith("/" + QuarryServer.DATASET) || path.startsWith("/queries");
    if (!service) {
      chain.doFilter(req, resp);
      return;
    }
    boolean write = RequestGuard.isWrite(req.getMethod(), path);
    long max = write ? limits.maxBodyBytes() : limits.maxQueryBytes();
    String what = write ? "request body" : "query";
    if (req.getContentLengthLong() > max) {
      RequestGuard.refuse(resp, 413, "the " + what + " is " + req.getContentLengthLong()
          + " bytes; the limit is " + max + " bytes");
      return;
    }
    String query = req.getQueryString();
    if (query != null && query.length() > limits.maxQueryBytes()) {
      RequestGuard.refuse(resp, 414, "the query in the URL is " + query.length()
          + " bytes; the limit is " + limits.maxQueryBytes() + " bytes");
      return;
    }
    try {
      if (!places.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
        resp.setHeader("Retry-After", "5");
        RequestGuard.refuse(resp, 503, "busy: " + limits.concurrent() + " requests are being "
            + "answered; try again in a moment");
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      chain.doFilter(new Bounded(req, max, what), resp);
    } catch (OutOfMemoryError e) {
      // The request's own allocations are garbage now; the server goes on.
      if (!resp.isCommitted()) {
        resp.reset();
        RequestGuard.refuse(resp, 503, "the request needed more memory than the server has "
            + "and was stopped");
      }
    } finally {
      places.release();
    }
  }

  /** A request whose body stops with an error past {@code max} bytes, length given or not. */
  private static final class Bounded extends HttpServletRequestWrapper {
    private final long max;
    private final String what;
    private ServletInputStream in;

    Bounded(HttpServletRequest req, long max, String what) {
      super(req);
      this.max = max;
      this.what = what;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String charset = getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(),
          charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)));
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {

      if (in == null) {
        ServletInputStream body = super.getInputStream();
        in = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = body.read();
            count(b < 0 ? 0 : 1);
            return b;
          }

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            int n = body.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
          }

          private void count(int n) {
            read += n;
            if (read > max) {
              // Not an IOException: SPARQL's parser takes that for the end of the text, and
              // would run the part it had read.
              throw new ActionErrorException(413, "the " + what + " is over the limit of " + max
                  + " bytes", null);
            }
          }

          @Override
          public boolean isFinished() {
            return body.isFinished();
          }

          @Override
          public boolean isReady() {
            return body.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
          }
        };
      }
      return in;
    }
  }
}
