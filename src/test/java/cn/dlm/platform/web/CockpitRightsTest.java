package cn.dlm.platform.web;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Process statistics and Cockpit's API answer only those who may open Cockpit (office, administrators). */
@WebAppTest
class CockpitRightsTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;

  List<String> engineRestStatistics;

  @BeforeEach
  void statisticsPaths() {
    String cycleDefinition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("democratic-life-meeting").latestVersion().singleResult().getId();
    engineRestStatistics = List.of(
        "/engine-rest/process-definition/statistics",
        "/engine-rest/process-definition/statistics?rootIncidents=true",
        "/engine-rest/process-definition/" + cycleDefinition + "/statistics",
        "/engine-rest/process-definition/key/democratic-life-meeting/statistics",
        "/engine-rest/engine/default/process-definition/statistics",
        "/engine-rest/history/process-definition/" + cycleDefinition + "/statistics");
  }

  @Test
  void membersAndSupervisorsGet403ForEngineRestStatistics() throws Exception {
    SessionClient browser = new SessionClient(port);
    for (String path : engineRestStatistics) {
      assertForbidden(browser.get(path, basic("lihua")));
      assertForbidden(browser.get(path, basic("zhaoqiang")));
    }
    // spellings the container and the REST resources read as the same path
    assertForbidden(browser.get("/engine-rest/process-definition/statistics;x=1", basic("lihua")));
    assertForbidden(browser.get("/engine-rest/process-definition/%73tatistics", basic("lihua")));
    assertForbidden(browser.get("/engine-rest/./process-definition/statistics", basic("lihua")));
  }

  @Test
  void officeAndAdministratorReadEngineRestStatistics() {
    SessionClient browser = new SessionClient(port);
    for (String path : engineRestStatistics) {
      assertThat(browser.get(path, basic("liufang")).statusCode()).as(path).isEqualTo(200);
      assertThat(browser.get(path, basic("admin")).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void aMemberLoggedInToTasklistGets403FromCockpitsApiAndTheWebappStatistics() throws Exception {
    SessionClient member = new SessionClient(port);
    assertThat(member.webappLogin("tasklist", "lihua", DEMO_PASSWORD).statusCode()).isEqualTo(200);

    assertForbidden(member.get(COCKPIT_STATISTICS));
    assertForbidden(member.get(COCKPIT_STATISTICS + "-count"));
    assertForbidden(member.post("/camunda/api/cockpit/plugin/base/default/process-instance", "{}", member.csrfHeader()));
    assertForbidden(member.get(WEBAPP_ENGINE + "/process-definition/statistics"));
    assertThat(member.get(WEBAPP_ENGINE + "/task?assignee=lihua").statusCode())
        .as("Tasklist's own calls are untouched").isEqualTo(200);
  }

  @Test
  void theOfficeLoggedInToCockpitReadsItsStatistics() {
    SessionClient office = new SessionClient(port);
    assertThat(office.webappLogin("cockpit", "liufang", DEMO_PASSWORD).statusCode()).isEqualTo(200);

    assertThat(office.get(COCKPIT_STATISTICS).statusCode()).isEqualTo(200);
    assertThat(office.get(WEBAPP_ENGINE + "/process-definition/statistics").statusCode()).isEqualTo(200);
  }

  @Test
  void cockpitsPluginScriptsStillLoadBeforeLogin() {
    assertThat(new SessionClient(port).get("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js").statusCode())
        .isEqualTo(200);
  }

  private static void assertForbidden(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(403);
    assertThat(body.get("message").asText()).isEqualTo("您没有查看流程统计的权限：仅组织办和系统管理员可以查看。");
  }
}
