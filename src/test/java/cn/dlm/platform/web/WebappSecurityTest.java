package cn.dlm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The webapps' own protection stays on: CSRF tokens and a locked-down session cookie. */
@WebAppTest
class WebappSecurityTest {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  @LocalServerPort int port;
  SessionClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new SessionClient(port);
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() {
    browser.get("/camunda/app/tasklist/");

    HttpResponse<String> response = browser.postForm(LOGIN, Map.of("username", "zhouyan", "password", SessionClient.DEMO_PASSWORD));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<String> login = browser.webappLogin("tasklist", "zhouyan", SessionClient.DEMO_PASSWORD);

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void rootLeadsToTheWebapps() {
    HttpResponse<String> response = browser.get("/");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/camunda/app/"));
  }
}
