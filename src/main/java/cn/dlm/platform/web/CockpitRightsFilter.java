package cn.dlm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Process statistics (how many instances wait where, incidents) and Cockpit's own API are for those
 * who may open Cockpit (the organizing office 组织办 and the administrators). The engine would answer
 * anyone who may read a process definition, and Cockpit's API anyone logged in to any webapp; this
 * filter answers everyone else 403. Requests without a login pass on to the authentication that
 * refuses them.
 */
class CockpitRightsFilter extends OncePerRequestFilter {

  static final String COCKPIT = "cockpit";

  /** Statistics of the engine API. */
  private static final Pattern STATISTICS = RequestPaths.underEngineApi("(?:/history)?/process-definition/(?:.+/)?statistics(?:/.*)?");

  /** Cockpit's API, except the plugin scripts its login page loads. */
  private static final Pattern COCKPIT_API = Pattern.compile("^/camunda/api/cockpit/(?!plugin/[^/]+/static/).*");

  private final ProcessEngine processEngine;

  CockpitRightsFilter(ProcessEngine processEngine) {
    this.processEngine = processEngine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    if (!(STATISTICS.matcher(path).matches() || COCKPIT_API.matcher(path).matches())) {
      chain.doFilter(request, response);
      return;
    }
    Boolean allowed = path.startsWith("/engine-rest/") ? basicCallerMayOpenCockpit() : sessionMayOpenCockpit(request);
    if (Boolean.FALSE.equals(allowed)) {
      ApiErrors.write(response, HttpStatus.FORBIDDEN, "您没有查看流程统计的权限：仅组织办和系统管理员可以查看。");
      return;
    }
    chain.doFilter(request, response);
  }

  /** For /engine-rest, whose HTTP Basic filter has run; null without a login. */
  private Boolean basicCallerMayOpenCockpit() {
    Authentication caller = processEngine.getIdentityService().getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return null;
    }
    return processEngine.getAuthorizationService().isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
        Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
  }

  /** For the webapps' API, from the login kept in the session; null without a login. */
  private static Boolean sessionMayOpenCockpit(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (logins == null) {
      return null;
    }
    boolean anyUser = false;
    for (UserAuthentication user : logins.getAuthentications()) {
      if (user.isAuthorizedForApp(COCKPIT)) {
        return true;
      }
      anyUser = true;
    }
    return anyUser ? false : null;
  }
}
