package dev.quarry.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the origins {@code --cors} names, and only those: Fuseki's filter (Jetty's), told to
 * answer those origins' reads, never with credentials. Writes from any other origin are refused
 * before this filter is reached ({@link RequestGuard}).
 */
final class Cors {
  private Cors() {}

  static Filter readOnly(List<String> origins) {
    Map<String, String> params = Map.of(
        CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
        CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
        CrossOriginFilter.ALLOWED_HEADERS_PARAM, "Accept,Content-Type",
        CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
        CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    return new CrossOriginFilter() {
      @Override
      public void init(FilterConfig jetty) throws ServletException {
        // Jetty calls init with a config of its own, without parameters: ours instead.
        super.init(new FilterConfig() {
          @Override
          public String getFilterName() {
            return "quarry-cors";
          }

          @Override
          public ServletContext getServletContext() {
            return jetty.getServletContext();
          }

          @Override
          public String getInitParameter(String name) {
            return params.get(name);
          }

          @Override
          public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(params.keySet());
          }
        });
      }
    };
  }
}
