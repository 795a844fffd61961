package cn.dlm.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The webapp starter serves /camunda/app/** from the first META-INF/resources/webjars/camunda on
 * the classpath: our files (application classes) must win over the webjar's, and the webjar must
 * still serve everything we do not override.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WebappResourcesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  private TestRestTemplate http;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void ourConfigReplacesTheWebjarDefault(String app) {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);

    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getBody())
        .contains("vendor: '民主生活会全流程管理系统'")
        .contains("availableLocales: ['zh', 'en']")
        .contains("customScripts: ['scripts/login-intro'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLocaleIsServedNextToTheWebjarsEnglish(String app) throws Exception {
    ResponseEntity<String> zh = http.getForEntity("/camunda/app/" + app + "/locales/zh.json", String.class);
    ResponseEntity<String> en = http.getForEntity("/camunda/app/" + app + "/locales/en.json", String.class);

    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(en.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode labels = JSON.readTree(zh.getBody()).get("labels");
    assertThat(labels.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("登录");
    assertThat(en.getBody()).contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Log in\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/camunda/app/dlm/login-intro.js", "/camunda/app/dlm/moment-locale.js",
      "/camunda/app/tasklist/scripts/login-intro.js", "/camunda/app/tasklist/scripts/moment-locale.js",
      "/camunda/app/tasklist/scripts/form-zh.js", "/camunda/app/tasklist/scripts/form-validity.js",
      "/camunda/app/tasklist/scripts/form-dates.js", "/camunda/app/tasklist/scripts/navbar-actions.js",
      "/camunda/app/tasklist/scripts/dlm-ui.js", "/camunda/app/cockpit/scripts/dlm-ui.js",
      "/camunda/app/cockpit/scripts/cockpit-zh.js", "/camunda/app/admin/scripts/dlm-ui.js",
      "/camunda/app/welcome/scripts/dlm-ui.js", "/camunda/app/dlm/session.js", "/camunda/app/dlm/eol-banner.js",
      "/camunda/app/dlm/chinese-names.js", "/camunda/app/dlm/engine-messages.js",
      "/camunda/app/cockpit/scripts/login-intro.js", "/camunda/app/cockpit/scripts/moment-locale.js",
      "/camunda/app/admin/scripts/login-intro.js", "/camunda/app/admin/scripts/moment-locale.js",
      "/camunda/app/welcome/scripts/login-intro.js", "/camunda/app/welcome/scripts/moment-locale.js",
      "/camunda/app/cockpit/scripts/dlm-board.js", "/camunda/app/dlm/board-view.js", "/camunda/app/dlm/roster-view.js",
      "/camunda/app/dlm/page-kit.js"})
  void customScriptsAreServedAsJavaScript(String path) {
    ResponseEntity<String> script = http.getForEntity(path, String.class);

    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType()).isNotNull();
    assertThat(script.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/javascript"))
        || script.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("application/javascript")))
        .as("content type %s", script.getHeaders().getContentType()).isTrue();
  }
}
