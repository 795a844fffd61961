package cn.dlm.season;

import static cn.dlm.support.SessionClient.DEMO_PASSWORD;
import static cn.dlm.support.SessionClient.basic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import cn.dlm.support.SessionClient;
import cn.dlm.support.WebAppTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/board: a running cycle with an overdue step and a withdrawn one; members cannot read it. */
@WebAppTest
class BoardTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final TestTeam RUNNING = TestTeam.numbered(751, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam WITHDRAWN = TestTeam.numbered(752, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  final List<String> started = new ArrayList<>();

  @AfterEach
  void removeThisTestsCycles() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
  }

  @Test
  void theBoardShowsPhaseOverdueStepsAndWithdrawnCyclesToTheOfficeAndSupervisorsOnly() throws Exception {
    LocalDate meeting = LocalDate.now().plusDays(40);
    int year = meeting.getYear();
    ProcessInstance running = start(RUNNING, meeting);
    ProcessInstance withdrawn = start(WITHDRAWN, meeting);
    Task study = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult();
    engine.getTaskService().setDueDate(study.getId(),
        Date.from(LocalDate.now().minusDays(3).atTime(18, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    SessionClient browser = new SessionClient(port);
    assertThat(browser.post("/api/cycles/" + withdrawn.getBusinessKey() + "/withdraw", "{\"reason\":\"重复录入\"}",
        basic(CycleDriver.OFFICE)).statusCode()).isEqualTo(200);

    HttpResponse<String> answer = browser.get("/api/board?year=" + year, basic(CycleDriver.OFFICE));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode runningRow = row(answer, running.getBusinessKey());
    assertThat(runningRow.get("status").asText()).isEqualTo("running");
    assertThat(runningRow.get("teamName").asText()).isEqualTo("第751班子");
    assertThat(runningRow.get("phase").asText()).isEqualTo("方案与会前学习");
    assertThat(runningRow.get("meetingDate").asText()).isEqualTo(meeting.toString());
    assertThat(runningRow.get("openTasks").asInt()).isEqualTo(1);
    assertThat(runningRow.get("overdueTasks").asInt()).isEqualTo(1);
    assertThat(runningRow.at("/oldestOverdue/task").asText()).isEqualTo("记录会前集中学习");
    assertThat(runningRow.at("/oldestOverdue/owner").asText()).isEqualTo("组织办");
    JsonNode withdrawnRow = row(answer, withdrawn.getBusinessKey());
    assertThat(withdrawnRow.get("status").asText()).isEqualTo("withdrawn");
    assertThat(withdrawnRow.get("openTasks").asInt()).isZero();
    assertThat(withdrawnRow.at("/withdrawal/reason").asText()).isEqualTo("重复录入");

    List<String> sheet = workbookRows(year);
    assertThat(sheet.get(0)).startsWith("班子|业务键|状态|阶段|会议日期|待办|逾期|最早逾期环节|责任人");
    assertThat(sheet).contains("第751班子|" + running.getBusinessKey() + "|进行中|方案与会前学习|" + meeting
        + "|1|1|记录会前集中学习|组织办|0|0|0|0|");
    assertThat(sheet).anySatisfy(line -> assertThat(line).startsWith("第752班子|").contains("|已撤销|").endsWith("|重复录入"));

    assertThat(browser.get("/api/board?year=" + year, basic(CycleDriver.SUPERVISOR)).statusCode()).isEqualTo(200);
    for (String member : List.of(RUNNING.secretary(), RUNNING.members().get(0))) {
      assertThat(browser.get("/api/board?year=" + year, basic(member)).statusCode()).as(member).isEqualTo(403);
    }
  }

  /** The board's spreadsheet as the office downloads it, each row's cells joined by "|". */
  private List<String> workbookRows(int year) throws Exception {
    HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/board.xlsx?year=" + year))
        .header(basic(CycleDriver.OFFICE)[0], basic(CycleDriver.OFFICE)[1]).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
    List<String> lines = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      for (Row row : workbook.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          cells.add(format.formatCellValue(row.getCell(i)));
        }
        lines.add(String.join("|", cells));
      }
    }
    return lines;
  }

  private ProcessInstance start(TestTeam team, LocalDate meeting) {
    team.create(engine.getIdentityService(), DEMO_PASSWORD);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(), team);
    ProcessInstance cycle = driver.start(driver.startForm(meeting.getYear(), meeting));
    started.add(cycle.getId());
    return cycle;
  }

  private static JsonNode row(HttpResponse<String> answer, String businessKey) throws Exception {
    for (JsonNode row : JSON.readTree(answer.body())) {
      if (row.get("businessKey").asText().equals(businessKey)) {
        return row;
      }
    }
    throw new AssertionError("no row " + businessKey + " in " + answer.body());
  }
}
