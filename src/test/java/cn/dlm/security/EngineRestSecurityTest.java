package cn.dlm.security;

import static cn.dlm.support.Browser.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.Browser;
import cn.dlm.support.WebAppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class EngineRestSecurityTest {

  @LocalServerPort int port;
  Browser browser;

  @BeforeEach
  void newBrowser() {
    browser = new Browser(port);
  }

  @Test
  void taskListWithoutCredentialsIsUnauthorized() {
    assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(browser.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    assertThat(browser.get("/engine-rest/task", basic(Browser.WRONG_PASSWORD_USER, Browser.WRONG_PASSWORD)).statusCode()).isEqualTo(401);
  }

  @Test
  void taskListWithBasicCredentialsIsOk() {
    var response = browser.get("/engine-rest/task", basic("lihua"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void engineListingIsOpen() {
    var response = browser.get("/engine-rest/engine");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"default\"");
  }
}
