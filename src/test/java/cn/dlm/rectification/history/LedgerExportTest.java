package cn.dlm.rectification.history;

import static cn.dlm.rectification.process.RectificationScenario.candidate;
import static cn.dlm.rectification.process.RectificationScenario.row;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.demo.DemoData;
import cn.dlm.platform.form.JsonValues;
import cn.dlm.rectification.process.RectificationScenario;
import cn.dlm.support.SessionClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The exports as the office and the supervisors download them: opened with POI and read back;
 * members are refused. Also the plan task's refusal as Tasklist receives it over REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportTest {

  private static final String PASSWORD = "Dlm#2026pass";
  /** Teams of their own, so that cycles other tests start in this context never mix in. */
  private static final String TEAM = "county-ledger-export-team";
  private static final String OTHER_TEAM = "county-ledger-export-other";
  private static final String LEDGER = "/api/cycles/" + TEAM + "-2026/ledger.xlsx";
  private static final String REPORT = "/api/cycles/" + TEAM + "-2026/meeting-report.docx";
  /** The demo team's real cycle, driven through its tasks. */
  private static final int REAL_YEAR = 2032;
  private static final LocalDate REAL_TODAY = LocalDate.of(REAL_YEAR, 11, 4);
  private static final LocalDate REAL_MEETING = LocalDate.of(REAL_YEAR, 12, 17);
  private static final String REAL_REPORT = "/api/cycles/" + DemoData.TEAM_ID + "-" + REAL_YEAR + "/meeting-report.docx";
  private static final String SUPERVISOR_COMMENTS = "会议准备充分，查摆问题具体，批评开诚布公。\n建议班子以整改实效取信于民。";
  private static final String SECRETARY_SUMMARY =
      "一、认真梳理会上查摆的问题，形成整改方案。\n\n二、班子成员对照批评意见逐条认领，抓好整改。\n";
  private static final String LONG_MEASURE = "每季度围绕群众反映强烈的突出问题开展一次专题调研，形成调研报告并提交班子会议研究，"
      + "明确责任单位和完成时限，跟踪督办直至问题解决。";
  private static final String CARRY_OVER_REASON = "会议制度修订须待上级新规出台后统一修订，结转下年度继续推进。";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  RectificationScenario scenario;
  ProcessInstance realCycle;

  @BeforeAll
  void cycles() {
    scenario = new RectificationScenario(engine);
    realCycle = meetingHeldAndPlanAdopted();
    RectificationScenario.setToday(LocalDateTime.of(2027, 4, 2, 10, 0));
    ProcessInstance cycle = scenario.start(TEAM, 2026, List.of(
        candidate("team-material", "班子对照检查材料", "team", "理论学习", "理论学习不够系统深入")));
    scenario.submitPlan(cycle, List.of(
        row("理论学习不够系统深入", "制定班子年度学习计划", "wangjianguo", "2027-03-31", "限期整改"),
        row("调查研究不够深入", LONG_MEASURE, "lihua", "2027-06-30", "长期坚持"),
        row("会风会纪不严", "修订会议制度", "zhangmin", "2027-01-15", "立行立改")));
    scenario.report(cycle, "2026-001", "submit", "学习计划已印发执行。");
    scenario.verify(cycle, "2026-001", "close", "同意销号。");
    scenario.report(cycle, "2026-002", "progress", "已开展第一季度调研。");
    scenario.report(cycle, "2026-003", "submit", "会议制度修订稿已起草。");
    scenario.verify(cycle, "2026-003", "carryOver", CARRY_OVER_REASON);

    ProcessInstance other = scenario.start(OTHER_TEAM, 2025, List.of());
    scenario.submitPlan(other, List.of(row("联系群众不够紧密", "建立基层联系点", "sunlei", "2026-06-30", "限期整改")));
  }

  /**
   * The demo team's cycle driven through its tasks as Tasklist submits them, up to the rectification
   * plan: opinions collected, the meeting recorded with one member absent, the plan adopted.
   */
  private ProcessInstance meetingHeldAndPlanAdopted() {
    RectificationScenario.setToday(REAL_TODAY.atTime(10, 0));
    CycleDriver driver = new CycleDriver(engine, REAL_TODAY);
    ProcessInstance cycle = driver.start(driver.startForm(REAL_YEAR, REAL_MEETING));
    driver.recordStudy(cycle);
    driver.complete(driver.task(cycle, "Task_CollectOpinions"), Map.of("opinions", CycleDriver.json("""
        [{"channel":"座谈会","target":"team","area":"工作作风","text":"调查研究不够深入。"},
         {"channel":"征求意见表","target":"zhangmin","area":"担当作为","text":"攻坚克难的劲头不足。"},
         {"channel":"座谈会","target":"zhangmin","area":"工作作风","text":"下基层次数偏少。"},
         {"channel":"个别走访","target":"wangjianguo","text":"听取意见的范围还不够广。"},
         {"channel":"座谈会","target":"team","area":"理论学习","text":"学习与工作结合不紧。"}]""")));
    driver.acknowledgeOpinions(cycle);
    driver.recordAllTalks(cycle);
    driver.checkTalks(cycle);
    driver.teamMaterialApproved(cycle);
    driver.allMemberMaterialsApproved(cycle);
    driver.reportAndApprovePlan(cycle, REAL_MEETING);
    List<String> present = new ArrayList<>(CycleDriver.participants());
    present.remove("zhouyan");
    Map<String, Object> meeting = driver.meetingForm(present);
    meeting.put("opinionReport", "会前共征求意见建议5条，已逐条反馈本人。");
    meeting.put("supervisorComments", SUPERVISOR_COMMENTS);
    meeting.put("secretarySummary", SECRETARY_SUMMARY);
    driver.complete(driver.task(cycle, "Task_RecordMeeting"), meeting);
    RectificationScenario.setToday(REAL_MEETING.plusDays(1).atTime(10, 0));
    driver.followUp(cycle, REAL_MEETING.plusDays(1));
    Job handOver = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).singleResult();
    engine.getManagementService().executeJob(handOver.getId());
    ProcessInstance rectification = driver.rectification(cycle);
    scenario.submitPlan(rectification, List.of(
        row("学习的系统性不够", "制定班子年度学习计划", "wangjianguo", "2033-03-31", "限期整改"),
        row("调查研究不够深入", "每季度开展专题调研", "lihua", "2033-06-30", "长期坚持")));
    scenario.report(rectification, REAL_YEAR + "-002", "progress", "已开展第一季度调研。");
    return cycle;
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
    // The history stays for the exports; no task of this cycle is left for other tests of the context.
    runtimeService.deleteProcessInstance(realCycle.getId(), "LedgerExportTest finished");
  }

  @Test
  void theCycleLedgerListsEveryItemUnderTheAgreedColumns() throws IOException {
    ResponseEntity<byte[]> response = get("liufang", LEDGER);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType())
        .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(fileName(response)).isEqualTo("某县人民政府党组2026年度整改台账.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet sheet = workbook.getSheet("整改台账");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("某县人民政府党组2026年度民主生活会整改台账");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .startsWith("整改事项共3项：未完成1项（其中逾期0项），已销号1项，结转1项。");
      assertThat(texts(sheet.getRow(2))).containsExactly(
          "序号", "问题", "来源", "整改措施", "责任人", "完成时限", "类型", "状态", "最新进展", "销号日期", "结转理由");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      Row closed = sheet.getRow(3);
      assertThat(closed.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(closed.getCell(1).getStringCellValue()).isEqualTo("理论学习不够系统深入");
      assertThat(closed.getCell(2).getStringCellValue()).isEqualTo("班子对照检查材料");
      assertThat(closed.getCell(3).getStringCellValue()).isEqualTo("制定班子年度学习计划");
      assertThat(closed.getCell(4).getStringCellValue()).isEqualTo("王建国");
      assertThat(closed.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
      assertThat(closed.getCell(6).getStringCellValue()).isEqualTo("限期整改");
      assertThat(closed.getCell(7).getStringCellValue()).isEqualTo("已销号");
      assertThat(closed.getCell(8).getStringCellValue()).isEqualTo("学习计划已印发执行。");
      assertThat(closed.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 4, 2));
      assertThat(closed.getCell(10).getStringCellValue()).isEmpty();
      Row inProgress = sheet.getRow(4);
      assertThat(inProgress.getCell(4).getStringCellValue()).isEqualTo("李华");
      assertThat(inProgress.getCell(7).getStringCellValue()).isEqualTo("整改中");
      assertThat(inProgress.getCell(8).getStringCellValue()).isEqualTo("已开展第一季度调研。");
      assertThat(inProgress.getCell(9).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
      Row carriedOver = sheet.getRow(5);
      assertThat(carriedOver.getCell(6).getStringCellValue()).isEqualTo("立行立改");
      assertThat(carriedOver.getCell(7).getStringCellValue()).isEqualTo("结转");
      assertThat(carriedOver.getCell(10).getStringCellValue()).isEqualTo(CARRY_OVER_REASON);
    }
  }

  @Test
  void theCycleLedgerPrintsOnA4LandscapeOnePageWideWithTheHeadersOnEveryPage() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(get("liufang", LEDGER).getBody()))) {
      XSSFSheet sheet = workbook.getSheet("整改台账");
      assertPrintedOnePageWide(sheet, "某县人民政府党组2026年度民主生活会整改台账");
      assertWrapped(sheet, 11);
      assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo(LONG_MEASURE);
      assertTallEnoughFor(sheet, 4, 3);
      assertTallEnoughFor(sheet, 5, 10);
    }
  }

  @Test
  void theLedgerAcrossCyclesHasOneRowPerItemAndASummaryPerCycle() throws IOException {
    ResponseEntity<byte[]> response = get("liufang", "/api/ledger.xlsx");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fileName(response)).isEqualTo("全部年度整改台账汇总.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      XSSFSheet ledger = workbook.getSheet("整改台账");
      assertThat(texts(ledger.getRow(2))).containsExactly("年度", "班子", "序号", "问题", "来源", "整改措施", "责任人",
          "完成时限", "类型", "状态", "最新进展", "销号日期", "结转理由");
      List<String> rows = new ArrayList<>();
      for (int i = 3; i <= ledger.getLastRowNum(); i++) {
        Row row = ledger.getRow(i);
        rows.add((int) row.getCell(0).getNumericCellValue() + "|" + row.getCell(1).getStringCellValue() + "|"
            + row.getCell(3).getStringCellValue() + "|" + row.getCell(12).getStringCellValue());
      }
      assertThat(rows).contains(
          "2026|某县人民政府党组|理论学习不够系统深入|",
          "2026|某县人民政府党组|会风会纪不严|" + CARRY_OVER_REASON,
          "2025|某县人民政府党组|联系群众不够紧密|");
      assertPrintedOnePageWide(ledger, "各年度民主生活会整改台账");
      assertWrapped(ledger, 13);
      Sheet summary = workbook.getSheet("汇总");
      assertThat(texts(summary.getRow(2))).containsExactly("年度", "班子", "整改事项", "未完成", "其中逾期", "已销号", "结转");
      List<String> counts = new ArrayList<>();
      for (int i = 3; i <= summary.getLastRowNum(); i++) {
        StringBuilder line = new StringBuilder(summary.getRow(i).getCell(1).getStringCellValue());
        for (int column : new int[] {0, 2, 3, 4, 5, 6}) {
          line.append('|').append((int) summary.getRow(i).getCell(column).getNumericCellValue());
        }
        counts.add(line.toString());
      }
      assertThat(counts).contains("某县人民政府党组|2026|3|1|0|1|1", "某县人民政府党组|2025|1|1|0|0|0");
      assertThat(counts.indexOf("某县人民政府党组|2026|3|1|0|1|1"))
          .as("newest year first").isLessThan(counts.indexOf("某县人民政府党组|2025|1|1|0|0|0"));
      assertPrintedOnePageWide((XSSFSheet) summary, "各年度整改落实情况汇总");
    }

    ResponseEntity<byte[]> only2025 = get("zhaoqiang", "/api/ledger.xlsx?year=2025");
    assertThat(fileName(only2025)).isEqualTo("2025年度整改台账汇总.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(only2025.getBody()))) {
      XSSFSheet ledger = workbook.getSheet("整改台账");
      assertThat(ledger.getHeader().getCenter()).as("page header").startsWith("2025年度民主生活会整改台账");
      assertThat(ledger.getLastRowNum()).isEqualTo(3);
      assertThat(ledger.getRow(3).getCell(3).getStringCellValue()).isEqualTo("联系群众不够紧密");
      assertThat(ledger.getRow(3).getCell(6).getStringCellValue()).isEqualTo("孙磊");
    }
  }

  @Test
  void theMeetingReportDraftIsAssembledFromTheCycle() throws IOException {
    ResponseEntity<byte[]> response = get("zhaoqiang", REAL_REPORT);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType())
        .hasToString("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(fileName(response)).isEqualTo("某县人民政府党组2032年度民主生活会情况报告（草稿）.docx");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.getBody()))) {
      assertThat(document.getParagraphs().get(0).getText()).isEqualTo("某县人民政府党组2032年度民主生活会情况报告");
      assertThat(headings(document)).containsExactly(
          "一、会议基本情况", "二、会前征求意见情况", "三、开展批评和自我批评情况", "四、查摆的主要问题",
          "五、督导组点评意见", "六、书记总结讲话", "七、整改落实安排");
      assertThat(section(document, "一、会议基本情况")).containsExactly(
          "2032年12月17日，某县人民政府党组召开2032年度民主生活会。班子成员应到6人，实到5人，周燕同志缺席。",
          "缺席人员书面说明：因公出差，已提交书面说明");
      assertThat(section(document, "二、会前征求意见情况")).containsExactly(
          "会前，通过座谈会、征求意见表、个别走访等方式广泛征求意见建议，共收集5条，已原汁原味反馈给班子和班子成员本人。",
          "从征求渠道看，座谈会3条，征求意见表1条，个别走访1条。",
          "从意见对象看，班子整体2条，王建国1条，张敏2条。",
          "从检视方面看，工作作风2条，担当作为1条，理论学习1条，未注明方面1条。",
          "会上通报的征求意见情况：",
          "会前共征求意见建议5条，已逐条反馈本人。");
      assertThat(section(document, "三、开展批评和自我批评情况")).singleElement(as(InstanceOfAssertFactories.STRING))
          .contains("相互提出批评意见共2条");
      assertThat(section(document, "四、查摆的主要问题")).containsExactly("（一）理论学习", "1. 学习的系统性不够");
      assertThat(section(document, "五、督导组点评意见")).containsExactly("督导组对会议进行了点评：",
          "会议准备充分，查摆问题具体，批评开诚布公。", "建议班子以整改实效取信于民。");
      assertThat(section(document, "六、书记总结讲话")).containsExactly("书记王建国同志作总结讲话，要点如下：",
          "一、认真梳理会上查摆的问题，形成整改方案。", "二、班子成员对照批评意见逐条认领，抓好整改。");
      assertThat(section(document, "七、整改落实安排").get(0)).contains("确定整改事项2项");
      List<XWPFTable> tables = document.getTables();
      assertThat(tables).hasSize(3);
      assertThat(cells(tables.get(0).getRow(6))).containsExactly("周燕", "班子成员", "缺席", "");
      assertThat(cells(tables.get(1).getRow(0))).containsExactly("姓名", "收到批评意见（条）", "提出批评意见（条）");
      assertThat(cells(tables.get(1).getRow(1))).containsExactly("王建国", "0", "1");
      assertThat(cells(tables.get(1).getRow(2))).containsExactly("李华", "1", "1");
      assertThat(cells(tables.get(1).getRow(5))).containsExactly("张敏", "1", "0");
      assertThat(cells(tables.get(2).getRow(2))).containsExactly("2", "调查研究不够深入", "每季度开展专题调研", "李华",
          "2033-06-30", "整改中");
    }
  }

  @Test
  void theMeetingReportOfACycleWithoutAMeetingRecordSaysWhatIsMissing() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(get("liufang", REPORT).getBody()))) {
      assertThat(section(document, "二、会前征求意见情况")).containsExactly("（征求到的意见建议尚未录入。）");
      assertThat(section(document, "五、督导组点评意见")).containsExactly("（督导组点评意见尚未录入。）");
      assertThat(section(document, "六、书记总结讲话")).containsExactly("（书记总结讲话要点尚未录入。）");
    }
  }

  @Test
  void membersAreRefusedEveryExport() {
    for (String url : List.of(LEDGER, REPORT, "/api/ledger.xlsx")) {
      ResponseEntity<String> response = rest.withBasicAuth("lihua", PASSWORD).getForEntity(url, String.class);
      assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
      assertThat(response.getBody()).contains("您没有执行此操作的权限。");
    }
    assertThat(rest.getForEntity(LEDGER, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anUnknownCycleIsNotFound() {
    ResponseEntity<String> response = rest.withBasicAuth("liufang", PASSWORD)
        .getForEntity("/api/cycles/" + TEAM + "-2019/ledger.xlsx", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).contains("没有找到该班子2019年度的民主生活会。");
    ResponseEntity<String> malformed = rest.withBasicAuth("liufang", PASSWORD)
        .getForEntity("/api/cycles/" + TEAM + "/ledger.xlsx", String.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(malformed.getBody()).contains("民主生活会标识应为“班子标识-年度”");
  }

  @Test
  void tasklistReceivesTheRefusalOfABadPlanInChinese() {
    ProcessInstance cycle = scenario.start("county-discipline-committee", 2026, List.of());
    String taskId = scenario.planTask(cycle).getId();
    String rows = JsonValues.json(List.of(row("理论学习不够系统深入", "制定学习计划", "zhaoqiang", "2027-03-31", "限期整改"))).getValueSerialized();
    String body = "{\"variables\":{\"planItems\":{\"type\":\"Json\",\"value\":" + quoted(rows) + "}}}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<Map> response = rest.withBasicAuth(DemoData.SECRETARY, PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/submit-form", new HttpEntity<>(body, headers), Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("message", "整改方案有1处需要修改：第1项：责任人“赵强”不是本班子成员。");
    assertThat(scenario.planTask(cycle)).as("the task stays open").isNotNull();
  }

  @Test
  void tasklistShowsTheRefusalOfAnEmptyPlanInChinese() {
    ProcessInstance cycle = scenario.start("county-audit-office", 2026, List.of());
    String taskId = scenario.planTask(cycle).getId();
    // The webapps' engine API finds engines through a JVM-wide delegate that a closed test context clears.
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    SessionClient browser = new SessionClient(port);
    browser.webappLogin("tasklist", DemoData.SECRETARY, PASSWORD);

    HttpResponse<String> response = browser.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\":{\"planItems\":{\"type\":\"Json\",\"value\":\"[]\"}}}", browser.csrfHeader());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"message\":\"整改方案中没有整改事项：请至少保留或新增一项问题");
    assertThat(scenario.planTask(cycle)).isNotNull();
  }

  /**
   * A4 landscape, scaled to one page wide and any number of pages tall, the column headers (row 3)
   * repeated on every page, the title (starting with the team or the year) in the page header; and
   * columns narrow enough that the scale keeps the text readable (a column is about 7 px at 96 dpi
   * per unit of width).
   */
  private static void assertPrintedOnePageWide(XSSFSheet sheet, String title) {
    XSSFPrintSetup print = sheet.getPrintSetup();
    assertThat(print.getPaperSize()).as("paper").isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(print.getLandscape()).as("landscape").isTrue();
    assertThat(sheet.getFitToPage()).as("fit to page").isTrue();
    assertThat(print.getFitWidth()).as("pages wide").isEqualTo((short) 1);
    assertThat(print.getFitHeight()).as("pages tall: as many as needed").isEqualTo((short) 0);
    assertThat(sheet.getRepeatingRows()).as("rows repeated on every page").isNotNull();
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
    assertThat(sheet.getHeader().getCenter()).as("page header").startsWith(title);
    assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
    double contentInches = 0;
    for (int column = 0; column <= sheet.getRow(2).getLastCellNum() - 1; column++) {
      contentInches += sheet.getColumnWidth(column) / 256.0 * 7 / 96;
    }
    double printableInches = 297 / 25.4 - sheet.getMargin(PageMargin.LEFT) - sheet.getMargin(PageMargin.RIGHT);
    assertThat(printableInches / contentInches).as("print scale").isGreaterThanOrEqualTo(0.8);
  }

  /** Every cell of the header row and the item rows wraps its text. */
  private static void assertWrapped(Sheet sheet, int columns) {
    for (int rowIndex = 2; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
      Row row = sheet.getRow(rowIndex);
      assertThat(row.getLastCellNum()).as("cells of row " + (rowIndex + 1)).isEqualTo((short) columns);
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          assertThat(cell.getCellStyle().getWrapText()).as("wrap " + cell.getAddress()).isTrue();
        }
      }
    }
  }

  /**
   * The row is tall enough to show the whole cell in its column: at least one 10 pt line for each
   * column width's worth of Chinese characters (each two units wide).
   */
  private static void assertTallEnoughFor(Sheet sheet, int rowIndex, int column) {
    Row row = sheet.getRow(rowIndex);
    String text = row.getCell(column).getStringCellValue();
    double charactersPerLine = sheet.getColumnWidth(column) / 256.0 / 2;
    double lines = Math.ceil(text.length() / charactersPerLine);
    assertThat(lines).as("a text of several lines").isGreaterThan(1);
    assertThat(row.getHeightInPoints()).as("height of row " + (rowIndex + 1)).isGreaterThanOrEqualTo((float) (lines * 10));
  }

  private ResponseEntity<byte[]> get(String user, String url) {
    return rest.withBasicAuth(user, PASSWORD).getForEntity(url, byte[].class);
  }

  private static String fileName(ResponseEntity<?> response) {
    String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment; filename=\"").contains("; filename*=UTF-8''");
    String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
    assertThat(encoded).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+");
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
  }

  /** The report's section headings: paragraphs set in bold 黑体. */
  private static List<String> headings(XWPFDocument document) {
    return document.getParagraphs().stream().filter(LedgerExportTest::isHeading).map(XWPFParagraph::getText).toList();
  }

  private static boolean isHeading(XWPFParagraph paragraph) {
    return !paragraph.getRuns().isEmpty() && paragraph.getRuns().get(0).isBold()
        && "黑体".equals(paragraph.getRuns().get(0).getFontFamily());
  }

  /** The paragraphs under a heading of the report, up to the next heading or the signature. */
  private static List<String> section(XWPFDocument document, String heading) {
    List<XWPFParagraph> paragraphs = document.getParagraphs();
    int from = paragraphs.stream().map(XWPFParagraph::getText).toList().indexOf(heading);
    assertThat(from).as(heading).isNotNegative();
    List<String> section = new ArrayList<>();
    for (XWPFParagraph paragraph : paragraphs.subList(from + 1, paragraphs.size())) {
      if (isHeading(paragraph) || paragraph.getAlignment() == ParagraphAlignment.RIGHT) {
        break;
      }
      section.add(paragraph.getText());
    }
    return section;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(cell -> cell.getText()).toList();
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
