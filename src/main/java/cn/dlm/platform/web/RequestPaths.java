package cn.dlm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * Paths as the servlets see them. The engine's REST API is reachable under several prefixes; a rule
 * about it must cover them all.
 */
final class RequestPaths {

  /**
   * {@code /engine-rest} (default engine), {@code /engine-rest/engine/{name}}, and the webapps' copy
   * {@code /camunda/api/engine/engine/{name}}.
   */
  private static final String PREFIX = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

  private RequestPaths() {}

  /**
   * The request's path within the application, decoded and normalised by the container and without
   * path parameters ({@code ;name=value}), which the JAX-RS resources ignore when they match: rules
   * on the raw request URI could be passed by {@code /statistics;x=1} or {@code %73tatistics}.
   */
  static String of(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
  }

  /** A pattern for {@code resourcePath} (a regular expression starting with /) under any prefix. */
  static Pattern underEngineApi(String resourcePath) {
    return Pattern.compile("^" + PREFIX + resourcePath + "$");
  }
}
