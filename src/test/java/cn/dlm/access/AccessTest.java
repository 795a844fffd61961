package cn.dlm.access;

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

/** What members, supervisors and the organizing office may open and see. */
@WebAppTest
class AccessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  SessionClient browser;

  @BeforeEach
  void newBrowser() {
    browser = new SessionClient(port);
  }

  @Test
  void memberCannotLogInToCockpit() {
    assertThat(browser.webappLogin("cockpit", "lihua", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(403);
    assertThat(new SessionClient(port).webappLogin("tasklist", "lihua", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void memberLoggedInToTasklistCannotOpenCockpit() {
    browser.webappLogin("tasklist", "lihua", SessionClient.DEMO_PASSWORD);

    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
  }

  @Test
  void supervisorCannotLogInToCockpit() {
    assertThat(browser.webappLogin("cockpit", "zhaoqiang", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(403);
  }

  @Test
  void officeOpensCockpit() {
    assertThat(browser.webappLogin("cockpit", "liufang", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
  }

  @Test
  void adminOpensEveryWebapp() {
    assertThat(browser.webappLogin("admin", "admin", SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
  }

  @Test
  void membersSeeNoProcessInstanceButTheirOwnTask() throws Exception {
    String instanceId = startSmokeProcessAsOffice("lihua");

    assertThat(ids(browser.get("/engine-rest/process-instance", basic("liufang")))).contains(instanceId);
    assertThat(ids(browser.get("/engine-rest/history/process-instance", basic("liufang")))).contains(instanceId);

    assertThat(ids(browser.get("/engine-rest/process-instance", basic("lihua")))).isEmpty();
    assertThat(ids(browser.get("/engine-rest/history/process-instance", basic("lihua")))).isEmpty();
    assertThat(ids(browser.get("/engine-rest/process-instance", basic("zhangmin")))).isEmpty();
    // The engine does not even confirm that the instance exists.
    assertThat(browser.get("/engine-rest/process-instance/" + instanceId, basic("zhangmin")).statusCode()).isEqualTo(404);

    String tasksOfInstance = "/engine-rest/task?processInstanceId=" + instanceId;
    assertThat(ids(browser.get(tasksOfInstance, basic("lihua")))).hasSize(1);
    assertThat(ids(browser.get(tasksOfInstance, basic("zhangmin")))).isEmpty();
  }

  private String startSmokeProcessAsOffice(String assignee) throws Exception {
    HttpResponse<String> started = browser.post("/engine-rest/process-definition/key/foundation-smoke/start",
        "{\"variables\": {\"assignee\": {\"value\": \"" + assignee + "\", \"type\": \"String\"}}}", basic("liufang"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return JSON.readTree(started.body()).get("id").asText();
  }

  private static java.util.List<String> ids(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode list = JSON.readTree(response.body());
    return list.findValuesAsText("id");
  }
}
