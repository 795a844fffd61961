package cn.dlm.cycle;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/cycles/{key}/missing-talks does not tell a participant which cycles exist. */
@WebAppTest
class MissingTalksAccessTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestTeam TEAM = TestTeam.numbered(731, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  Set<String> instancesBefore;

  @BeforeEach
  void rememberInstances() {
    instancesBefore = instanceIds();
  }

  @AfterEach
  void removeThisTestsInstances() {
    List<String> started = instanceIds().stream().filter(id -> !instancesBefore.contains(id)).toList();
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
  }

  @Test
  void aMissingAndAForbiddenCycleAnswerTheSame403() throws Exception {
    TEAM.create(engine.getIdentityService(), DEMO_PASSWORD);
    LocalDate meeting = LocalDate.now().plusDays(40);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(), TEAM);
    ProcessInstance cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    String existing = "/api/cycles/" + cycle.getBusinessKey() + "/missing-talks";
    String missing = "/api/cycles/" + TEAM.id() + "-1999/missing-talks";
    SessionClient browser = new SessionClient(port);

    for (String member : List.of("lihua", TEAM.members().get(0))) {
      HttpResponse<String> forbidden = browser.get(existing, basic(member));
      HttpResponse<String> absent = browser.get(missing, basic(member));
      assertThat(forbidden.statusCode()).as(member).isEqualTo(403);
      assertThat(absent.statusCode()).as(member).isEqualTo(403);
      assertThat(JSON.readTree(absent.body())).isEqualTo(JSON.readTree(forbidden.body()));
      assertThat(JSON.readTree(absent.body()).get("message").asText()).isEqualTo("您没有执行此操作的权限。");
    }

    assertThat(browser.get(existing, basic(TEAM.secretary())).statusCode()).isEqualTo(200);
    assertThat(browser.get(missing, basic(TEAM.secretary())).statusCode()).isEqualTo(403);
    assertThat(browser.get(existing, basic(CycleDriver.OFFICE)).statusCode()).isEqualTo(200);
    assertThat(browser.get(missing, basic(CycleDriver.OFFICE)).statusCode())
        .as("the office may read every cycle: a missing one is simply not found").isEqualTo(404);
  }

  private Set<String> instanceIds() {
    return engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
  }
}
