package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleContract;
import cn.dlm.cycle.CycleDriver;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The real cycle (民主生活会) in the webapps: a member's self-examination, the office's Cockpit. */
@BrowserTest
class CycleBrowserIT {

  private static final String WRITE = "撰写个人对照检查材料";
  private static final String CHECK = "核对个人材料结构";
  private static final String MEMBER_PARTNER = "谈话对象（班子成员）";
  private static final String DEPARTMENT_HEAD = "谈话对象姓名（分管部门负责人）";

  @Autowired
  private ProcessEngine engine;

  @RegisterExtension
  final CycleUpToTheMaterials cycle = new CycleUpToTheMaterials();

  @Test
  void memberWritesAndChecksTheSelfExaminationMaterial(Browser browser) {
    TasklistPage tasklist = TasklistPage.loginAs(browser, "lihua").selectFilter(TasklistFilters.MINE);
    tasklist.waitForTask(WRITE).waitForTask("记录谈心谈话");
    browser.waitForText("班子:").waitForText("某县人民政府党组").waitForText("年度:");
    browser.screenshot("01-my-tasks");

    tasklist.openTask(WRITE);
    CamundaForm form = CamundaForm.of(browser);
    form.textarea("材料全文", CycleDriver.MATERIAL);
    browser.screenshot("02-material-pasted");
    tasklist.complete().waitForTaskGone(WRITE);

    tasklist.openTask(CHECK);
    browser.waitUntil(d -> form.rows("存在的问题") == 2 ? true : null);
    assertThat((String) browser.script("return Array.from(document.querySelectorAll('.fjs-container input'))"
        + ".map(i => i.value).join('|')")).as("problems parsed from the pasted text").contains("学习的系统性不够");
    browser.screenshot("03-structure-parsed");
    form.addRow("整改措施")
        .text("措施概述", 1, "坚持每月开展一次调查研究")
        .textarea("具体措施", 1, "深入基层，形成调研报告。");
    assertThat(form.rows("整改措施")).isEqualTo(2);
    browser.screenshot("04-measure-added");
    tasklist.complete().waitForTaskGone(CHECK);
    browser.screenshot("05-completed");

    ProcessInstance material = cycle.driver().memberMaterials(cycle.instance()).stream()
        .filter(m -> "lihua".equals(engine.getRuntimeService().getVariable(m.getId(), "member"))).findFirst().orElseThrow();
    SpinJsonNode measures = (SpinJsonNode) engine.getRuntimeService().getVariable(material.getId(), "measures");
    assertThat(measures.elements()).extracting(m -> m.prop("title").stringValue())
        .containsExactly("加强理论武装", "坚持每月开展一次调查研究");
    assertThat(cycle.driver().memberTask(material, "Task_ReviewMaterial").getAssignee()).isEqualTo(CycleDriver.SECRETARY);
  }

  /** Each talk row asks for the partner its kind needs: a member of the team, or a department head's name. */
  @Test
  void aTalkRowShowsThePartnerFieldOfItsKindOnly(Browser browser) {
    TasklistPage tasklist = TasklistPage.loginAs(browser, "lihua").selectFilter(TasklistFilters.MINE);
    tasklist.openTask("记录谈心谈话");
    CamundaForm form = CamundaForm.of(browser).ensureRows("谈话记录", 2);
    form.select("谈话类型", 0, "班子成员之间").select("谈话类型", 1, "与分管部门负责人");
    assertThat(form.count(DEPARTMENT_HEAD)).as("a department head's name only in the talk with him").isEqualTo(1);
    assertThat(form.count(MEMBER_PARTNER)).as("a member to pick only in the talk between members").isEqualTo(1);
    String taskId = tasklist.openTaskId();
    form.select(MEMBER_PARTNER, 0, "张敏")
        .pickDate("谈话日期", 0, LocalDate.now(ZoneId.of("Asia/Shanghai")))
        .textarea("主要内容", 0, "交流思想，互相提醒。")
        .text(DEPARTMENT_HEAD, 0, "何主任")
        .pickDate("谈话日期", 1, LocalDate.now(ZoneId.of("Asia/Shanghai")))
        .textarea("主要内容", 1, "交流分管工作，听取意见。");
    browser.script("Array.from(document.querySelectorAll('.fjs-container label'))"
        + ".find(l => l.textContent.trim() === '谈话记录').scrollIntoView()");
    browser.screenshot("01-talks-of-two-kinds");
    tasklist.completeAndWait();

    String talksInstance = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
        .getProcessInstanceId();
    SpinJsonNode talks = (SpinJsonNode) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(talksInstance).variableName("talks").list().stream()
        .filter(stored -> talksInstance.equals(stored.getActivityInstanceId())).findFirst().orElseThrow().getValue();
    assertThat(talks.elements()).extracting(t -> t.prop("kind").stringValue() + ":"
            + (t.hasProp("partner") ? t.prop("partner").stringValue() : "")
            + ":" + (t.hasProp("partnerName") ? t.prop("partnerName").stringValue() : ""))
        .containsExactly("班子成员之间:zhangmin:", "与分管部门负责人::何主任");
  }

  @Test
  void officeSeesTheRunningCycleAndItsCurrentActivitiesInCockpit(Browser browser) {
    String definitionId = cycle.instance().getProcessDefinitionId();
    browser.login(WebApp.COCKPIT, "liufang").waitForText("运行中的流程实例");
    browser.click(By.linkText("流程")).waitForText("民主生活会");
    browser.screenshot("01-processes");

    browser.go(WebApp.COCKPIT.startPage() + "#/process-definition/" + definitionId + "/runtime")
        .waitForText(cycle.instance().getBusinessKey());
    browser.screenshot("02-cycle-definition");

    browser.go(WebApp.COCKPIT.startPage() + "#/process-instance/" + cycle.instance().getId() + "/runtime")
        .waitForText(cycle.instance().getId())
        .waitForText("记录谈心谈话")
        .waitForText("撰写并审核个人对照检查材料")
        .waitForText("起草班子对照检查材料");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("03-current-activities");

    browser.clickText("变量").waitForText("areaOptions").waitForText("initiator");
    browser.screenshot("04-variables");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CycleContract.PROCESS_KEY)
        .active().count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(cycle.instance().getId(), "phase")).isEqualTo("撰写对照检查材料");
  }
}
