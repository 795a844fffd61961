package cn.dlm.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.support.SessionClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The daily sweep on Monday 2 November 2026, 09:00 in Shanghai, posting into work groups through robots on a local
 * server: 某县人民政府党组 has a WeCom robot, a second team a signed DingTalk robot, a third team none, the office a
 * WeCom robot for escalations. Robots are set through the office's endpoint. Jobs are driven by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"dlm.robot.allow-http=true", "dlm.mail.notice-window=PT0S", "dlm.base-url=https://dlm.example.cn",
        "DLM_TEST_ROBOT_SECRET=SECenv0123456789abcdef0123456789abcdef0123456789abcdef0123456789"})
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class GroupRobotTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ObjectMapper JSON = new ObjectMapper();
  static final String GOV_TEAM = "county-gov-party-group";
  static final String DING_TEAM = "robot-test-ding-team";
  static final String QUIET_TEAM = "robot-test-quiet-team";
  static final String OFFICE = "organizing-office";
  static final String WECOM_KEY = "wecom-key-0123456789abcdef";
  static final String OFFICE_KEY = "office-key-0123456789ab7788";
  static final String DING_TOKEN = "ding-token-0123456789abcdef";
  static final String DING_SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd";
  static final List<String> PROCESSES = List.of("reminder-test-assigned", "mail-delivery", "reminder-sweep",
      "new-work-notice", "new-work-dispatch", RobotContract.PROCESS_KEY);

  static final RobotServer SERVER = RobotServer.start();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RobotStore store;
  @Autowired DataSource dataSource;

  @AfterAll
  static void stopServer() {
    SERVER.close();
  }

  @BeforeEach
  void teamsAndTestProcess() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("reminder-test-assigned").count() == 0) {
      repositoryService.createDeployment().name("reminder-tests")
          .addClasspathResource("reminder/reminder-test-tasks.bpmn").deploy();
    }
    team(DING_TEAM, "某县财政局党组");
    team(QUIET_TEAM, "某县教育局党组");
    SERVER.forget();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (String key : PROCESSES) {
      List<String> ids = runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
          .map(ProcessInstance::getId).toList();
      if (!ids.isEmpty()) {
        runtimeService.deleteProcessInstances(ids, "test cleanup", true, true);
      }
    }
    store.all().forEach(robot -> store.delete(robot.groupId()));
  }

  @Test
  void eachTeamsOverdueDigestGoesToItsGroupAndTheEscalationToTheOfficesInEachProductsFormat() throws Exception {
    setRobot(GOV_TEAM, Map.of("kind", "企业微信", "webhook", SERVER.base() + "/cgi-bin/webhook/send?key=" + WECOM_KEY));
    setRobot(DING_TEAM, Map.of("kind", "钉钉", "webhook", SERVER.base() + "/robot/send?access_token=" + DING_TOKEN,
        "secret", DING_SECRET));
    setRobot(OFFICE, Map.of("kind", "wecom", "webhook", SERVER.base() + "/cgi-bin/webhook/send?key=" + OFFICE_KEY));
    setClock(at(2026, 10, 20, 10, 0));
    Task lihuas = task("lihua", GOV_TEAM, "某县人民政府党组", "撰写个人对照检查材料", at(2026, 10, 30, 18, 0));
    Task longOverdue = task("zhangmin", GOV_TEAM, "某县人民政府党组", "认领反馈意见", at(2026, 10, 26, 18, 0));
    task("zhangmin", GOV_TEAM, "某县人民政府党组", "准备会议发言提纲", at(2026, 11, 20, 18, 0));
    Task dings = task("sunlei", DING_TEAM, "某县财政局党组", "记录谈心谈话*[链接](http://evil)", at(2026, 10, 29, 18, 0));
    task("zhouyan", QUIET_TEAM, "某县教育局党组", "报送会议方案", at(2026, 10, 29, 18, 0));
    setClock(at(2026, 11, 2, 9, 0));

    runSweep();
    assertThat(SERVER.received()).as("posts go out only from their own jobs, after the sweep commits").isEmpty();
    assertThat(postJobs()).hasSize(3);
    long before = System.currentTimeMillis();
    postJobs().forEach(job -> managementService.executeJob(job.getId()));

    List<RobotServer.Received> posts = SERVER.received();
    assertThat(posts).hasSize(3);
    RobotServer.Received gov = only(posts, WECOM_KEY);
    assertThat(gov.path()).isEqualTo(RobotServer.WECOM_PATH);
    assertThat(gov.contentType()).startsWith("application/json");
    assertThat(gov.body().get("msgtype").asText()).isEqualTo("markdown");
    assertThat(fieldNames(gov.body().get("markdown"))).containsExactly("content");
    String govText = gov.body().get("markdown").get("content").asText();
    assertThat(govText).startsWith("### 【催办】某县人民政府党组有2项待办已逾期")
        .contains("**撰写个人对照检查材料**，负责人：李华，截止：2026年10月30日 18:00，已逾期3天",
            "[去办理](https://dlm.example.cn/camunda/app/tasklist/default/#/?task=" + lihuas.getId() + ")",
            "**认领反馈意见**，负责人：张敏", "已逾期7天", "?task=" + longOverdue.getId())
        .doesNotContain("准备会议发言提纲", "某县财政局党组");

    RobotServer.Received ding = only(posts, DING_TOKEN);
    assertThat(ding.path()).isEqualTo(RobotServer.DINGTALK_PATH);
    assertThat(ding.body().get("msgtype").asText()).isEqualTo("markdown");
    assertThat(fieldNames(ding.body().get("markdown"))).containsExactly("title", "text");
    assertThat(ding.body().get("markdown").get("title").asText()).isEqualTo("【催办】某县财政局党组有1项待办已逾期");
    assertThat(ding.body().get("markdown").get("text").asText())
        .contains("孙磊", "已逾期4天", "?task=" + dings.getId(), "记录谈心谈话＊［链接］（http://evil）")
        .doesNotContain("[链接](http://evil)");
    long timestamp = Long.parseLong(ding.query().get("timestamp"));
    assertThat(timestamp).isBetween(before - 1000, System.currentTimeMillis() + 1000);
    assertThat(ding.query().get("sign")).isEqualTo(expectedDingTalkSign(timestamp, DING_SECRET));

    RobotServer.Received office = only(posts, OFFICE_KEY);
    String officeText = office.body().get("markdown").get("content").asText();
    assertThat(officeText).startsWith("### 【督办】1项待办逾期未办，请督促办理")
        .contains("某县人民政府党组：**认领反馈意见**，负责人：张敏", "已逾期7天")
        .doesNotContain("撰写个人对照检查材料");

    assertThat(historyService.createHistoricVariableInstanceQuery().variableName(RobotContract.OUTCOME).list())
        .extracting(variable -> variable.getValue()).containsOnly("已推送：企业微信群", "已推送：钉钉群");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RobotContract.PROCESS_KEY).count())
        .isZero();

    runSweep();
    assertThat(postJobs()).as("a second sweep of the same day posts nothing again").isEmpty();
  }

  @Test
  void anUnreachableRobotBecomesAnIncidentWithoutItsSecretAndRecoversOnRetry(CapturedOutput output) throws Exception {
    int port = freePort();
    setRobot(DING_TEAM, Map.of("kind", "钉钉", "webhook", "http://127.0.0.1:" + port + "/robot/send?access_token="
        + DING_TOKEN, "secret", DING_SECRET));
    setClock(at(2026, 10, 20, 10, 0));
    task("sunlei", DING_TEAM, "某县财政局党组", "记录谈心谈话", at(2026, 10, 29, 18, 0));
    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    Job post = postJobs().get(0);

    for (int attempt = 0; attempt < 10 && job(post).getRetries() > 0; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(post.getId())).isInstanceOf(RobotPostFailed.class);
    }

    assertThat(job(post).getRetries()).isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(post.getProcessInstanceId())
        .singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentMessage())
        .startsWith("向某县财政局党组的钉钉群机器人（http://127.0.0.1:" + port + "/robot/send?access_token=****cdef）推送消息失败")
        .contains("无法连接");
    List<HistoricJobLog> failures = historyService.createHistoricJobLogQuery().jobId(post.getId()).failureLog().list();
    assertThat(failures).hasSize(5);
    assertNoSecretAnywhere(output, post.getId(), failures);

    try (RobotServer revived = RobotServer.on(port)) {
      managementService.setJobRetries(post.getId(), 1);
      managementService.executeJob(post.getId());

      assertThat(revived.received()).hasSize(1);
      RobotServer.Received received = revived.received().get(0);
      assertThat(received.query().get("access_token")).isEqualTo(DING_TOKEN);
      assertThat(received.query().get("sign"))
          .isEqualTo(expectedDingTalkSign(Long.parseLong(received.query().get("timestamp")), DING_SECRET));
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(post.getProcessInstanceId()).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(post.getProcessInstanceId()).count())
        .isZero();
  }

  @Test
  void aRobotThatAnswersWithAnErrorCodeFailsAndASecretFromTheEnvironmentSigns() throws Exception {
    setRobot(DING_TEAM, Map.of("kind", "钉钉", "webhook", SERVER.base() + "/robot/send?access_token=" + DING_TOKEN,
        "secret", "env:DLM_TEST_ROBOT_SECRET"));
    setClock(at(2026, 10, 20, 10, 0));
    task("sunlei", DING_TEAM, "某县财政局党组", "记录谈心谈话", at(2026, 10, 29, 18, 0));
    setClock(at(2026, 11, 2, 9, 0));
    runSweep();
    Job post = postJobs().get(0);
    SERVER.answer("{\"errcode\":310000,\"errmsg\":\"sign not match, token " + DING_TOKEN + "\"}");
    try {
      assertThatThrownBy(() -> managementService.executeJob(post.getId()))
          .hasMessageContaining("机器人答复错误 310000：sign not match")
          .hasMessageNotContaining(DING_TOKEN);
    } finally {
      SERVER.answer("{\"errcode\":0,\"errmsg\":\"ok\"}");
    }
    managementService.executeJob(post.getId());

    List<RobotServer.Received> posts = SERVER.received().stream()
        .filter(received -> DING_TOKEN.equals(received.query().get("access_token"))).toList();
    RobotServer.Received signed = posts.get(posts.size() - 1);
    assertThat(signed.query().get("sign")).isEqualTo(expectedDingTalkSign(Long.parseLong(signed.query().get("timestamp")),
        "SECenv0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
  }

  @Test
  void theOfficeSetsRobotsThatOnlyShowMaskedAndOthersCannot() throws Exception {
    SessionClient office = new SessionClient(port);
    HttpResponse<String> set = office.put("/api/robots/" + DING_TEAM, JSON.writeValueAsString(Map.of("kind", "钉钉",
        "webhook", SERVER.base() + "/robot/send?access_token=" + DING_TOKEN, "secret", DING_SECRET)),
        SessionClient.basic("liufang"));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("access_token=****cdef", "已设置", "某县财政局党组", "刘芳")
        .doesNotContain(DING_TOKEN, DING_SECRET);

    HttpResponse<String> list = office.get("/api/robots", SessionClient.basic("liufang"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(DING_TEAM, "****cdef").doesNotContain(DING_TOKEN, DING_SECRET);

    HttpResponse<String> keepsSecret = office.put("/api/robots/" + DING_TEAM, JSON.writeValueAsString(Map.of(
        "kind", "钉钉", "webhook", SERVER.base() + "/robot/send?access_token=" + DING_TOKEN)),
        SessionClient.basic("liufang"));
    assertThat(keepsSecret.statusCode()).isEqualTo(200);
    assertThat(store.find(DING_TEAM).orElseThrow().secret()).isEqualTo(DING_SECRET);

    assertRefused(office.put("/api/robots/" + DING_TEAM, "{\"kind\":\"飞书\",\"webhook\":\"https://x.example.cn/?key=1\"}",
        SessionClient.basic("liufang")), 400, "群机器人类型应为“企业微信”或“钉钉”");
    assertRefused(office.put("/api/robots/" + DING_TEAM, "{\"kind\":\"钉钉\",\"webhook\":\"ftp://x.example.cn/robot\"}",
        SessionClient.basic("liufang")), 400, "群机器人地址须以 https:// 开头");
    assertRefused(office.put("/api/robots/" + DING_TEAM, "{\"kind\":\"钉钉\",\"webhook\":\"https://oapi.dingtalk.com/robot/send\"}",
        SessionClient.basic("liufang")), 400, "应含参数 access_token=");
    assertRefused(office.put("/api/robots/" + DING_TEAM, "{\"kind\":\"钉钉\",\"webhook\":\"https://oapi.dingtalk.com/robot/send?access_token=abc\",\"secret\":\"abc\"}",
        SessionClient.basic("liufang")), 400, "钉钉加签密钥以 SEC 开头");
    assertRefused(office.put("/api/robots/no-such-team", "{\"kind\":\"钉钉\",\"webhook\":\"https://oapi.dingtalk.com/robot/send?access_token=abc\"}",
        SessionClient.basic("liufang")), 404, "未找到领导班子或组织办");
    assertRefused(office.put("/api/robots/supervisors", "{\"kind\":\"钉钉\",\"webhook\":\"https://oapi.dingtalk.com/robot/send?access_token=abc\"}",
        SessionClient.basic("liufang")), 404, "未找到领导班子或组织办");

    SessionClient member = new SessionClient(port);
    assertThat(member.get("/api/robots", SessionClient.basic("wangjianguo")).statusCode()).isEqualTo(403);
    assertThat(member.put("/api/robots/" + GOV_TEAM, "{\"kind\":\"钉钉\",\"webhook\":\"https://oapi.dingtalk.com/robot/send?access_token=abc\"}",
        SessionClient.basic("wangjianguo")).statusCode()).isEqualTo(403);
    assertThat(member.delete("/api/robots/" + DING_TEAM, SessionClient.basic("zhaoqiang")).statusCode()).isEqualTo(403);
    assertThat(store.find(DING_TEAM)).isPresent();

    assertThat(office.delete("/api/robots/" + DING_TEAM, SessionClient.basic("liufang")).statusCode()).isEqualTo(200);
    assertThat(store.find(DING_TEAM)).isEmpty();
  }

  @Test
  void onlyHttpsUnlessAllowedAndMaskedEvenWhenShort() {
    assertThat(Webhooks.problem("http://oapi.dingtalk.com/robot/send?access_token=abc", RobotKind.DINGTALK, false))
        .isEqualTo("群机器人地址须使用 https://（未加密的 http 地址不予接受）。");
    assertThat(Webhooks.problem("https://oapi.dingtalk.com/robot/send?access_token=abc", RobotKind.DINGTALK, false))
        .isNull();
    assertThat(Webhooks.problem("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc", RobotKind.WECOM, false))
        .isNull();
    assertThat(Webhooks.problem("env:DLM_ROBOT_WEBHOOK_XW", RobotKind.WECOM, false)).isNull();
    assertThat(Webhooks.mask("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=short", RobotKind.WECOM))
        .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****");
    assertThat(Webhooks.secretProblem(DING_SECRET, RobotKind.WECOM)).contains("只有钉钉群机器人需要加签密钥");
  }

  private void assertNoSecretAnywhere(CapturedOutput output, String jobId, List<HistoricJobLog> failures)
      throws SQLException {
    List<String> secrets = List.of(DING_TOKEN, DING_SECRET);
    List<String> texts = new ArrayList<>();
    texts.add(output.getAll());
    texts.add(managementService.getJobExceptionStacktrace(jobId));
    failures.forEach(failure -> texts.add(failure.getJobExceptionMessage()
        + historyService.getHistoricJobLogExceptionStacktrace(failure.getId())));
    assertThat(output.getAll()).as("the failures were logged").contains("推送消息失败");
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).doesNotContain(secret);
      }
    }
    assertThat(cellsContaining(secrets)).as("database cells outside " + RobotStore.TABLE + " holding a secret")
        .isEmpty();
  }

  /** Every cell of every table but the robots' own, text and bytes, that contains one of the secrets. */
  private List<String> cellsContaining(List<String> secrets) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
          + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      assertThat(tables).contains("ACT_RU_JOB", "ACT_HI_JOB_LOG", "ACT_GE_BYTEARRAY", "ACT_RU_INCIDENT",
          "ACT_HI_VARINST", RobotStore.TABLE);
      for (String table : tables) {
        if (table.equals(RobotStore.TABLE)) {
          continue;
        }
        try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
              String text = text(rows.getObject(column));
              for (String secret : secrets) {
                if (text != null && (text.contains(secret) || text.contains(HexFormat.of().formatHex(
                    secret.getBytes(StandardCharsets.UTF_8))))) {
                  found.add(table + "." + rows.getMetaData().getColumnName(column));
                }
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static String text(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value == null ? null : value.toString();
  }

  /** DingTalk's signature, computed here the way its documentation states it. */
  private static String expectedDingTalkSign(long timestamp, String secret) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.Base64.getEncoder().encodeToString(
        mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertRefused(HttpResponse<String> response, int status, String message) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains(message);
  }

  private void setRobot(String groupId, Map<String, String> robot) throws IOException {
    HttpResponse<String> response = new SessionClient(port).put("/api/robots/" + groupId,
        JSON.writeValueAsString(robot), SessionClient.basic("liufang"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private void team(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("leadership-team");
      identityService.saveGroup(group);
    }
  }

  private Task task(String assignee, String teamId, String teamName, String title, ZonedDateTime due) {
    Map<String, Object> variables = Variables.createVariables().putValue("assignee", assignee)
        .putValue("title", title).putValue("due", Date.from(due.toInstant())).putValue("description", "请按要求办理。")
        .putValue("teamId", teamId).putValue("teamName", teamName).putValue("year", 2026)
        .putValue("theme", "2026年度民主生活会").putValue("secretary", "wangjianguo");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("reminder-test-assigned", variables);
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void runSweep() {
    Job timer = managementService.createJobQuery().processDefinitionKey("reminder-sweep").timers().singleResult();
    managementService.executeJob(timer.getId());
    Job sweep = managementService.createJobQuery().processDefinitionKey("reminder-sweep").messages().singleResult();
    managementService.executeJob(sweep.getId());
  }

  private List<Job> postJobs() {
    return managementService.createJobQuery().processDefinitionKey(RobotContract.PROCESS_KEY).list();
  }

  private Job job(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }

  private static RobotServer.Received only(List<RobotServer.Received> posts, String key) {
    List<RobotServer.Received> matching = posts.stream()
        .filter(post -> key.equals(post.query().get("key")) || key.equals(post.query().get("access_token"))).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void setClock(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
