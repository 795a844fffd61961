package cn.dlm.directory;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.platform.people.PeopleDirectory;
import cn.dlm.support.SessionClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The ldap profile against a directory of a few hundred people: they log in with the directory's password, their
 * groups are the directory's, a cycle starts for a team of the directory, names read as 刘芳, and the roster import
 * writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=diradmin"})
@ActiveProfiles({"ldap", "test"})
class DirectoryTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestDirectory DIRECTORY = TestDirectory.start();
  static final TestTeam TEAM = new TestTeam(TestDirectory.TEAM, TestDirectory.TEAM_NAME, TestDirectory.SECRETARY,
      TestDirectory.MEMBERS, "liufang", "zhaoqiang");

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired PeopleDirectory people;

  @DynamicPropertySource
  static void directory(DynamicPropertyRegistry registry) {
    registry.add("dlm.ldap.server-url", DIRECTORY::url);
    registry.add("dlm.ldap.base-dn", () -> TestDirectory.BASE);
    registry.add("dlm.ldap.manager-dn", () -> TestDirectory.MANAGER);
    registry.add("dlm.ldap.manager-password", () -> TestDirectory.MANAGER_PASSWORD);
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.close();
  }

  @Test
  void peopleLogInWithTheDirectorysPasswordAndHaveItsGroups() throws Exception {
    assertThat(DIRECTORY.people()).isGreaterThanOrEqualTo(300);
    SessionClient browser = new SessionClient(port);

    HttpResponse<String> me = browser.get("/api/me", SessionClient.basic("liufang", TestDirectory.PASSWORD));

    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    JsonNode caller = JSON.readTree(me.body());
    assertThat(caller.get("name").asText()).isEqualTo("刘芳");
    assertThat(caller.get("groups").findValuesAsText("id")).containsExactly("organizing-office");
    assertThat(browser.get("/api/me", SessionClient.basic("liufang", "Wrong#2026pass")).statusCode()).isEqualTo(401);

    SessionClient member = new SessionClient(port);
    assertThat(member.webappLogin("tasklist", "p0305", TestDirectory.PASSWORD).statusCode()).isEqualTo(200);
    JsonNode session = JSON.readTree(member.get("/api/me").body());
    assertThat(session.get("groups").findValuesAsText("id")).containsExactly("dir-team-3");
    assertThat(session.get("groups").findValuesAsText("type")).containsExactly("leadership-team");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("dir-team-30").list())
        .hasSize(TestDirectory.TEAM_SIZE);
    assertThat(engine.getIdentityService().createGroupQuery().groupType("leadership-team").list())
        .extracting(Group::getId).contains(TestDirectory.TEAM, "dir-team-1", "dir-team-30")
        .hasSize(TestDirectory.OTHER_TEAMS + 1);
  }

  @Test
  void theRosterImportReportsDifferencesAndWritesNothing() {
    byte[] roster = ("姓名,登录名,邮箱,手机,班子,职务\n刘芳,liufang,liufang@county.example.cn,,,组织办\n"
        + "孙新,sunxin,sunxin@county.example.cn,,dir-fgj,班子成员\n").getBytes(StandardCharsets.UTF_8);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(roster) {
      @Override
      public String getFilename() {
        return "people.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    ResponseEntity<JsonNode> applied = http.withBasicAuth("liufang", TestDirectory.PASSWORD)
        .postForEntity("/api/roster?dryRun=false", new HttpEntity<>(parts, headers), JsonNode.class);

    assertThat(applied.getStatusCode().value()).as(String.valueOf(applied.getBody())).isEqualTo(409);
    assertThat(applied.getBody().get("message").asText()).startsWith("人员和班子由单位目录（LDAP）提供");
    assertThat(applied.getBody().get("differences").get("toCreate").toString()).contains("sunxin");
    assertThat(engine.getIdentityService().createUserQuery().userId("sunxin").count()).isZero();
  }

  @Test
  void aCycleStartsForADirectoryTeamWithNamesInChineseOrder() {
    LocalDate meeting = LocalDate.now().plusDays(40);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(), TEAM);
    ProcessInstance cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    try {
      driver.recordStudy(cycle);
      driver.collectOpinions(cycle);

      List<Task> acknowledgements = driver.tasks(cycle, "Task_AcknowledgeOpinions");
      assertThat(acknowledgements).extracting(Task::getAssignee)
          .containsExactlyInAnyOrderElementsOf(TEAM.participants());
      assertThat(people.displayName(TestDirectory.SECRETARY)).isEqualTo("高建华");
      JsonNode targets = JsonValues.tree(engine.getRuntimeService().getVariable(cycle.getId(), "targetOptions"));
      assertThat(targets.findValuesAsText("label")).contains("高建华（书记）", "李明", "王芳");
      assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "teamName")).isEqualTo(TestDirectory.TEAM_NAME);
    } finally {
      engine.getRuntimeService().deleteProcessInstancesIfExists(List.of(cycle.getId()), "test done", true, true,
          false);
    }
  }
}
