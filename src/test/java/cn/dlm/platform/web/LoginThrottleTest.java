package cn.dlm.platform.web;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.WRONG_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords delay a user's logins but never lock the account for good, and too many failures
 * from one address or for one user name get 429 on every login path, until they expire or an
 * administrator unlocks the user. Time is the engine's clock, moved by the test.
 */
@WebAppTest
class LoginThrottleTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;
  @Autowired LoginProperties properties;

  Instant now;
  String userId;

  @BeforeEach
  void freshUserAndClock() {
    now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    userId = "login-test-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    throttle.forgetAll();
    identityService.deleteUser(userId);
  }

  @Test
  void elevenWrongPasswordsDoNotKeepTheRightOneOutOnceTheDelayHasPassed() {
    for (int attempt = 1; attempt <= 11; attempt++) {
      assertThat(new SessionClient(port).webappLogin("welcome", userId, WRONG_PASSWORD).statusCode()).isEqualTo(401);
      if (attempt < 11) {
        // spaced past the engine's delay and the throttle's window: only the engine's lock is at work
        advance(properties.window().plusSeconds(1));
      }
    }

    advance(properties.delayMax().minusSeconds(1));
    assertThat(new SessionClient(port).webappLogin("welcome", userId, DEMO_PASSWORD).statusCode())
        .as("the growing delay still refuses the right password while it lasts").isEqualTo(401);
    advance(Duration.ofSeconds(2));
    assertThat(new SessionClient(port).webappLogin("welcome", userId, DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void oneAddressWithManyFailuresGets429OnEveryLoginPathUntilTheWindowPasses() throws Exception {
    SessionClient browser = new SessionClient(port);
    for (int i = 0; i < properties.maxFailuresPerAddress(); i++) {
      assertThat(browser.get("/api/me", basic("nobody-" + i, WRONG_PASSWORD)).statusCode()).isEqualTo(401);
    }

    assertTooManyRequests(browser.get("/api/me", basic("lihua")));
    assertTooManyRequests(browser.get("/engine-rest/task", basic("lihua")));
    assertTooManyRequests(browser.webappLogin("tasklist", "lihua", DEMO_PASSWORD));
    assertTooManyRequests(browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist;x=1",
        Map.of("username", "lihua", "password", DEMO_PASSWORD), browser.csrfHeader()));
    assertThat(new FromAddress(port, "127.0.0.2").get("/api/me", basic("lihua")).status())
        .as("another address is not throttled").isEqualTo(200);

    advance(properties.window());
    assertThat(browser.get("/api/me", basic("lihua")).statusCode()).isEqualTo(200);
    assertThat(browser.webappLogin("tasklist", "lihua", DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void oneUserNameWithFailuresFromManyAddressesGets429UntilTheWindowPasses() throws Exception {
    failFromSeparateAddresses(properties.maxFailuresPerUser());
    advance(properties.delayMax().plusSeconds(1));

    FromAddress fresh = new FromAddress(port, "127.0.0.99");
    assertTooManyRequests(fresh.get("/api/me", basic(userId)));
    assertTooManyRequests(fresh.get("/engine-rest/task", basic(userId)));
    assertThat(fresh.get("/api/me", basic("lihua")).status()).as("the address itself is not throttled").isEqualTo(200);

    advance(properties.window());
    assertThat(fresh.get("/api/me", basic(userId)).status()).isEqualTo(200);
  }

  @Test
  void anAdministratorsUnlockLiftsTheDelayAndTheThrottleOnTheName() throws Exception {
    failFromSeparateAddresses(properties.maxFailuresPerUser());
    FromAddress fresh = new FromAddress(port, "127.0.0.99");
    assertTooManyRequests(fresh.get("/api/me", basic(userId)));

    assertThat(new SessionClient(port).post("/engine-rest/user/" + userId + "/unlock", "", basic("lihua")).statusCode())
        .as("only administrators unlock").isEqualTo(403);
    assertTooManyRequests(fresh.get("/api/me", basic(userId)));

    // what Camunda Admin's 解锁用户 button sends
    SessionClient admin = new SessionClient(port);
    assertThat(admin.webappLogin("admin", "admin", DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(admin.post("/camunda/api/engine/engine/default/user/" + userId + "/unlock", "", admin.csrfHeader())
        .statusCode()).isEqualTo(204);

    assertThat(fresh.get("/api/me", basic(userId)).status()).isEqualTo(200);
  }

  @Test
  void noOneChecksAnothersPasswordThroughTheEngineApi() throws Exception {
    String probe = "{\"username\": \"" + userId + "\", \"password\": \"" + WRONG_PASSWORD + "\"}";
    SessionClient member = new SessionClient(port);
    assertThat(member.webappLogin("tasklist", "lihua", DEMO_PASSWORD).statusCode()).isEqualTo(200);

    assertClosed(member.post("/engine-rest/identity/verify", probe, basic("lihua")));
    assertClosed(member.post("/engine-rest/engine/default/identity/verify", probe, basic("lihua")));
    assertClosed(member.post("/camunda/api/engine/engine/default/identity/verify", probe, member.csrfHeader()));

    assertThat(new SessionClient(port).webappLogin("welcome", userId, DEMO_PASSWORD).statusCode())
        .as("no wrong password reached the engine, so no delay").isEqualTo(200);
  }

  private static void assertClosed(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).get("message").asText()).startsWith("此接口不开放");
  }

  private void failFromSeparateAddresses(int failures) {
    for (int i = 0; i < failures; i++) {
      assertThat(new FromAddress(port, "127.0.0." + (10 + i)).get("/api/me", basic(userId, WRONG_PASSWORD)).status())
          .isEqualTo(401);
    }
  }

  private void advance(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private static void assertTooManyRequests(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertTooManyRequests(new FromAddress.Response(response.statusCode(), response.body()));
  }

  private static void assertTooManyRequests(FromAddress.Response response) throws Exception {
    assertThat(response.status()).isEqualTo(429);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(429);
    assertThat(body.get("message").asText()).startsWith("错误登录次数过多");
  }
}
