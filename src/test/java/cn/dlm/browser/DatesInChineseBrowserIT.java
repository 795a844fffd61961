package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dates typed the Chinese way into the date fields of our real forms (record-study.form's 学习日期,
 * start-cycle.form's 计划会议日期, record-talks.form's 谈话日期 in a list) are read as the date meant, and text that is no date is refused
 * in Chinese with nothing submitted. The forms are the deployed ones, used by a one-task process of
 * this test so that the cycle's own rules (a study date not in the future) do not get in the way.
 */
@BrowserTest
class DatesInChineseBrowserIT {

  private static final String PROCESS = "dlm-browser-dates";
  private static final String START_PROCESS = "dlm-browser-start-dates";
  private static final String TALKS = "dlm-browser-talk-dates";
  private static final String START_PROCESS_NAME = "日期填写测试流程";

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  @Autowired
  private TaskService taskService;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void deleteSample() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void typedDatesAreReadAsWrittenInChina(Browser browser) {
    deploy();
    Map<String, String> typedToStored = new LinkedHashMap<>();
    typedToStored.put("2026-12-20", "2026-12-20");
    typedToStored.put("2026/12/01", "2026-12-01");
    typedToStored.put("2026年12月1日", "2026-12-01");
    typedToStored.put("2026.12.01", "2026-12-01");
    typedToStored.put("20261201", "2026-12-01");
    typedToStored.put("2026/3/5", "2026-03-05");
    Map<String, ProcessInstance> instances = new LinkedHashMap<>();
    typedToStored.keySet().forEach(typed -> instances.put(typed, studyTask(taskName(typed))));

    TasklistPage tasklist = TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE);
    int step = 1;
    for (String typed : typedToStored.keySet()) {
      tasklist.openTask(taskName(typed));
      CamundaForm form = CamundaForm.of(browser);
      form.date("学习日期", 0, typed).text("学习主题", "学习党的二十届四中全会精神");
      assertThat(dateInput(browser).getAttribute("value")).as("shown after typing " + typed)
          .isEqualTo(typedToStored.get(typed));
      browser.screenshot(String.format("%02d-typed-%s", step++, typedToStored.get(typed)));
      tasklist.complete().waitForTaskGone(taskName(typed));
    }

    typedToStored.forEach((typed, stored) -> assertThat(studyDate(instances.get(typed)))
        .as("studyDate stored for " + typed).isEqualTo(stored));
  }

  @Test
  void textThatIsNoDateIsRefusedInChineseAndNothingIsSubmitted(Browser browser) {
    deploy();
    ProcessInstance instance = studyTask("记录学习：日期有误");
    TasklistPage tasklist = TasklistPage.loginAs(browser, "liufang")
        .selectFilter(TasklistFilters.MINE).openTask("记录学习：日期有误");
    CamundaForm form = CamundaForm.of(browser);
    form.text("学习主题", "学习党章").date("学习日期", 0, "2026-13-45");
    browser.waitForText(By.cssSelector(".dlm-date-error"), "日期“2026-13-45”不存在");
    form.date("学习日期", 0, "下周三");
    browser.waitForText(By.cssSelector(".dlm-date-error"), "无法识别日期“下周三”，请按“年-月-日”填写");
    assertThat(dateInput(browser).getAttribute("value")).as("the typed text stays for correction").isEqualTo("下周三");

    browser.waitUntil(d -> completeButton(browser).isEnabled() ? null : true);
    browser.screenshot("01-refused");
    tasklist.waitForTask("记录学习：日期有误");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
        .as("the task is not completed").isEqualTo(1);
    assertThat(studyDate(instance)).as("no date submitted").isNull();

    form.date("学习日期", 0, "2026年11月30日");
    browser.waitUntil(d -> d.findElements(By.cssSelector(".dlm-date-error")).isEmpty() ? true : null);
    browser.screenshot("02-corrected");
    tasklist.complete().waitForTaskGone("记录学习：日期有误");
    assertThat(studyDate(instance)).isEqualTo("2026-11-30");
  }

  @Test
  void startFormTakesTheMeetingDateTypedInChinese(Browser browser) {
    deploy();
    TasklistPage.loginAs(browser, "liufang");
    browser.clickText("发起流程");
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)='" + START_PROCESS_NAME + "']"));
    CamundaForm form = CamundaForm.of(browser);
    // the year last: a text typed right after form-js's number field can be lost (its change is debounced)
    form.text("主题", "学习贯彻党的二十届四中全会精神")
        .text("班子编号", "county-gov-party-group")
        .text("书记（用户名）", "wangjianguo")
        .text("年度", "2026")
        .date("计划会议日期", 0, "2026年12月20日");
    assertThat(dateInput(browser).getAttribute("value")).isEqualTo("2026-12-20");
    assertThat((String) browser.script("return Array.from(document.querySelectorAll('.modal .fjs-input'))"
        + ".map(i => i.value).join('|')")).startsWith("2026|学习贯彻党的二十届四中全会精神|county-gov-party-group|wangjianguo");
    browser.screenshot("01-start-form");
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='发起']"));
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? true : null);

    ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey(START_PROCESS)
        .singleResult();
    assertThat(runtimeService.getVariable(started.getId(), "meetingDate")).isEqualTo("2026-12-20");
  }

  @Test
  void pickerShowsChineseMonthsAndWeeksStartingOnMonday(Browser browser) {
    deploy();
    studyTask("记录学习：日历");
    TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE).openTask("记录学习：日历");
    CamundaForm.of(browser).date("学习日期", 0, "2026-12-20");
    browser.click(By.cssSelector(".fjs-form-field-datetime input"));
    browser.waitForVisible(By.cssSelector(".flatpickr-calendar.open"));

    String month = (String) browser.script("var s = document.querySelector('.flatpickr-calendar.open "
        + ".flatpickr-monthDropdown-months'); return s.options[s.selectedIndex].text;");
    assertThat(month).isEqualTo("十二月");
    assertThat(browser.driver().findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")))
        .extracting(e -> e.getText().trim()).containsExactly("一", "二", "三", "四", "五", "六", "日");
    assertThat(browser.driver().findElement(By.cssSelector(".flatpickr-calendar.open .flatpickr-day.selected"))
        .getAttribute("aria-label")).isEqualTo("2026年12月20日");
    assertThat(dateInput(browser).getAttribute("placeholder")).isEqualTo("年-月-日，如 2026-10-09");
    browser.screenshot("01-picker");
  }

  @Test
  void datesInsideAListAreReadToo(Browser browser) {
    deploy();
    runtimeService.startProcessInstanceByKey(TALKS, Map.of("taskName", "记录谈话：日期"));
    TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE).openTask("记录谈话：日期");
    CamundaForm form = CamundaForm.of(browser);
    form.date("谈话日期", 0, "2026年11月3日");
    form.addRow("谈话记录").date("谈话日期", 1, "2026/11/4");
    List<String> shown = browser.driver().findElements(By.cssSelector(".fjs-form-field-datetime input.flatpickr-input"))
        .stream().map(input -> input.getAttribute("value")).toList();
    assertThat(shown).containsExactly("2026-11-03", "2026-11-04");

    form.date("谈话日期", 1, "11/04/2026");
    browser.waitForText(By.cssSelector(".dlm-date-error"), "无法识别日期“11/04/2026”");
    browser.screenshot("01-list-dates");
  }

  private static String taskName(String typed) {
    return "记录学习：" + typed;
  }

  private static WebElement completeButton(Browser browser) {
    return browser.driver().findElement(By.cssSelector(".form-actions button.btn-primary"));
  }

  private static WebElement dateInput(Browser browser) {
    return browser.driver().findElement(By.cssSelector(".fjs-form-field-datetime input"));
  }

  private String studyDate(ProcessInstance instance) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("studyDate").singleResult();
    return variable == null ? null : (String) variable.getValue();
  }

  private ProcessInstance studyTask(String name) {
    return runtimeService.startProcessInstanceByKey(PROCESS, Map.of("taskName", name));
  }

  private void deploy() {
    BpmnModelInstance study = Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(false)
        .startEvent()
        .userTask("recordStudy").name("${taskName}").camundaAssignee("liufang")
            .camundaFormRef("record-study").camundaFormRefBinding("latest")
        .endEvent()
        .done();
    BpmnModelInstance start = Bpmn.createExecutableProcess(START_PROCESS)
        .name(START_PROCESS_NAME)
        .camundaHistoryTimeToLive(1)
        .startEvent().camundaFormRef("start-cycle").camundaFormRefBinding("latest")
        .userTask("waitHere").name("日期填写测试").camundaAssignee("liufang")
        .endEvent()
        .done();
    BpmnModelInstance talks = Bpmn.createExecutableProcess(TALKS)
        .camundaHistoryTimeToLive(1)
        .camundaStartableInTasklist(false)
        .startEvent()
        .userTask("recordTalks").name("${taskName}").camundaAssignee("liufang")
            .camundaFormRef("record-talks").camundaFormRefBinding("latest")
        .endEvent()
        .done();
    deployments.add(repositoryService.createDeployment().name("browser-test-dates")
        .addModelInstance(PROCESS + ".bpmn", study)
        .addModelInstance(TALKS + ".bpmn", talks)
        .addModelInstance(START_PROCESS + ".bpmn", start)
        .deploy().getId());
  }
}
