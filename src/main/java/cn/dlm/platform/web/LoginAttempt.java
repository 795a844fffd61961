package cn.dlm.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A request that presents a password: HTTP Basic on /engine-rest and /api, or the webapps' login form.
 * {@code userId} is the name it claims, null when none can be read.
 */
record LoginAttempt(Kind kind, String userId) {

  enum Kind { BASIC, WEBAPP_FORM }

  static final Pattern WEBAPP_LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");

  /** Paths that the engine REST filter serves without checking credentials. */
  private static final Pattern OPEN_ENGINE_REST = Pattern.compile("^/engine-rest/engine/?$");

  /** The Basic login of a request, or null when it does not present one. */
  static LoginAttempt basic(HttpServletRequest request, String path) {
    boolean guarded = path.startsWith("/api/")
        || path.startsWith("/engine-rest/") && !OPEN_ENGINE_REST.matcher(path).matches();
    String authorization = request.getHeader("Authorization");
    if (!guarded || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    return new LoginAttempt(Kind.BASIC, basicUserId(authorization.substring(6).trim()));
  }

  static boolean isWebappLogin(HttpServletRequest request, String path) {
    return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(path).matches();
  }

  private static String basicUserId(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon > 0 ? decoded.substring(0, colon) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
