package cn.dlm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates /api the way /engine-rest is: HTTP Basic against the identity service, or the
 * session of a user logged in to the webapps (then state-changing calls need the webapp's CSRF token).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;

  public ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The set-password page's endpoints serve people who cannot log in yet (cn.dlm.password). */
  static final String OPEN_PREFIX = "/api/password/";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    String path = pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    return path.startsWith(OPEN_PREFIX);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ApiUser user;
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      user = fromBasic(authorization.substring(6).trim());
    } else {
      user = fromSession(request);
      if (user != null && !SAFE_METHODS.contains(request.getMethod()) && !hasValidCsrfToken(request)) {
        ApiErrors.write(response, HttpStatus.FORBIDDEN, "会话校验失败，请刷新页面后重试。");
        return;
      }
    }
    if (user == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"dlm\", charset=\"UTF-8\"");
      ApiErrors.write(response, HttpStatus.UNAUTHORIZED, "请先登录：用户名或密码不正确，或会话已过期。");
      return;
    }
    request.setAttribute(ApiUser.REQUEST_ATTRIBUTE, user);
    identityService.setAuthentication(user.id(), user.groupIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ApiUser fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return new ApiUser(userId, groups);
  }

  private static ApiUser fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null
        || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication auth)) {
      return null;
    }
    return new ApiUser(auth.getIdentityId(), List.copyOf(auth.getGroupIds()));
  }

  private static boolean hasValidCsrfToken(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String actual = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && actual != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
