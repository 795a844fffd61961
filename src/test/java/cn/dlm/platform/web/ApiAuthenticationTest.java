package cn.dlm.platform.web;

import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class ApiAuthenticationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  SessionClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new SessionClient(port);
  }

  @Test
  void noCredentialsGetsChineseJson401() throws Exception {
    HttpResponse<String> response = browser.get("/api/me");

    assertUnauthorized(response);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void wrongPasswordGetsChineseJson401() throws Exception {
    assertUnauthorized(browser.get("/api/me", basic(SessionClient.WRONG_PASSWORD_USER, SessionClient.WRONG_PASSWORD)));
    assertUnauthorized(browser.get("/api/me", "Authorization", "Basic not-base64!"));
  }

  @Test
  void basicCredentialsIdentifyTheCaller() throws Exception {
    HttpResponse<String> response = browser.get("/api/me", basic("lihua"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = JSON.readTree(response.body());
    assertThat(me.get("id").asText()).isEqualTo("lihua");
    assertThat(me.get("name").asText()).isEqualTo("李华");
    assertThat(me.get("groups")).hasSize(1);
    assertThat(me.get("groups").get(0).get("id").asText()).isEqualTo("county-gov-party-group");
    assertThat(me.get("groups").get(0).get("name").asText()).isEqualTo("某县人民政府党组");
    assertThat(me.get("groups").get(0).get("type").asText()).isEqualTo("leadership-team");
  }

  @Test
  void adminNameReadsFamilyNameFirst() throws Exception {
    HttpResponse<String> response = browser.get("/api/me", basic("admin"));

    assertThat(JSON.readTree(response.body()).get("name").asText()).isEqualTo("系统管理员");
  }

  @Test
  void webappSessionIdentifiesTheCaller() throws Exception {
    assertThat(browser.webappLogin("tasklist", "liufang", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> response = browser.get("/api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode me = JSON.readTree(response.body());
    assertThat(me.get("id").asText()).isEqualTo("liufang");
    assertThat(me.get("name").asText()).isEqualTo("刘芳");
    assertThat(me.get("groups").findValuesAsText("id")).containsExactly("organizing-office");
  }

  @Test
  void sessionPostWithoutCsrfTokenIsForbidden() throws Exception {
    browser.webappLogin("tasklist", "liufang", SessionClient.DEMO_PASSWORD);

    HttpResponse<String> withoutToken = browser.post("/api/me", "{}");
    HttpResponse<String> withToken = browser.post("/api/me", "{}", browser.csrfHeader());

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(withoutToken.body()).get("message").asText()).contains("会话校验失败");
    // Past the filter, the request reaches Spring MVC, which has no POST /api/me.
    assertThat(withToken.statusCode()).isEqualTo(405);
  }

  @Test
  void failedWebappLoginLeavesNoSession() throws Exception {
    assertThat(browser.webappLogin("tasklist", SessionClient.WRONG_PASSWORD_USER, SessionClient.WRONG_PASSWORD).statusCode())
        .isEqualTo(401);

    assertUnauthorized(browser.get("/api/me"));
  }

  private static void assertUnauthorized(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(401);
    assertThat(body.get("message").asText()).startsWith("请先登录");
  }
}
