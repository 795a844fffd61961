package cn.dlm.platform.web;

import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class EngineRestSecurityTest {

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  SessionClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new SessionClient(port);
  }

  @Test
  void taskListWithoutCredentialsIsUnauthorized() {
    assertThat(browser.get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(browser.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
  }

  @Test
  void wrongPasswordIsUnauthorized() {
    assertThat(browser.get("/engine-rest/task", basic(SessionClient.WRONG_PASSWORD_USER, SessionClient.WRONG_PASSWORD)).statusCode()).isEqualTo(401);
  }

  @Test
  void taskListWithBasicCredentialsIsOk() {
    var response = browser.get("/engine-rest/task", basic("lihua"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  /** Every test context has an engine called "default"; the REST API must serve this context's one. */
  @Test
  void restApiServesTheEngineOfThisContext() {
    var response = browser.get("/engine-rest/deployment", basic("admin"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(repositoryService.createDeploymentQuery().list()).isNotEmpty()
        .extracting(Deployment::getId).allSatisfy(id -> assertThat(response.body()).contains(id));
  }

  @Test
  void engineListingIsOpen() {
    var response = browser.get("/engine-rest/engine");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"default\"");
  }
}
