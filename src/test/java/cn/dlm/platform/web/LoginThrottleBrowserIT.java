package cn.dlm.platform.web;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.WRONG_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.browser.Browser;
import cn.dlm.browser.BrowserTest;
import cn.dlm.browser.WebApp;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A throttled login tells the user on the login page, in Chinese, when to try again. */
@BrowserTest
class LoginThrottleBrowserIT {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired LoginThrottle throttle;
  @Autowired LoginProperties properties;

  String userId;

  @BeforeEach
  void freshUser() {
    userId = "login-page-" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("测试");
    user.setLastName("用户");
    user.setPassword(DEMO_PASSWORD);
    identityService.saveUser(user);
  }

  @AfterEach
  void cleanUp() {
    throttle.forgetAll();
    identityService.deleteUser(userId);
  }

  @Test
  void theLoginPageSaysWhenToTryAgain(Browser browser) {
    for (int i = 0; i < properties.maxFailuresPerUser(); i++) {
      assertThat(new FromAddress(port, "127.0.0." + (10 + i)).get("/api/me", basic(userId, WRONG_PASSWORD)).status())
          .isEqualTo(401);
    }

    browser.submitLogin(WebApp.WELCOME, userId, DEMO_PASSWORD)
        .waitForText("登录失败")
        .waitForText("错误登录次数过多，请 15 分钟后再试");
    browser.screenshot("01-login-throttled");
  }
}
