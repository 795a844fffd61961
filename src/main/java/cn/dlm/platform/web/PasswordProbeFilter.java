package cn.dlm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the engine API's {@code POST /identity/verify}, which checks any user's password for any
 * logged-in caller: it would let a member guess passwords, or keep someone's login delayed, outside the
 * login throttle. No webapp uses it; a client checks its own password by logging in.
 */
class PasswordProbeFilter extends OncePerRequestFilter {

  private static final Pattern VERIFY = RequestPaths.underEngineApi("/identity/verify/?");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (VERIFY.matcher(RequestPaths.of(request)).matches()) {
      ApiErrors.write(response, HttpStatus.FORBIDDEN, "此接口不开放：请直接登录以验证密码。");
      return;
    }
    chain.doFilter(request, response);
  }
}
