package cn.dlm.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt with 429 while its client address or user name has too many recent
 * failures, before any password is checked, and counts the outcome of the attempts it lets through.
 * Runs ahead of the authentication of /engine-rest and /api and of the webapps' login.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private static final int MAX_LOGIN_FORM_BYTES = 16 * 1024;

  private final LoginThrottle throttle;
  private final ClientAddress clientAddress;

  LoginThrottleFilter(LoginThrottle throttle, ClientAddress clientAddress) {
    this.throttle = throttle;
    this.clientAddress = clientAddress;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    LoginAttempt attempt = LoginAttempt.basic(request, path);
    HttpServletRequest forwarded = request;
    if (attempt == null && LoginAttempt.isWebappLogin(request, path)) {
      ReplayableRequest form = ReplayableRequest.read(request, MAX_LOGIN_FORM_BYTES);
      if (form == null) {
        ApiErrors.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "登录请求内容过大。");
        return;
      }
      attempt = new LoginAttempt(LoginAttempt.Kind.WEBAPP_FORM, form.formField("username"));
      forwarded = form;
    }
    if (attempt == null) {
      chain.doFilter(request, response);
      return;
    }
    String address = clientAddress.of(request);
    Duration refusal = throttle.refusal(address, attempt.userId());
    if (!refusal.isZero()) {
      long minutes = Math.max(1, (refusal.toSeconds() + 59) / 60);
      response.setHeader("Retry-After", Long.toString(Math.max(1, refusal.toSeconds())));
      ApiErrors.write(response, HttpStatus.TOO_MANY_REQUESTS,
          "错误登录次数过多，请 " + minutes + " 分钟后再试。如有疑问，请联系系统管理员。");
      return;
    }
    chain.doFilter(forwarded, response);
    record(attempt, address, response.getStatus());
  }

  private void record(LoginAttempt attempt, String address, int status) {
    if (status == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(address, attempt.userId());
    } else if (attempt.userId() != null && credentialsAccepted(attempt, status)) {
      throttle.succeeded(attempt.userId());
    }
  }

  /**
   * Past the Basic check any answer but 401 means the password was right; the webapps' login answers
   * 200 for a right password and 403 both for a right password without access to the app and for a
   * missing CSRF token, so only 200 counts there.
   */
  private static boolean credentialsAccepted(LoginAttempt attempt, int status) {
    return attempt.kind() == LoginAttempt.Kind.BASIC || status == HttpStatus.OK.value();
  }
}
