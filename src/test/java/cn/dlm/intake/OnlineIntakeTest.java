package cn.dlm.intake;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dlm.access.AccessModel;
import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.platform.form.InvalidSubmission;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Online opinion intake (网上征求意见) over HTTP: the office opens and closes a cycle's link; anyone with the link
 * leaves opinions without logging in; they become rows of the office's 汇总征求意见 list, stored without anything
 * that identifies the writer, and reach the members only when the office submits its list.
 */
@WebAppTest
class OnlineIntakeTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestTeam TEAM = TestTeam.numbered(781, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final String AGENT = "IdentityProbe/7.3 (phone of the writer)";
  static final String FORWARDED = "203.0.113.77";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IntakePageController page;

  final List<String> started = new ArrayList<>();
  CycleDriver driver;
  ProcessInstance cycle;
  String base;
  SessionClient office;

  @BeforeEach
  void cycleAtOpinionCollection() {
    page.limiter().forgetAll();
    TEAM.create(engine.getIdentityService(), DEMO_PASSWORD);
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike(TEAM.id() + "-%").list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "earlier test", true, true));
    LocalDate meeting = LocalDate.now().plusDays(40);
    driver = new CycleDriver(engine, LocalDate.now(), TEAM);
    cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    started.add(cycle.getId());
    driver.recordStudy(cycle);
    base = "/api/cycles/" + cycle.getBusinessKey() + "/intake";
    office = new SessionClient(port);
  }

  @AfterEach
  void removeThisTestsCycles() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
    page.limiter().forgetAll();
  }

  @Test
  void onlyTheOfficeOpensTheLinkAndItsQrCodeCarriesIt() throws Exception {
    for (String other : List.of(TEAM.secretary(), TEAM.members().get(0), CycleDriver.SUPERVISOR)) {
      assertThat(office.post(base, "", basic(other)).statusCode()).as(other).isEqualTo(403);
    }
    assertThat(office.post(base, "").statusCode()).as("without login").isEqualTo(401);
    assertThat(office.get(base + "/qr.png").statusCode()).isEqualTo(401);

    JsonNode opened = open();

    assertThat(opened.get("open").asBoolean()).isTrue();
    String link = opened.get("link").asText();
    assertThat(link).matches("http://localhost:\\d+/intake/[A-Za-z0-9_-]{43}");
    assertThat(open().get("link").asText()).as("opening again keeps the link").isEqualTo(link);
    HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + opened.get("qrCode").asText())).header(basic(CycleDriver.OFFICE)[0],
        basic(CycleDriver.OFFICE)[1]).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(decodeQr(png.body())).isEqualTo(link);
  }

  @Test
  void opinionsBecomeRowsOfTheOfficesListAndReachMembersOnlyWhenTheOfficeSubmits() throws Exception {
    String token = token(open());
    JsonNode form = JSON.readTree(anonymous("GET", "/intake/" + token + "/form", null).body());
    assertThat(form.get("teamName").asText()).isEqualTo(TEAM.name());
    assertThat(form.get("targets").findValuesAsText("value")).containsExactly("team", TEAM.secretary(),
        TEAM.members().get(0), TEAM.members().get(1));
    assertThat(form.get("areas").size()).isEqualTo(6);
    HttpResponse<String> page = anonymous("GET", "/intake/" + token, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("网上征求意见").contains("不记录您的身份").doesNotContain("href=\"/camunda");
    assertThat(page.headers().allValues("Set-Cookie")).as("no session for the writer").isEmpty();

    String member = TEAM.members().get(0);
    assertThat(submit(token, member, "工作作风", "调研不够深入。").statusCode()).isEqualTo(201);
    assertThat(submit(token, "team", "", "会议太多。").statusCode()).isEqualTo(201);

    Task task = driver.task(cycle, OnlineIntake.TASK_KEY);
    JsonNode rows = JsonValues.tree(rows(task));
    assertThat(rows.findValuesAsText("channel")).containsExactly("网上征求", "网上征求");
    assertThat(rows.findValuesAsText("text")).containsExactly("调研不够深入。", "会议太多。");
    assertThat(engine.getTaskService().getVariable(task.getId(), IntakeContract.SEEN)).isEqualTo(2L);
    assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "opinions")).as("not yet fed back").isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count())
        .isZero();

    Map<String, Object> openedBeforeTheSecond = new HashMap<>();
    openedBeforeTheSecond.put("opinions", CycleDriver.json("[" + rows.get(0) + "]"));
    openedBeforeTheSecond.put(IntakeContract.SEEN, 1L);
    assertThatThrownBy(() -> completeAsOffice(task, openedBeforeTheSecond)).isInstanceOf(InvalidSubmission.class)
        .hasMessageContaining("您打开表单后又收到 1 条网上意见");
    assertThat(driver.tasks(cycle, OnlineIntake.TASK_KEY)).as("the task stays open").hasSize(1);

    Map<String, Object> reviewed = new HashMap<>();
    reviewed.put("opinions", CycleDriver.json("""
        [{"channel":"网上征求","target":"%s","area":"工作作风","text":"调研不够深入，下基层少。"}]""".formatted(member)));
    reviewed.put(IntakeContract.SEEN, 2L);
    completeAsOffice(task, reviewed);

    JsonNode fedBack = JsonValues.tree(engine.getRuntimeService().getVariable(cycle.getId(), "opinions"));
    assertThat(fedBack.findValuesAsText("text")).as("edited, the other dropped").containsExactly("调研不够深入，下基层少。");
    HttpResponse<String> afterwards = submit(token, "team", "", "迟到的意见。");
    assertThat(afterwards.statusCode()).isEqualTo(410);
    assertThat(message(afterwards)).isEqualTo("本次网上征求意见已结束，不再接收意见。感谢您的关注。");
  }

  @Test
  void closedAndForgedLinksAreRefusedInChinese() throws Exception {
    String token = token(open());
    assertThat(submit(token, "team", "", "关闭前的意见。").statusCode()).isEqualTo(201);

    JsonNode closed = JSON.readTree(office.post(base + "/close", "", basic(CycleDriver.OFFICE)).body());

    assertThat(closed.get("open").asBoolean()).isFalse();
    assertThat(closed.get("received").asInt()).isEqualTo(1);
    for (HttpResponse<String> refused : List.of(anonymous("GET", "/intake/" + token + "/form", null),
        submit(token, "team", "", "关闭后的意见。"))) {
      assertThat(refused.statusCode()).isEqualTo(410);
      assertThat(message(refused)).isEqualTo("本次网上征求意见已结束，不再接收意见。感谢您的关注。");
    }
    String forged = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
    for (HttpResponse<String> refused : List.of(anonymous("GET", "/intake/" + forged + "/form", null),
        submit(forged, "team", "", "伪造链接的意见。"), submit("not.a.token", "team", "", "乱写的链接。"))) {
      assertThat(refused.statusCode()).isEqualTo(404);
      assertThat(refused.body()).contains("message").doesNotContain("Exception");
    }
    assertThat(message(anonymous("GET", "/intake/" + forged + "/form", null)))
        .isEqualTo("链接无效：没有找到这次征求意见。请核对链接或重新扫描二维码。");
    assertThat(office.get("/intake/" + token + "/form").statusCode()).isEqualTo(410);

    JsonNode reopened = open();
    assertThat(token(reopened)).as("reopening revives the printed link").isEqualTo(token);
    assertThat(submit(token, "team", "", "重新开启后的意见。").statusCode()).isEqualTo(201);
    Task task = driver.task(cycle, OnlineIntake.TASK_KEY);
    assertThat(rows(task).findValuesAsText("text")).containsExactly("关闭前的意见。", "重新开启后的意见。");
  }

  @Test
  void markupOverlongTextStrangersAndFloodsGetClearRefusals() throws Exception {
    String token = token(open());
    Task task = driver.task(cycle, OnlineIntake.TASK_KEY);

    HttpResponse<String> html = submit(token, "team", "", "好<script>alert(1)</script>");
    assertThat(html.statusCode()).isEqualTo(400);
    assertThat(message(html)).isEqualTo("意见内容中不能含有网页代码（如 <script>、<a> 等标签），请只填写文字。");
    HttpResponse<String> huge = submit(token, "team", "", "意".repeat(100 * 1024));
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(message(huge)).isEqualTo("提交的内容过大：意见内容最多 2000 字，请精简后再提交。");
    HttpResponse<String> long2001 = submit(token, "team", "", "长".repeat(2001));
    assertThat(message(long2001)).isEqualTo("意见内容最多 2000 字，当前 2001 字，请精简后再提交。");
    HttpResponse<String> stranger = submit(token, "someone-else", "", "给外人的意见。");
    assertThat(message(stranger)).isEqualTo("请选择意见对象：班子整体或班子中的一位成员。");
    assertThat(message(submit(token, "team", "不存在的方面", "意见。"))).isEqualTo("请从列出的检视方面中选择，或不选。");
    assertThat(message(submit(token, "team", "", "   "))).isEqualTo("请填写意见内容。");
    assertThat(message(anonymous("POST", "/intake/" + token + "/opinions", "not json"))).isEqualTo(
        "提交的内容格式不正确，请在页面上填写后提交。");
    assertThat(engine.getTaskService().getVariable(task.getId(), IntakeContract.SEEN)).as("nothing taken").isEqualTo(0L);

    page.limiter().forgetAll();
    int accepted = 0;
    int refused = 0;
    String refusal = null;
    for (int i = 1; i <= 200; i++) {
      HttpResponse<String> response = submit(token, "team", "", "第 " + i + " 条意见。");
      if (response.statusCode() == 201) {
        accepted++;
      } else {
        assertThat(response.statusCode()).isEqualTo(429);
        refusal = message(response);
        refused++;
      }
    }
    assertThat(accepted).isEqualTo(20);
    assertThat(refused).isEqualTo(180);
    assertThat(refusal).isEqualTo("提交过于频繁，请过一段时间再提交。感谢您的参与。");
    assertThat(JsonValues.tree(rows(task)).size())
        .isEqualTo(20);
  }

  @Test
  void nothingStoredIdentifiesTheWriter() throws Exception {
    String token = token(open());
    long operationsBefore = engine.getHistoryService().createUserOperationLogQuery().processInstanceId(cycle.getId())
        .count();

    assertThat(submit(token, TEAM.members().get(1), "廉洁自律", "请注意公车私用问题。").statusCode()).isEqualTo(201);

    Task task = driver.task(cycle, OnlineIntake.TASK_KEY);
    JsonNode row = JsonValues.tree(rows(task)).get(0);
    List<String> fields = new ArrayList<>();
    row.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("channel", "target", "area", "text");
    List<String> stored = new ArrayList<>();
    engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(cycle.getId()).list()
        .forEach(variable -> stored.add(variable.getName() + "=" + variable.getValue()));
    for (HistoricDetail detail : engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(cycle.getId()).list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        stored.add(update.getVariableName() + "=" + update.getValue());
      }
    }
    assertThat(stored).anySatisfy(value -> assertThat(value).contains("请注意公车私用问题。"));
    assertThat(String.join("\n", stored)).doesNotContain("IdentityProbe").doesNotContain(FORWARDED)
        .doesNotContain("127.0.0.1").doesNotContain("localhost:" + port + "/intake/" + token + "/opinions");
    assertThat(engine.getHistoryService().createUserOperationLogQuery().processInstanceId(cycle.getId()).count())
        .as("no operation logged for the writer").isEqualTo(operationsBefore);
  }

  @Test
  void theIntakeIsOpenWithoutLoginButNothingElseBecomesSo() {
    String token = token(open());
    assertThat(anonymous("GET", "/intake/" + token, null).statusCode()).isEqualTo(200);
    assertThat(anonymous("GET", "/intake/" + token + "/form", null).statusCode()).isEqualTo(200);
    assertThat(anonymous("GET", "/intake/assets/intake.js", null).statusCode()).isEqualTo(200);

    SessionClient stranger = new SessionClient(port);
    for (String path : List.of(base, base + "/qr.png", "/api/me", "/api/teams", "/api/board",
        "/engine-rest/task", "/engine-rest/process-instance")) {
      assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(stranger.post(base, "").statusCode()).isEqualTo(401);
    assertThat(stranger.post(base + "/close", "").statusCode()).isEqualTo(401);
    assertThat(stranger.get("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 403);
    assertThat(stranger.get("/intake/" + token + "/../../api/me").statusCode()).isNotEqualTo(200);
  }

  private JsonNode open() {
    HttpResponse<String> response = office.post(base, "", basic(CycleDriver.OFFICE));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode rows(Task task) {
    return JsonValues.tree(engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "opinions"));
  }

  private static String token(JsonNode status) {
    String link = status.get("link").asText();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private HttpResponse<String> submit(String token, String target, String area, String text) throws Exception {
    Map<String, String> opinion = Map.of("target", target, "area", area, "text", text);
    return anonymous("POST", "/intake/" + token + "/opinions", JSON.writeValueAsString(opinion));
  }

  /** A request as a phone sends it: no credentials, a browser's user agent, behind some proxy. */
  private HttpResponse<String> anonymous(String method, String path, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("User-Agent", AGENT).header("X-Forwarded-For", FORWARDED).header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String message(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).path("message").asText();
  }

  private void completeAsOffice(Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(CycleDriver.OFFICE, List.of(AccessModel.OFFICE_GROUP));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static String decodeQr(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
  }
}
