package cn.dlm.platform.form;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.material.MaterialIntake;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whole materials submitted the way Tasklist submits them (the webapps' engine API, submit-form with every field of
 * the form, read-only ones included): a team material over 4,000 characters, its review that sends it back, and a
 * member's material of the documented 1 MB, all accepted and kept whole.
 */
@WebAppTest
class LongTextSubmissionTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate TODAY = LocalDate.of(2033, 11, 2);
  private static final String WEBAPP_API = "/camunda/api/engine/engine/default";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void materialsLongerThanTheTextColumnGoThroughTasklistsSubmission() throws Exception {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    TestTeam team = TestTeam.numbered(905, 3, "liufang", "zhaoqiang");
    team.create(engine.getIdentityService(), SessionClient.DEMO_PASSWORD);
    CycleDriver driver = new CycleDriver(engine, TODAY, team).authenticated();
    ProcessInstance cycle = driver.start(driver.startForm(TODAY.getYear(), TODAY.plusDays(40)));
    driver.recordStudy(cycle);
    driver.collectOpinions(cycle);
    driver.acknowledgeOpinions(cycle);

    String teamMaterial = material(4_001);
    submit(team.secretary(), driver.task(cycle, "Task_DraftTeamMaterial"), Map.of("materialText", teamMaterial));
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "materialText")).isEqualTo(teamMaterial);
    driver.complete(driver.task(cycle, "Task_CheckTeamMaterial"), driver.checkedStructure());
    submit(team.supervisor(), driver.task(cycle, "Task_ReviewTeamMaterial"),
        Map.of("materialText", teamMaterial, "decision", "approve", "reviewComment", ""));

    String member = team.members().get(0);
    ProcessInstance memberMaterial = driver.memberMaterials(cycle).stream()
        .filter(m -> member.equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    String whole = material(MaterialIntake.MAX_TEXT);
    Task write = driver.memberTask(memberMaterial, "Task_WriteMaterial");
    submit(member, write, Map.of("returnComment", "", "materialText", whole));
    assertThat(engine.getRuntimeService().getVariable(memberMaterial.getId(), "materialText")).isEqualTo(whole);

    HistoricFormField recorded = engine.getHistoryService().createHistoricDetailQuery().formFields()
        .taskId(write.getId()).list().stream().map(HistoricFormField.class::cast)
        .filter(field -> field.getFieldId().equals("materialText")).findFirst().orElseThrow();
    assertThat(String.valueOf(recorded.getFieldValue())).hasSize(4_000).endsWith("……（全文见流程变量）");
  }

  /** Text of the given length, in paragraphs, the way a pasted material looks. */
  private static String material(int length) {
    StringBuilder text = new StringBuilder("一、存在的主要问题\n（一）理论学习方面。一是学习不够系统深入。\n");
    while (text.length() < length) {
      text.append("对照党章党规，深入查摆在理论学习、担当作为、工作作风等方面存在的差距和不足，剖析根源，明确方向。\n");
    }
    return text.substring(0, length);
  }

  private void submit(String user, Task task, Map<String, Object> fields) throws Exception {
    SessionClient tasklist = new SessionClient(port);
    assertThat(tasklist.webappLogin("tasklist", user, SessionClient.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    fields.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    HttpResponse<String> response = tasklist.post(WEBAPP_API + "/task/" + task.getId() + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables)), tasklist.csrfHeader());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }
}
