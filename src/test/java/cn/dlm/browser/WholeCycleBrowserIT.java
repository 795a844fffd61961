package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.TestTeam;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The whole cycle (民主生活会) walked in Tasklist only, as its users do it: every task is opened,
 * filled in (typing, picking, ticking) and completed with 完成 by the user it belongs to, from the
 * office's 发起流程 to the supervisors' acknowledgement of the rectification sign-off, then the
 * office's 年度部署 of next year. The engine is only read, asked to run every due job before each
 * user's turn (as the job executor would have) and to move its clock past the meeting.
 *
 * <p>A team of three of its own (a secretary and two members) keeps the walk short; the two-thirds
 * rule still tells an invalid meeting (one present) from a valid one. Member materials are the shared
 * samples ({@code ../shared/materials/}) pasted whole, or long texts of the test's own without them.
 * Screenshots of every step, in a window tall enough for most forms to show whole:
 * {@code target/screenshots/WholeCycleBrowserIT.*}.
 */
@BrowserTest
class WholeCycleBrowserIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String OFFICE = "liufang";
  private static final String SUPERVISOR = "zhaoqiang";
  private static final String SECRETARY = "gaojianhua";
  private static final String MEMBER_A = "linxiaohong";
  private static final String MEMBER_B = "mazhiyuan";
  private static final TestTeam TEAM = new TestTeam("browser-town-committee", "某镇党委领导班子", SECRETARY,
      List.of(MEMBER_A, MEMBER_B), OFFICE, SUPERVISOR);
  private static final Map<String, List<String>> NAMES = Map.of(
      SECRETARY, List.of("高", "建华"), MEMBER_A, List.of("林", "晓红"), MEMBER_B, List.of("马", "志远"));
  private static final int MAX_JOB_ROUNDS = 20;
  private static final Path MATERIALS = Path.of("..", "shared", "materials");
  private static final String SHORT_MATERIAL = """
      一、存在的问题
      （一）理论学习方面。一是学习的系统性不够。二是学用结合不紧。
      二、原因分析
      1.理想信念有所松懈。
      三、整改措施
      1.加强理论武装。
      """;

  @Autowired
  private ProcessEngine engine;

  @Value("${dlm.demo.password}")
  private String password;

  @Value("${dlm.mail.notice-window}")
  private java.time.Duration noticeWindow;

  @Value("${dlm.mail.outbox-dir}")
  private Path outbox;

  private final LocalDate today = LocalDate.now(SHANGHAI);
  private final LocalDate meetingDay = today.plusDays(30);
  private final LocalDate newMeetingDay = meetingDay.plusDays(7);
  private final SoftAssertions soft = new SoftAssertions();
  private Browser browser;
  private TasklistPage tasklist;
  private int step;
  private String user;
  private String cycleId;
  private String seasonId;
  private long stepStarted = System.nanoTime();

  @BeforeEach
  void createTeam() {
    TEAM.create(engine.getIdentityService(), password, NAMES);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyStepOfTheCycleIsDoneInTasklistByItsUser(Browser browser) throws Throwable {
    this.browser = browser;
    browser.driver().manage().window().setSize(new Dimension(1440, 1500));
    try {
      walkTheCycle();
    } catch (Throwable failure) {
      soft.errorsCollected().forEach(failure::addSuppressed);
      throw failure;
    }
    soft.assertAll();
  }

  private void walkTheCycle() throws IOException, MessagingException {
    String businessKey = TEAM.id() + "-" + meetingDay.getYear();
    startCycle();
    HistoricProcessInstance cycle = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).processDefinitionKey("democratic-life-meeting").singleResult();
    assertThat(cycle).as("cycle started from Tasklist with business key " + businessKey).isNotNull();
    cycleId = cycle.getId();

    recordStudyAndOpinions();
    acknowledgeOpinions();
    talks();
    teamMaterial();
    memberMaterials();
    planAndMeetings();

    ClockUtil.setCurrentTime(Date.from(newMeetingDay.plusDays(1).atTime(10, 0).atZone(SHANGHAI).toInstant()));
    reportAndNotify();
    runJobs();
    rectification();

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(cycleId)
        .singleResult().getEndTime()).as("the cycle has ended").isNotNull();
    nextSeason();
    everyTaskTypeWasCompletedByItsUser();
  }

  // 方案与会前学习, 征求意见

  private void startCycle() {
    as(OFFICE);
    tasklist.startProcess("民主生活会");
    CamundaForm form = CamundaForm.of(browser);
    form.text("年度", String.valueOf(meetingDay.getYear()))
        .text("主题", meetingDay.getYear() + "年度民主生活会")
        .text("班子编号", TEAM.id())
        .text("书记（用户名）", SECRETARY)
        .pickDate("计划会议日期", 0, meetingDay);
    shot("start-form");
    tasklist.submitStart();
    shot("started");
  }

  private void recordStudyAndOpinions() {
    CamundaForm form = openGroupTask("记录会前集中学习");
    form.pickDate("学习日期", 0, today)
        .text("学习主题", "学习党的创新理论")
        .textarea("学习研讨情况", "集中学习三天，围绕主题交流研讨。");
    completeWithShot("study");

    form = openGroupTask("汇总征求意见");
    form.ensureRows("意见建议", 2)
        .select("征求渠道", 0, "座谈会")
        .select("意见对象", 0, "班子整体")
        .select("检视方面", 0, "工作作风")
        .textarea("意见内容", 0, "深入基层调查研究不够。")
        .select("征求渠道", 1, "个别走访")
        .select("意见对象", 1, name(MEMBER_A))
        .select("检视方面", 1, "担当作为")
        .textarea("意见内容", 1, "攻坚克难的劲头不足。");
    completeWithShot("opinions");
  }

  private void acknowledgeOpinions() {
    for (String participant : TEAM.participants()) {
      CamundaForm form = openMyTask(participant, "认领反馈意见");
      String shown = form.text();
      soft.assertThat(shown).as("opinions shown to %s", participant).contains("深入基层调查研究不够。");
      if (participant.equals(MEMBER_A)) {
        soft.assertThat(shown).as("the opinion about %s", participant).contains("攻坚克难的劲头不足。");
      } else {
        soft.assertThat(shown).as("%s sees no opinion about another member", participant)
            .doesNotContain("攻坚克难的劲头不足。");
      }
      form.tick("我已逐条阅读并认领上述意见").textarea("认领说明", "已逐条认领，将在对照检查中回应。");
      completeWithShot("acknowledge");
    }
  }

  // 谈心谈话: the first round leaves the two members' pair out, the second adds it

  private void talks() {
    CamundaForm form = openMyTask(SECRETARY, "记录谈心谈话");
    form.ensureRows("谈话记录", 2);
    talk(form, 0, "书记与班子成员", MEMBER_A);
    talk(form, 1, "书记与班子成员", MEMBER_B);
    completeWithShot("talks");
    for (String member : TEAM.members()) {
      form = openMyTask(member, "记录谈心谈话");
      form.ensureRows("谈话记录", 1)
          .select("谈话类型", 0, "与分管部门负责人")
          .text("谈话对象姓名（分管部门负责人）", 0, "何主任")
          .pickDate("谈话日期", 0, today)
          .textarea("主要内容", 0, "交流分管工作，听取意见。");
      completeWithShot("talks");
    }

    form = openGroupTask("核查谈心谈话");
    soft.assertThat(form.text()).as("the missing pair").contains(name(MEMBER_A)).contains(name(MEMBER_B));
    form.textarea("核查说明", "两位成员之间尚未谈心，通知补谈。");
    completeWithShot("talk-check-missing");

    runJobs();
    Map<String, String> secondRound = openTalks();
    soft.assertThat(secondRound.keySet()).as("second talks round only for the missing pair")
        .containsExactlyInAnyOrder(MEMBER_A, MEMBER_B);
    secondRound.forEach((participant, taskName) -> {
      String partner = participant.equals(MEMBER_A) ? MEMBER_B : MEMBER_A;
      if (!participant.equals(SECRETARY)) {
        soft.assertThat(taskName).as("the second round's task names the missing partner").contains(name(partner));
      }
      CamundaForm round = openMyTask(participant, taskName).ensureRows("谈话记录", 1);
      talk(round, 0, participant.equals(SECRETARY) ? "书记与班子成员" : "班子成员之间", partner);
      completeWithShot("talks-second-round");
    });

    form = openGroupTask("核查谈心谈话");
    soft.assertThat(form.text()).as("no pair missing any more").doesNotContain(name(MEMBER_A) + " — " + name(MEMBER_B));
    form.textarea("核查说明", "必谈对象已全部谈到。");
    completeWithShot("talk-check-complete");
    runJobs();
    assertThat(openTalks()).as("no further talks round").isEmpty();
  }

  private void talk(CamundaForm form, int row, String kind, String partner) {
    form.select("谈话类型", row, kind)
        .select("谈话对象（班子成员）", row, name(partner))
        .pickDate("谈话日期", row, today)
        .textarea("主要内容", row, "交流思想，互相提醒，指出对方需要改进的地方。");
  }

  // 对照检查材料: the team's and the members', a rejection and a resubmission

  private void teamMaterial() throws IOException {
    String material = material("000_3570750e3f90f972.txt", "班子");
    CamundaForm form = openMyTask(SECRETARY, "起草班子对照检查材料");
    form.paste("材料全文", material);
    completeWithShot("team-material");

    form = openMyTask(SECRETARY, "核对班子材料结构");
    soft.assertThat(form.rows("存在的问题")).as("problems parsed from the team material").isGreaterThan(1);
    soft.assertThat(form.rows("整改措施")).as("measures parsed from the team material").isGreaterThan(1);
    completeWithShot("team-material-structure");

    form = openGroupTask("审核班子对照检查材料", SUPERVISOR);
    soft.assertThat(form.value("材料全文")).as("the supervisor reads the whole team material").isEqualTo(material);
    soft.assertThat(form.pickedRadio("审核结论")).as("review decision before the supervisor picks one").isNull();
    form.radio("审核结论", "通过").textarea("审核意见", "材料查摆问题具体，同意。");
    completeWithShot("team-material-review");
  }

  private void memberMaterials() throws IOException {
    String material = material("003_2b906ff47b59dcbb.txt", "个人");
    CamundaForm form = openMyTask(MEMBER_A, "撰写个人对照检查材料");
    form.paste("材料全文", material);
    completeWithShot("member-material");

    form = openMyTask(MEMBER_A, "核对个人材料结构");
    assertThat(form.rows("存在的问题")).as("problems parsed from the member's material").isGreaterThan(0);
    String editedTitle = form.value("问题概述", 0) + "（本人修改）";
    form.text("问题概述", 0, editedTitle)
        .expandAll("整改措施")
        .addRow("整改措施");
    int measures = form.rows("整改措施");
    form.text("措施概述", measures - 1, "每月到联系点开展一次调研")
        .textarea("具体措施", measures - 1, "形成调研报告，推动问题解决。");
    completeWithShot("member-material-structure");

    form = openMyTask(SECRETARY, "审核个人对照检查材料");
    soft.assertThat(form.value("材料全文")).as("the secretary reads the member's whole material").isEqualTo(material);
    soft.assertThat(form.text()).as("the member's edited title under review").contains(editedTitle);
    form.radio("审核结论", "退回修改").textarea("审核意见", "请补充具体事例。");
    completeWithShot("member-material-rejected");

    form = openMyTask(MEMBER_A, "撰写个人对照检查材料");
    soft.assertThat(form.value("上次审核意见")).as("the rejection's comment on the returned task")
        .isEqualTo("请补充具体事例。");
    String revised = material + "\n补充事例：今年到联系点调研次数偏少，对群众反映的问题跟踪不够。\n";
    form.paste("材料全文", revised);
    completeWithShot("member-material-resubmitted");

    form = openMyTask(MEMBER_A, "核对个人材料结构");
    soft.assertThat(form.value("问题概述", 0)).as("the author's edited title kept after the resubmission")
        .isEqualTo(editedTitle);
    soft.assertThat(form.expandAll("整改措施").rows("整改措施")).as("the author's added measure kept after the resubmission")
        .isEqualTo(measures);
    completeWithShot("member-material-structure-again");

    form = openMyTask(SECRETARY, "审核个人对照检查材料");
    soft.assertThat(form.pickedRadio("审核结论")).as("second review opens without a decision").isNull();
    form.radio("审核结论", "通过").textarea("审核意见", "同意。");
    completeWithShot("member-material-approved");

    form = openMyTask(MEMBER_B, "撰写个人对照检查材料");
    form.paste("材料全文", SHORT_MATERIAL);
    completeWithShot("member-material");
    openMyTask(MEMBER_B, "核对个人材料结构");
    completeWithShot("member-material-structure");
    form = openMyTask(SECRETARY, "审核个人对照检查材料");
    form.radio("审核结论", "通过");
    completeWithShot("member-material-approved");

    form = openMyTask(SECRETARY, "撰写个人对照检查材料");
    form.paste("材料全文", SHORT_MATERIAL);
    completeWithShot("secretary-material");
    openMyTask(SECRETARY, "核对个人材料结构");
    completeWithShot("secretary-material-structure");
    form = openGroupTask("审核书记个人对照检查材料", SUPERVISOR);
    form.radio("审核结论", "通过").textarea("审核意见", "同意。");
    completeWithShot("secretary-material-approved");
  }

  // 会前报告, 召开会议: an invalid meeting, rescheduled, then a valid one

  private void planAndMeetings() {
    reportPlan(meetingDay);
    approvePlan(meetingDay);

    CamundaForm form = openGroupTask("记录会议情况");
    form.checklist("三、出席的班子成员", name(SECRETARY), true)
        .textarea("缺席人员及书面说明", name(MEMBER_A) + "、" + name(MEMBER_B) + "因公出差。");
    while (form.rows("四、相互批评意见") > 0) {
      form.removeRow("四、相互批评意见", 0);
    }
    completeWithShot("meeting-invalid");

    form = openGroupTask("重新安排会议");
    form.pickDate("新的会议日期", 0, newMeetingDay).textarea("改期说明", "到会人数不足三分之二，改期召开。");
    completeWithShot("meeting-rescheduled");

    reportPlan(newMeetingDay);
    approvePlan(newMeetingDay);

    form = openGroupTask("记录会议情况");
    soft.assertThat(form.ticked("三、出席的班子成员")).as("attendance of the invalid meeting not carried over").isEmpty();
    soft.assertThat(form.value("缺席人员及书面说明")).as("absence notes of the invalid meeting not carried over")
        .isNullOrEmpty();
    for (String participant : TEAM.participants()) {
      form.checklist("三、出席的班子成员", name(participant), true);
    }
    form.ensureRows("四、相互批评意见", 2)
        .select("提出人", 0, name(MEMBER_A)).select("被批评人", 0, name(MEMBER_B))
        .textarea("批评意见", 0, "调查研究不够深入。")
        .select("提出人", 1, name(SECRETARY)).select("被批评人", 1, name(MEMBER_A))
        .textarea("批评意见", 1, "担当精神还需增强，要主动作为。")
        .textarea("五、督导组点评", "会议准备充分，批评开诚布公。")
        .textarea("六、书记总结", "抓好问题整改，确保取得实效。");
    completeWithShot("meeting-valid");
  }

  private void reportPlan(LocalDate day) {
    CamundaForm form = openGroupTask("报送会议方案");
    soft.assertThat(form.text()).as("plan form shows no earlier review comment").doesNotContain("上级修改意见");
    form.pickDate("会议日期", 0, day);
    for (String participant : TEAM.participants()) {
      form.checklist("参会班子成员", name(participant), true);
    }
    form.textarea("列席人员", "督导组全体成员");
    completeWithShot("plan");
  }

  private void approvePlan(LocalDate day) {
    CamundaForm form = openGroupTask("审批会议方案", SUPERVISOR);
    soft.assertThat(form.pickedRadio("审核结论")).as("plan approval opens without a decision").isNull();
    soft.assertThat(form.value("审核意见")).as("plan approval opens without a comment").isNullOrEmpty();
    soft.assertThat(form.value("列席人员")).as("the plan's observers the supervisor approves").isEqualTo("督导组全体成员");
    soft.assertThat(form.value("会议日期")).as("the plan's date the supervisor approves").isEqualTo(day.toString());
    form.radio("审核结论", "通过").textarea("审核意见", "同意按方案召开。");
    completeWithShot("plan-approved");
  }

  // 会后报告与通报 (the server's clock is a day after the meeting now)

  private void reportAndNotify() {
    CamundaForm form = openGroupTask("报送会议情况报告");
    form.pickDate("报送日期", 0, newMeetingDay).textarea("报告主要内容", "已报送会议情况报告、会议记录和对照检查材料。");
    completeWithShot("meeting-report");
    form = openGroupTask("通报会议情况");
    form.pickDate("通报日期", 0, newMeetingDay.plusDays(1)).textarea("通报范围和内容", "在班子成员范围内通报会议情况。");
    completeWithShot("notice");
  }

  // 整改落实: plan, progress, an extension, verification, sign-off

  private void rectification() throws IOException, MessagingException {
    LocalDate deadline = newMeetingDay.plusDays(60);
    CamundaForm form = openMyTask(SECRETARY, "制定整改方案");
    int rows = form.expandAll("整改事项").rows("整改事项");
    assertThat(rows).as("candidates listed in the plan").isGreaterThanOrEqualTo(2);
    planItem(form, 0, "制定班子年度学习计划并逐月督办", MEMBER_A, deadline);
    planItem(form, 1, "建立常态化调研机制", MEMBER_B, deadline);
    for (int row = 2; row < rows; row++) {
      form.checkbox("纳入整改", row, false);
    }
    completeWithShot("rectification-plan");
    runJobs();

    form = openMyTask(MEMBER_A, "报告整改进展");
    form.radio("本次报告", "已整改到位，提请组织办验收销号")
        .textarea("整改进展和成效", "学习计划已制定并逐月落实。")
        .textarea("佐证材料（文字说明或链接，每行一条）", "https://oa.example.cn/docs/study-plan");
    completeWithShot("progress-submitted");
    Instant returned = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    verify("未达到要求，退回整改", "请补充逐月督办的记录。");

    form = openMyTask(MEMBER_A, "报告整改进展");
    soft.assertThat(form.value("组织办退回意见")).as("the office's comment on the returned item")
        .isEqualTo("请补充逐月督办的记录。");
    letTheNoticeWindowPass();
    soft.assertThat(mailSubjectsTo(MEMBER_A, returned)).as("mail about the returned item")
        .anyMatch(subject -> subject.startsWith("【退回修改】报告整改进展"));
    form.radio("本次报告", "已整改到位，提请组织办验收销号")
        .textarea("整改进展和成效", "学习计划已逐月督办，督办记录附后。")
        .textarea("佐证材料（文字说明或链接，每行一条）", "https://oa.example.cn/docs/study-plan-supervision");
    completeWithShot("progress-resubmitted");
    verify("整改到位，验收销号", "同意销号。");

    form = openMyTask(MEMBER_B, "报告整改进展");
    form.radio("本次报告", "不能按期完成，申请延期")
        .pickDate("申请延至", 0, deadline.plusDays(30))
        .textarea("延期理由", "调研机制需在下一季度试运行后定型。");
    completeWithShot("extension-requested");
    form = openGroupTask("审批延期申请");
    form.radio("审批意见", "同意延期").textarea("意见（不同意时必填）", "同意延期一个月。");
    completeWithShot("extension-granted");
    form = openMyTask(MEMBER_B, "报告整改进展");
    form.radio("本次报告", "已整改到位，提请组织办验收销号")
        .textarea("整改进展和成效", "调研机制已建立并运行。")
        .textarea("佐证材料（文字说明或链接，每行一条）", "https://oa.example.cn/docs/research");
    completeWithShot("progress-submitted");
    verify("整改到位，验收销号", "同意销号。");

    form = openMyTask(SECRETARY, "签署整改落实情况报告");
    if (form.value("整改落实情况报告").isBlank()) {
      form.textarea("整改落实情况报告", "本班子整改事项2项，均已整改到位并销号。");
    }
    form.tick("本人已审阅整改台账，签署此报告");
    completeWithShot("sign-off");
    form = openGroupTask("签收整改落实情况报告", SUPERVISOR);
    form.radio("签收意见", "签收，本年度民主生活会整改闭环");
    completeWithShot("sign-off-acknowledged");
  }

  private void planItem(CamundaForm form, int row, String measure, String responsible, LocalDate deadline) {
    form.checkbox("纳入整改", row, true)
        .textarea("整改措施", row, measure)
        .select("责任人", row, name(responsible))
        .pickDate("完成时限", row, deadline);
  }

  private void verify(String decision, String comment) {
    CamundaForm form = openGroupTask("验收整改事项");
    form.radio("验收结论", decision).textarea("意见（退回整改或结转下年度时必填）", comment);
    completeWithShot("verified");
  }

  /** The subjects of the mails the user got since then, as written to the test profile's outbox. */
  private List<String> mailSubjectsTo(String user, Instant since) throws IOException, MessagingException {
    List<String> subjects = new ArrayList<>();
    try (Stream<Path> files = Files.list(outbox)) {
      for (Path file : files.filter(file -> file.toString().endsWith(".eml")).toList()) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
          continue;
        }
        try (InputStream in = Files.newInputStream(file)) {
          MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
          if (mail.getAllRecipients()[0].toString().contains(user + "@")) {
            subjects.add(mail.getSubject());
          }
        }
      }
    }
    return subjects;
  }

  // 年度部署: the office deploys next year's cycles for all teams at once, here only for this team

  private void nextSeason() {
    int year = meetingDay.getYear() + 1;
    as(OFFICE);
    tasklist.startProcess("年度部署");
    CamundaForm form = CamundaForm.of(browser);
    form.text("年度", String.valueOf(year))
        .text("主题", year + "年度民主生活会")
        .pickDate("会议时间窗口开始", 0, LocalDate.of(year, 3, 2))
        .pickDate("会议时间窗口结束", 0, LocalDate.of(year, 3, 31));
    shot("season-start");
    tasklist.submitStart();
    seasonId = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("season-launch").orderByProcessInstanceStartTime().desc().list().get(0).getId();

    form = openGroupTask("确定参加班子");
    int teams = form.expandAll("领导班子").count("班子编号");
    boolean found = false;
    for (int row = 0; row < teams; row++) {
      boolean ours = TEAM.id().equals(form.value("班子编号", row));
      found |= ours;
      form.checkbox("发起", row, ours);
    }
    assertThat(found).as("this team among the teams of the season").isTrue();
    completeWithShot("season-teams");

    openGroupTask("查看发起结果");
    completeWithShot("season-results");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(TEAM.id() + "-" + year)
        .processDefinitionKey("democratic-life-meeting").count()).as("next year's cycle started by the season").isOne();
  }

  /** This team's cycles left running (next year's, started by the season; this year's after a failure). */
  @AfterEach
  void removeThisTeamsRunningCycles() {
    for (int year : List.of(meetingDay.getYear(), meetingDay.getYear() + 1)) {
      engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(TEAM.id() + "-" + year)
          .list().forEach(cycle -> engine.getRuntimeService().deleteProcessInstance(cycle.getId(),
              "browser test done", true, true));
    }
  }

  // What the test checks once the cycle has ended

  private void everyTaskTypeWasCompletedByItsUser() {
    Set<String> modelled = ModelTaskTypes.deployedFrom(Path.of("processes"), engine.getRepositoryService());
    List<HistoricTaskInstance> done = new ArrayList<>();
    List<String> instances = new ArrayList<>(treeOf());
    instances.add(seasonId);
    for (String instanceId : instances) {
      done.addAll(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instanceId)
          .finished().list());
    }
    Set<String> completed = new TreeSet<>();
    done.forEach(task -> completed.add(task.getProcessDefinitionKey() + ":" + task.getTaskDefinitionKey()));
    assertThat(completed).as("task types completed in the browser against the deployed models")
        .hasSameSizeAs(modelled).containsExactlyInAnyOrderElementsOf(modelled);

    for (HistoricTaskInstance task : done) {
      List<UserOperationLogEntry> completions = engine.getHistoryService().createUserOperationLogQuery()
          .taskId(task.getId()).operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list();
      assertThat(completions).as("%s completed once, in a session of its assignee", task.getName())
          .extracting(UserOperationLogEntry::getUserId).containsExactly(task.getAssignee());
    }
  }

  // Engine reads: the cycle's instances, its open talks, its waiting jobs

  private List<String> treeOf() {
    List<String> ids = new ArrayList<>();
    engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(cycleId).list()
        .forEach(instance -> ids.add(instance.getId()));
    return ids;
  }

  /** The open talks tasks (记录谈心谈话) of the cycle: assignee and the task's name. */
  private Map<String, String> openTalks() {
    Map<String, String> talks = new TreeMap<>();
    engine.getTaskService().createTaskQuery().processInstanceIdIn(runningTree().toArray(String[]::new))
        .taskDefinitionKey("Task_RecordTalks").list().forEach(task -> talks.put(task.getAssignee(), task.getName()));
    return talks;
  }

  private List<String> runningTree() {
    return engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstanceId(cycleId).list().stream()
        .map(ProcessInstance::getId).toList();
  }

  /**
   * Runs every due job of the engine, as the job executor would have meanwhile (the test profile has
   * none): the cycle's asynchronous steps, the season launch's cycle starts, mails, due timers. Jobs
   * that create jobs run in further rounds; a failing job of another process is left to its retries,
   * one of this test's cycle or season fails the walk with its reason.
   */
  private void runJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      int ran = 0;
      for (Job job : management.createJobQuery().executable().list()) {
        try {
          management.executeJob(job.getId());
          ran++;
        } catch (ProcessEngineException failure) {
          if (ours(job)) {
            throw new AssertionError("job of " + job.getProcessDefinitionKey() + " failed before "
                + user + "'s turn: " + failure.getMessage(), failure);
          }
        }
      }
      if (ran == 0) {
        return;
      }
    }
    throw new AssertionError("jobs still due after " + MAX_JOB_ROUNDS + " rounds: "
        + management.createJobQuery().executable().list());
  }

  /** New-work notices go out once their window has passed (dlm.mail.notice-window): let it pass. */
  private void letTheNoticeWindowPass() {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(noticeWindow).plusSeconds(1)));
    runJobs();
  }

  private boolean ours(Job job) {
    String root = job.getRootProcessInstanceId();
    return root != null && (root.equals(cycleId) || root.equals(seasonId));
  }

  // Browser steps

  /** Lets the cycle's waiting jobs run (as the job executor would have meanwhile) and logs the user in. */
  private void as(String user) {
    runJobs();
    this.user = user;
    tasklist = TasklistPage.switchTo(browser, user);
  }

  /** Logs the user in and opens the first task of that name in 我的待办. */
  private CamundaForm openMyTask(String user, String taskName) {
    as(user);
    tasklist.selectFilter(TasklistFilters.MINE).openTask(taskName);
    return CamundaForm.of(browser);
  }

  /** Opens a group task of the office in 组内待办 and claims it. */
  private CamundaForm openGroupTask(String taskName) {
    return openGroupTask(taskName, OFFICE);
  }

  /** Opens a group task in 组内待办 as the user and claims it. */
  private CamundaForm openGroupTask(String taskName, String user) {
    as(user);
    tasklist.selectFilter(TasklistFilters.MY_GROUPS).openTask(taskName).claim();
    return CamundaForm.of(browser);
  }

  private void completeWithShot(String what) {
    shot(what);
    String taskId = tasklist.openTaskId();
    try {
      tasklist.completeAndWait();
    } catch (TimeoutException e) {
      boolean open = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
      throw new AssertionError("完成 of " + what + " by " + user + " ended in no answer; the task is "
          + (open ? "still open" : "completed") + "; the form says " + CamundaForm.of(browser).errors(), e);
    }
  }

  private void shot(String what) {
    step++;
    String name = "%02d-%s-%s".formatted(step, user, what);
    browser.screenshot(name);
    long now = System.nanoTime();
    System.out.printf("%s: %d ms%n", name, (now - stepStarted) / 1_000_000);
    stepStarted = now;
  }

  private static String name(String user) {
    return String.join("", NAMES.get(user));
  }

  /** A shared sample material, or a long text of the test's own where the samples are absent. */
  private static String material(String file, String whose) throws IOException {
    Path sample = MATERIALS.resolve(file);
    if (Files.isReadable(sample)) {
      return Files.readString(sample, StandardCharsets.UTF_8);
    }
    return LongMaterial.of(whose);
  }
}
