package cn.dlm.season;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/cycles/{businessKey}/withdraw: the office withdraws a cycle with a reason; nobody else can. */
@WebAppTest
class CycleWithdrawalTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestTeam TEAM = TestTeam.numbered(741, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  final List<String> started = new ArrayList<>();

  @AfterEach
  void removeThisTestsCycles() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
  }

  @Test
  void theOfficeWithdrawsACycleWithItsChildrenAndTheTeamCanStartAgain() throws Exception {
    TEAM.create(engine.getIdentityService(), DEMO_PASSWORD);
    LocalDate meeting = LocalDate.now().plusDays(40);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(), TEAM);
    ProcessInstance cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    started.add(cycle.getId());
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    List<String> children = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(cycle.getId()).list().stream().map(ProcessInstance::getId).toList();
    assertThat(children).as("one acknowledge-opinions instance per participant").hasSize(3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(children.toArray(String[]::new)).count())
        .isEqualTo(3);
    String path = "/api/cycles/" + cycle.getBusinessKey() + "/withdraw";
    SessionClient browser = new SessionClient(port);

    for (String other : List.of(TEAM.secretary(), TEAM.members().get(0), CycleDriver.SUPERVISOR)) {
      assertThat(browser.post(path, "{\"reason\":\"误发起\"}", basic(other)).statusCode()).as(other).isEqualTo(403);
    }
    HttpResponse<String> noReason = browser.post(path, "{\"reason\":\"  \"}", basic(CycleDriver.OFFICE));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noReason.body()).get("message").asText()).isEqualTo("请填写撤销理由（reason）。");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("refused requests change nothing").isEqualTo(1);

    HttpResponse<String> withdrawn = browser.post(path, "{\"reason\":\"班子选错，应为另一班子\"}", basic(CycleDriver.OFFICE));

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(JSON.readTree(withdrawn.body()).get("byName").asText()).isEqualTo("刘芳");
    List<String> all = new ArrayList<>(children);
    all.add(cycle.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(all))
        .count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceIdIn(all.toArray(String[]::new)).count())
        .as("no task left to work on or to be reminded of").isZero();
    HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(cycle.getId()).singleResult();
    assertThat(history.getState()).isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    assertThat(history.getDeleteReason()).isEqualTo("撤销：班子选错，应为另一班子");
    JsonNode record = JsonValues.tree(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(cycle.getId()).variableName("withdrawal").singleResult().getValue());
    assertThat(record.get("reason").asText()).isEqualTo("班子选错，应为另一班子");
    assertThat(record.get("by").asText()).isEqualTo(CycleDriver.OFFICE);

    assertThat(browser.post(path, "{\"reason\":\"再次撤销\"}", basic(CycleDriver.OFFICE)).statusCode()).isEqualTo(404);

    ProcessInstance again = driver.start(driver.startForm(meeting.getYear(), meeting));
    started.add(again.getId());
    assertThat(again.getBusinessKey()).isEqualTo(cycle.getBusinessKey());
  }
}
