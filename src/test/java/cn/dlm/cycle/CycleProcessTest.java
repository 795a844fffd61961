package cn.dlm.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.dlm.platform.form.InvalidSubmission;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** The democratic life meeting cycle (民主生活会) through every phase, loop and refusal. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(ProcessCoverage.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CycleProcessTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  static final LocalDate MEETING = LocalDate.of(2026, 12, 15);

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  CycleDriver cycle;

  @BeforeEach
  void setUp() {
    init(engine);
    setToday(TODAY);
    cycle = new CycleDriver(engine, TODAY);
  }

  @AfterEach
  void resetClockAndRecordCoverage() {
    ClockUtil.reset();
    engineOfThisClass = engine;
    engine.getHistoryService().createHistoricActivityInstanceQuery().processDefinitionId(mainDefinitionId(engine))
        .list().forEach(activity -> EXECUTED.add(activity.getActivityId()));
  }

  static ProcessEngine engineOfThisClass;
  static final Set<String> EXECUTED = new TreeSet<>();

  static String mainDefinitionId(ProcessEngine engine) {
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CycleContract.PROCESS_KEY).latestVersion().singleResult().getId();
  }

  /** Every flow node of the main process ran in some test of this class (report: target/process-test-coverage). */
  @AfterAll
  static void everyFlowNodeOfTheMainProcessIsCovered() {
    Set<String> flowNodes = engineOfThisClass.getRepositoryService()
        .getBpmnModelInstance(mainDefinitionId(engineOfThisClass))
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
    Set<String> missed = new TreeSet<>(flowNodes);
    missed.removeAll(EXECUTED);
    double coverage = (flowNodes.size() - missed.size()) / (double) flowNodes.size();
    assertThat(coverage).as("flow nodes never executed: " + missed).isGreaterThanOrEqualTo(0.95);
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(SHANGHAI).toInstant()));
  }

  /** One cycle per team and year: each test removes the previous test's cycle first. */
  ProcessInstance startFreshCycle() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test"));
    engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
    return cycle.start(cycle.startForm(2026, MEETING));
  }

  @Test
  void startSetsBusinessKeyMembersAndDueDates() {
    ProcessInstance pi = startFreshCycle();

    assertThat(pi.getBusinessKey()).isEqualTo("county-gov-party-group-2026");
    assertThat(pi).isWaitingAt("Task_RecordStudy").variables()
        .containsEntry("teamName", "某县人民政府党组").containsEntry("phase", "方案与会前学习");
    SpinJsonNode members = (SpinJsonNode) engine.getRuntimeService().getVariable(pi.getId(), "members");
    assertThat(members.elements()).extracting(SpinJsonNode::stringValue).containsExactlyInAnyOrderElementsOf(CycleDriver.MEMBERS);
    Task study = cycle.task(pi, "Task_RecordStudy");
    // M - 24 days = 2026-11-21, a Saturday: moved back to Friday 2026-11-20, 18:00 Shanghai.
    assertThat(study.getDueDate()).isEqualTo(Date.from(LocalDate.of(2026, 11, 20).atTime(18, 0).atZone(SHANGHAI).toInstant()));
  }

  @Test
  void secondCycleOfSameTeamAndYearIsRefused() {
    startFreshCycle();

    assertThatThrownBy(() -> cycle.start(cycle.startForm(2026, MEETING)))
        .isInstanceOf(InvalidSubmission.class)
        .hasMessage("某县人民政府党组 2026 年度的民主生活会已经发起，不能重复发起。");
  }

  @Test
  void wholeCycleReachesTheRectificationHandOver() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    assertThat(pi).isWaitingAt("CallActivity_AcknowledgeOpinions");
    assertThat(cycle.tasks(pi, "Task_AcknowledgeOpinions")).hasSize(6);
    Task lihuaFeedback = cycle.taskOf(pi, "Task_AcknowledgeOpinions", "lihua");
    SpinJsonNode lihuaOpinions = (SpinJsonNode) engine.getTaskService().getVariable(lihuaFeedback.getId(), "myOpinions");
    assertThat(lihuaOpinions.elements()).hasSize(2);
    Task zhangminFeedback = cycle.taskOf(pi, "Task_AcknowledgeOpinions", "zhangmin");
    SpinJsonNode zhangminOpinions = (SpinJsonNode) engine.getTaskService().getVariable(zhangminFeedback.getId(), "myOpinions");
    assertThat(zhangminOpinions.elements()).hasSize(1);
    assertThat(engine.getTaskService().getVariables(lihuaFeedback.getId()))
        .as("each participant's task runs in an instance of its own, without the cycle's opinions")
        .doesNotContainKey("opinions").containsEntry("teamName", "某县人民政府党组");
    cycle.acknowledgeOpinions(pi);

    assertThat(pi).isWaitingAt("CallActivity_RecordTalks", "Task_DraftTeamMaterial", "CallActivity_MemberMaterials");
    assertThat(cycle.memberMaterials(pi)).hasSize(6);
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    cycle.teamMaterialApproved(pi);
    cycle.allMemberMaterialsApproved(pi);

    assertThat(pi).isWaitingAt("Task_ReportPlan");
    cycle.reportAndApprovePlan(pi, MEETING);
    Task meeting = cycle.task(pi, "Task_RecordMeeting");
    assertThat(meeting.getDueDate()).isEqualTo(Date.from(MEETING.atTime(18, 0).atZone(SHANGHAI).toInstant()));
    cycle.complete(meeting, cycle.meetingForm(CycleDriver.participants()));

    setToday(MEETING.plusDays(1));
    cycle.followUp(pi, MEETING.plusDays(1));

    Job handOver = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(handOver).as("the hand-over to rectification is its own transaction").isNotNull();
    managementService.executeJob(handOver.getId());
    SpinJsonNode candidates = (SpinJsonNode) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName("rectificationCandidates").singleResult().getValue();
    List<String> sources = candidates.elements().stream().map(c -> c.prop("source").stringValue()).toList();
    assertThat(sources).containsOnly("team-material", "member-material", "opinion", "criticism");
    assertThat(sources).filteredOn("member-material"::equals).hasSize(6);
    assertThat(sources).filteredOn("opinion"::equals).hasSize(2);
    assertThat(sources).filteredOn("criticism"::equals).hasSize(2);
    assertThat(pi).isWaitingAt("CallActivity_Rectification");
  }

  @Test
  void rejectedMaterialsGoBackWithTheCommentUntilApproved() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);

    String longMaterial = CycleDriver.MATERIAL + "二是" + "学习不够深入。".repeat(15_000);
    cycle.complete(cycle.task(pi, "Task_DraftTeamMaterial"), Map.of("materialText", longMaterial));
    Task checkTeamMaterial = cycle.task(pi, "Task_CheckTeamMaterial");
    assertThat((String) engine.getTaskService().getVariable(checkTeamMaterial.getId(), "materialText"))
        .as("a 100 KB material is kept whole").hasSize(longMaterial.length());
    SpinJsonNode parsedProblems = (SpinJsonNode) engine.getTaskService().getVariable(checkTeamMaterial.getId(), "problems");
    assertThat(parsedProblems.elements()).isNotEmpty();
    assertThat(parsedProblems.elements().get(0).prop("area").stringValue()).isEqualTo("理论学习");
    cycle.complete(checkTeamMaterial, cycle.checkedStructure());
    assertThatThrownBy(() -> cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "reject")))
        .isInstanceOf(InvalidSubmission.class).hasMessage("退回修改时请写明审核意见。");
    cycle.complete(cycle.task(pi, "Task_ReviewTeamMaterial"), Map.of("decision", "reject", "reviewComment", "问题查摆不深"));
    Task redraft = cycle.task(pi, "Task_DraftTeamMaterial");
    assertThat(redraft.getAssignee()).isEqualTo(CycleDriver.SECRETARY);
    assertThat(engine.getTaskService().getVariable(redraft.getId(), "returnComment")).isEqualTo("问题查摆不深");

    ProcessInstance lihuaMaterial = cycle.memberMaterials(pi).stream()
        .filter(m -> "lihua".equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    cycle.complete(cycle.memberTask(lihuaMaterial, "Task_WriteMaterial"), Map.of("materialText", CycleDriver.MATERIAL));
    cycle.complete(cycle.memberTask(lihuaMaterial, "Task_CheckMaterial"), cycle.checkedStructure());
    Task review = cycle.memberTask(lihuaMaterial, "Task_ReviewMaterial");
    assertThat(review.getAssignee()).isEqualTo(CycleDriver.SECRETARY);
    assertThat(review.getName()).as("the secretary reviews five materials side by side").isEqualTo("审核个人对照检查材料：李华");
    cycle.complete(review, Map.of("decision", "reject", "reviewComment", "原因剖析不够深刻"));
    assertThat(lihuaMaterial).isWaitingAt("Task_WriteMaterial");
    assertThat(cycle.memberTask(lihuaMaterial, "Task_WriteMaterial").getAssignee()).isEqualTo("lihua");
  }

  @Test
  void secretaryMaterialIsReviewedBySupervisorsAndOtherMembersCannotReadIt() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    ProcessInstance secretaryMaterial = cycle.memberMaterials(pi).stream()
        .filter(m -> CycleDriver.SECRETARY.equals(engine.getRuntimeService().getVariable(m.getId(), "member")))
        .findFirst().orElseThrow();
    cycle.complete(cycle.memberTask(secretaryMaterial, "Task_WriteMaterial"), Map.of("materialText", CycleDriver.MATERIAL));

    Task lihuaOwn = engine.getTaskService().createTaskQuery().taskAssignee("lihua").taskDefinitionKey("Task_WriteMaterial")
        .singleResult();
    assertThat(engine.getTaskService().getVariables(lihuaOwn.getId())).doesNotContainValue(CycleDriver.MATERIAL);
    assertThat(engine.getTaskService().getVariable(lihuaOwn.getId(), "materialText")).isEqualTo("");

    cycle.complete(cycle.memberTask(secretaryMaterial, "Task_CheckMaterial"), cycle.checkedStructure());
    Task review = cycle.memberTask(secretaryMaterial, "Task_ReviewSecretaryMaterial");
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
        .anyMatch(link -> "supervisors".equals(link.getGroupId()));
    cycle.complete(review, Map.of("decision", "approve"));
    assertThat(secretaryMaterial).isEnded();
  }

  @Test
  void missingTalkPairsAreShownAndSentBackUntilEveryPairTalked() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    for (Task task : cycle.tasks(pi, "Task_RecordTalks")) {
      String partner = task.getAssignee().equals(CycleDriver.SECRETARY) ? "lihua" : CycleDriver.SECRETARY;
      cycle.complete(task, Map.of("talks", CycleDriver.json("[" + cycle.talk(partner) + "]")));
    }
    Task check = cycle.checkTalksTask(pi);
    SpinJsonNode missing = (SpinJsonNode) engine.getTaskService().getVariable(check.getId(), "missingTalkPairs");
    // secretary with every member is done; the 10 member–member pairs of 5 members are not.
    assertThat(missing.elements()).hasSize(10);
    assertThat(missing.elements().get(0).prop("label").stringValue()).contains("—");
    cycle.checkTalks(pi);

    List<Task> secondRound = cycle.tasks(pi, "Task_RecordTalks");
    assertThat(secondRound).as("only those with a missing pair talk again").extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(CycleDriver.MEMBERS);
    Task lihua = cycle.taskOf(pi, "Task_RecordTalks", "lihua");
    assertThat(lihua.getName()).isEqualTo("补充谈心谈话：孙磊、吴昊、张敏、周燕");
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "talksComplete")).isEqualTo(true);
    assertThat(cycle.tasks(pi, "Task_RecordTalks")).isEmpty();
  }

  @Test
  void meetingWithoutTwoThirdsIsInvalidAndRescheduled() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    cycle.recordAllTalks(pi);
    cycle.checkTalks(pi);
    cycle.teamMaterialApproved(pi);
    cycle.allMemberMaterialsApproved(pi);
    cycle.complete(cycle.task(pi, "Task_ReportPlan"), cycle.planForm(MEETING));
    cycle.complete(cycle.task(pi, "Task_ApprovePlan"), Map.of("decision", "reject", "reviewComment", "请补充列席人员"));
    cycle.reportAndApprovePlan(pi, MEETING);

    // 3 of 6 present: 3 * 3 = 9 < 6 * 2 = 12.
    cycle.complete(cycle.task(pi, "Task_RecordMeeting"), cycle.meetingForm(List.of("wangjianguo", "lihua", "zhangmin")));
    assertThat(pi).isWaitingAt("Task_RescheduleMeeting");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "quorumMet")).isEqualTo(false);

    assertThatThrownBy(() -> cycle.complete(cycle.task(pi, "Task_RescheduleMeeting"),
        Map.of("newMeetingDate", TODAY.minusDays(1).toString())))
        .isInstanceOf(InvalidSubmission.class).hasMessageContaining("不能早于今天");
    LocalDate newMeeting = MEETING.plusDays(7);
    cycle.complete(cycle.task(pi, "Task_RescheduleMeeting"), Map.of("newMeetingDate", newMeeting.toString()));
    Task report = cycle.task(pi, "Task_ReportPlan");
    assertThat(report.getDueDate()).isEqualTo(Date.from(newMeeting.minusDays(7).atTime(18, 0).atZone(SHANGHAI).toInstant()));
    cycle.reportAndApprovePlan(pi, newMeeting);
    // 4 of 6 present: 12 >= 12, valid.
    cycle.complete(cycle.task(pi, "Task_RecordMeeting"),
        cycle.meetingForm(List.of("wangjianguo", "lihua", "zhangmin", "sunlei")));
    assertThat(pi).isWaitingAt("Task_SubmitMeetingReport");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndTheTaskStaysOpen() {
    ProcessInstance pi = startFreshCycle();
    Task study = cycle.task(pi, "Task_RecordStudy");
    assertThatThrownBy(() -> cycle.complete(study, Map.of("studyDate", "2026-13-45", "studyTopic", "x")))
        .hasMessageContaining("不是有效日期");
    assertThatThrownBy(() -> cycle.complete(study, Map.of("studyDate", TODAY.plusDays(1).toString(), "studyTopic", "x")))
        .hasMessageContaining("晚于今天");
    assertThatThrownBy(() -> cycle.complete(study, Map.of("studyDate", TODAY.toString(), "studyTopic", "长".repeat(201))))
        .hasMessageContaining("过长");
    assertThat(cycle.task(pi, "Task_RecordStudy").getId()).isEqualTo(study.getId());
    cycle.recordStudy(pi);

    Task opinions = cycle.task(pi, "Task_CollectOpinions");
    assertThatThrownBy(() -> cycle.complete(opinions, Map.of("opinions", CycleDriver.json(
        "[{\"channel\":\"座谈会\",\"target\":\"nobody\",\"text\":\"x\"}]"))))
        .hasMessage("第 1 条意见：意见对象应为班子整体或本班子的一位成员。");
    assertThatThrownBy(() -> cycle.complete(opinions, Map.of("opinions", CycleDriver.json("{\"not\":\"a list\"}"))))
        .hasMessageContaining("应为列表");
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);

    Task talks = cycle.taskOf(pi, "Task_RecordTalks", "lihua");
    assertThatThrownBy(() -> cycle.complete(talks, Map.of("talks", CycleDriver.json("[" + cycle.talk("lihua") + "]"))))
        .hasMessageContaining("另一位成员");
    String late = cycle.talk(CycleDriver.SECRETARY).replace(TODAY.toString(), TODAY.plusDays(3).toString());
    assertThatThrownBy(() -> cycle.complete(talks, Map.of("talks", CycleDriver.json("[" + late + "]"))))
        .hasMessageContaining("晚于今天");
    assertThat(pi).isWaitingAt("CallActivity_RecordTalks");
  }

  @Test
  void startFormIsCheckedBeforeAnythingIsCreated() {
    startFreshCycle();
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    Map<String, Object> form = cycle.startForm(2025, MEETING);

    form.put("teamId", "no-such-team");
    assertThatThrownBy(() -> cycle.start(form)).isInstanceOf(InvalidSubmission.class)
        .hasMessageContaining("未找到班子“no-such-team”").hasMessageContaining("county-gov-party-group（某县人民政府党组）");
    form.put("teamId", "county-gov-party-group");

    form.put("secretary", "liufang");
    assertThatThrownBy(() -> cycle.start(form)).hasMessage("书记“刘芳”不是班子“某县人民政府党组”的成员。");
    form.put("secretary", "wangjianguo");

    form.put("members", "lihua、ghost");
    assertThatThrownBy(() -> cycle.start(form)).hasMessage("班子成员“ghost”不是系统用户，请检查用户名。");
    form.put("members", "");

    form.put("meetingDate", TODAY.minusDays(1).toString());
    assertThatThrownBy(() -> cycle.start(form)).hasMessageContaining("已经过去，不能早于今天");
    form.put("meetingDate", "2026/12/01");
    assertThatThrownBy(() -> cycle.start(form)).hasMessageContaining("不是有效日期");
    form.put("meetingDate", MEETING.toString());

    form.put("offsetTalks", 3);
    assertThatThrownBy(() -> cycle.start(form)).hasMessageContaining("必须在会议日期之前");
    form.remove("offsetTalks");

    form.put("year", 2031);
    assertThatThrownBy(() -> cycle.start(form)).hasMessageContaining("“年度”应为");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void offsetsFromTheStartFormMoveTheDueDates() {
    startFreshCycle();
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY).list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test"));
    Map<String, Object> form = cycle.startForm(2025, MEETING);
    form.put("offsetOpinionCollection", -30);
    ProcessInstance pi = cycle.start(form);
    cycle.recordStudy(pi);
    // M - 30 = 2026-11-15, a Sunday: due on Friday 2026-11-13.
    assertThat(cycle.task(pi, "Task_CollectOpinions").getDueDate())
        .isEqualTo(Date.from(LocalDate.of(2026, 11, 13).atTime(18, 0).atZone(SHANGHAI).toInstant()));
  }

  /**
   * A called process (here 认领反馈意见) keeps the latest value of what the cycle passed in, and the change log of
   * its own variables; the passed-in values' change log stays with the cycle, and the multi-instance counters keep none.
   */
  @Test
  void aCalledProcessKeepsNoSecondChangeLogOfWhatTheCyclePassedIn() {
    ProcessInstance pi = startFreshCycle();
    cycle.recordStudy(pi);
    cycle.collectOpinions(pi);
    cycle.acknowledgeOpinions(pi);
    HistoryService history = engine.getHistoryService();
    List<String> acknowledgements = history.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey("acknowledge-opinions").list().stream().map(HistoricProcessInstance::getId).toList();
    assertThat(acknowledgements).isNotEmpty();

    for (String child : acknowledgements) {
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(child)
          .variableNameIn("teamId", "offsets", "participant").count()).as("latest values kept").isEqualTo(3);
      assertThat(changeLog(child)).as("no copy of the cycle's change log")
          .doesNotContain("teamId", "offsets", "participant", "meetingDate", "nrOfActiveInstances", "loopCounter")
          .contains("acknowledged");
    }
    assertThat(changeLog(pi.getId())).as("the cycle's own change log").contains("teamId", "offsets", "meetingDate")
        .doesNotContain("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");
  }

  /** The DMN table deadline-offsets is evaluated once per deployed version and year, not at every cycle start. */
  @Test
  void theDeadlineTableIsEvaluatedOncePerVersionAndYear() {
    HistoryService history = engine.getHistoryService();
    startFreshCycle();
    long evaluations = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("deadline-offsets").count();
    ProcessInstance second = startFreshCycle();
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("deadline-offsets").count())
        .isEqualTo(evaluations);
    assertThat(cycle.task(second, "Task_RecordStudy").getDueDate()).as("due dates from the remembered offsets").isNotNull();

    String redeployed = engine.getRepositoryService().createDeployment().name("deadline-offsets again")
        .addClasspathResource("processes/deadline-offsets.dmn").deploy().getId();
    try {
      startFreshCycle();
      assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("deadline-offsets").count())
          .as("a new version of the table is evaluated").isEqualTo(evaluations + 1);
    } finally {
      engine.getRepositoryService().deleteDeployment(redeployed, true);
    }
  }

  private List<String> changeLog(String processInstanceId) {
    return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().list().stream().map(detail -> ((HistoricVariableUpdate) detail).getVariableName()).toList();
  }
}
