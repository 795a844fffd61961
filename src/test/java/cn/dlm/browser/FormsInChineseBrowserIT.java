package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Camunda Form (form-js) in Tasklist reads Chinese where form-js has its own English texts (list
 * buttons, validation, date picker), and a list with several rows arrives as one JSON variable.
 * Uses a sample form and process created here, not the cycle's.
 */
@BrowserTest
class FormsInChineseBrowserIT {

  private static final String TASK = "填写测试表单";
  private static final String FORM = """
      {
        "id": "dlm-browser-sample-form",
        "type": "default",
        "schemaVersion": 16,
        "executionPlatform": "Camunda Platform",
        "executionPlatformVersion": "7.24.0",
        "components": [
          {"type": "textfield", "id": "Field_title", "key": "title", "label": "标题", "validate": {"required": true}},
          {"type": "datetime", "id": "Field_day", "key": "day", "subtype": "date"},
          {"type": "dynamiclist", "id": "List_items", "path": "items", "label": "问题清单", "isRepeating": true,
           "allowAddRemove": true, "defaultRepetitions": 1, "showOutline": true,
           "components": [
             {"type": "select", "id": "Field_area", "key": "area", "label": "方面", "validate": {"required": true},
              "values": [{"label": "理论学习", "value": "理论学习"}, {"label": "工作作风", "value": "工作作风"}]},
             {"type": "textarea", "id": "Field_text", "key": "text", "label": "问题", "validate": {"required": true}}
           ]}
        ]
      }
      """;

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private HistoryService historyService;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void deleteSample() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void memberFillsAFormWithAListOfSeveralRows(Browser browser) {
    ProcessInstance instance = sampleProcessWaitingForLihua();

    TasklistPage tasklist = TasklistPage.loginAs(browser, "lihua")
        .selectFilter(TasklistFilters.MINE)
        .openTask(TASK);
    assertThat(browser.waitForVisible(By.cssSelector("li.task .creation-date")).getText())
        .as("relative time in Chinese").matches("创建于 .*前");
    CamundaForm form = CamundaForm.of(browser);
    browser.waitForText(By.cssSelector(".fjs-container"), "添加一行")
        .waitForText(By.cssSelector(".fjs-container"), "日期");
    assertThat(browser.driver().findElement(By.cssSelector(".fjs-container")).getText())
        .doesNotContain("Add new", "Date");
    browser.screenshot("01-form");

    tasklist.complete();
    browser.waitForText(By.cssSelector(".fjs-container"), "此项为必填项。");
    assertThat(form.errors()).isNotEmpty().allMatch(error -> error.equals("此项为必填项。"));
    browser.screenshot("02-required-fields");

    browser.click(By.cssSelector(".fjs-form-field-datetime input"));
    browser.waitForVisible(By.cssSelector(".flatpickr-calendar.open"));
    String calendar = browser.driver().findElement(By.cssSelector(".flatpickr-calendar")).getText();
    assertThat(calendar).contains("日", "一", "六").doesNotContain("Sun", "Mon");
    browser.screenshot("03-date-picker");
    String datePattern = browser.driver().findElement(By.cssSelector(".fjs-form-field-datetime input"))
        .getAttribute("placeholder");

    form.text("标题", "测试用的对照检查材料")
        .date("日期", 0, "2026年10月9日")
        .select("方面", 0, "理论学习")
        .textarea("问题", 0, "一是理论学习不够深入。")
        .addRow("问题清单")
        .select("方面", 1, "工作作风")
        .textarea("问题", 1, "二是调查研究不够经常。");
    assertThat(form.rows("问题清单")).isEqualTo(2);
    browser.screenshot("04-filled");

    tasklist.complete().waitForTaskGone(TASK);
    browser.screenshot("05-completed");

    HistoricVariableInstance items = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("items").singleResult();
    assertThat(items).as("the list variable").isNotNull();
    assertThat(items.getValue().toString())
        .contains("一是理论学习不够深入。", "二是调查研究不够经常。", "理论学习", "工作作风");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(datePattern).as("date placeholder").isEqualTo("年-月-日，如 2026-10-09");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("day").singleResult().getValue()).isEqualTo("2026-10-09");
  }

  private ProcessInstance sampleProcessWaitingForLihua() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("dlm-browser-form-sample")
        .name("浏览器表单测试流程")
        .startEvent()
        .userTask("fillForm").name(TASK).camundaAssignee("lihua")
            .camundaFormRef("dlm-browser-sample-form").camundaFormRefBinding("latest")
        .endEvent()
        .done();
    Deployment deployment = repositoryService.createDeployment()
        .name("browser-test-form-sample")
        .addModelInstance("dlm-browser-form-sample.bpmn", model)
        .addString("dlm-browser-sample.form", FORM)
        .deploy();
    deployments.add(deployment.getId());
    return runtimeService.startProcessInstanceByKey("dlm-browser-form-sample");
  }
}
