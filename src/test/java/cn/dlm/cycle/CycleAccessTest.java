package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Who may start a cycle and read its materials, through the REST API the webapps use. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CycleAccessTest {

  static final String PASSWORD = "Dlm#2026pass";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  static String startBody(String year, String meetingDay) {
    return """
        {"businessKey": null, "variables": {
          "year": {"value": %s, "type": "Integer"},
          "theme": {"value": "民主生活会"},
          "teamId": {"value": "county-gov-party-group"},
          "secretary": {"value": "wangjianguo"},
          "meetingDate": {"value": "%s"}
        }}""".formatted(year, meetingDay);
  }

  @Test
  void officeStartsOnceMembersCannotAndMaterialsStayPrivate() throws Exception {
    String meeting = LocalDate.now().plusDays(40).toString();
    String year = String.valueOf(LocalDate.now().plusDays(40).getYear());
    String start = "/engine-rest/process-definition/key/democratic-life-meeting/submit-form";

    assertThat(call("lihua", HttpMethod.POST, start, startBody(year, meeting)).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> started = call("liufang", HttpMethod.POST, start, startBody(year, meeting));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String cycleId = JSON.readTree(started.getBody()).get("id").asText();
    ResponseEntity<String> again = call("chenjing", HttpMethod.POST, start, startBody(year, meeting));
    assertThat(again.getStatusCode().value()).isEqualTo(400);
    assertThat(JSON.readTree(again.getBody()).get("message").asText()).contains("已经发起，不能重复发起");

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycleId).singleResult();
    CycleDriver cycle = new CycleDriver(engine, LocalDate.now());
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    ProcessInstance zhangminMaterial = cycle.memberMaterials(pi).stream()
        .filter(m -> "zhangmin".equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    cycle.complete(cycle.memberTask(zhangminMaterial, "Task_WriteMaterial"), Map.of("materialText", "张敏的材料：一是……"));

    String variables = "/engine-rest/process-instance/" + zhangminMaterial.getId() + "/variables";
    assertThat(call("lihua", HttpMethod.GET, variables, null).getStatusCode().value()).isEqualTo(403);
    assertThat(call("lihua", HttpMethod.GET, "/engine-rest/history/variable-instance?variableName=materialText", null)
        .getBody()).doesNotContain("张敏的材料");
    JsonNode lihuaTasks = JSON.readTree(call("lihua", HttpMethod.GET, "/engine-rest/task", null).getBody());
    assertThat(lihuaTasks).isNotEmpty().allMatch(task -> "lihua".equals(task.get("assignee").asText()));
    assertThat(call("zhaoqiang", HttpMethod.GET, variables, null).getBody()).contains("张敏的材料");
    assertThat(call("liufang", HttpMethod.GET, variables, null).getBody()).contains("张敏的材料");

    String missingTalks = "/api/cycles/" + pi.getBusinessKey() + "/missing-talks";
    ResponseEntity<String> office = call("liufang", HttpMethod.GET, missingTalks, null);
    assertThat(JSON.readTree(office.getBody()).get("missing")).hasSize(15);
    ResponseEntity<String> member = call("lihua", HttpMethod.GET, missingTalks, null);
    assertThat(member.getStatusCode().value()).isEqualTo(403);
    assertThat(JSON.readTree(member.getBody()).get("message").asText()).isEqualTo("您没有执行此操作的权限。");
    assertThat(call("wangjianguo", HttpMethod.GET, missingTalks, null).getStatusCode().value()).isEqualTo(200);
  }
}
