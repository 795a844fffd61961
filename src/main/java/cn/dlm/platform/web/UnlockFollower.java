package cn.dlm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When an administrator unlocks a user (Camunda Admin's 解锁用户, or POST /user/{id}/unlock of the REST
 * API, which the engine allows to administrators only), the throttle on that user name is lifted too.
 */
class UnlockFollower extends OncePerRequestFilter {

  private static final Pattern UNLOCK = RequestPaths.underEngineApi("/user/([^/]+)/unlock/?");

  private final LoginThrottle throttle;

  UnlockFollower(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    Matcher unlock = UNLOCK.matcher(RequestPaths.of(request));
    if ("POST".equals(request.getMethod()) && unlock.matches() && response.getStatus() / 100 == 2) {
      throttle.forgetUser(unlock.group(1));
    }
  }
}
