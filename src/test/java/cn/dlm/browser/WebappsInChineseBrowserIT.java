package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webapps in Chinese, seen by a member, the organizing office and the administrator in a
 * real browser. Needs no cycle process: the member's tasks are stand-alone tasks and Cockpit shows
 * a one-task sample process, both created here and deleted afterwards.
 */
@BrowserTest
class WebappsInChineseBrowserIT {

  private static final String PRODUCT = "民主生活会全流程管理系统";
  private static final String SAMPLE_PROCESS_NAME = "浏览器测试流程";
  private static final String SAMPLE_TASK_NAME = "核对测试数据";

  /**
   * What the webapp does when the English fallback locale file arrives after ours (it happens, in
   * either order): define the locale's dates, which makes moment's global locale English, then
   * announce the load. Returns moment's global locale afterwards.
   */
  private static final String ENGLISH_LOCALE_FILE_ARRIVES_LAST = """
      var injector = angular.element(document.body).injector();
      var moment = injector.get('moment');
      moment.updateLocale('en', {});
      injector.get('$rootScope').$emit('$translateLoadingEnd', {language: 'en'});
      return moment.locale();
      """;

  @Autowired
  private TaskService taskService;

  private final List<String> createdTasks = new ArrayList<>();

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void deleteWhatTheTestCreated() {
    myTasks().forEach(task -> taskService.deleteTask(task.getId(), true));
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void memberSeesTasklistInChineseWithTheirTasksAndDueDates(Browser browser) {
    task("提交个人对照检查材料", "lihua", Instant.now().minus(Duration.ofDays(2)));
    task("确认谈心谈话记录", "lihua", Instant.now().plus(Duration.ofDays(5)));

    browser.open(WebApp.TASKLIST)
        .waitForText(PRODUCT)
        .waitForText("请使用组织部门分配的账号登录");
    assertThat(browser.waitForVisible(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder"))
        .isEqualTo("用户名");
    browser.screenshot("01-login-page");

    browser.login(WebApp.TASKLIST, "lihua")
        .waitForText(By.cssSelector(".navbar-brand"), PRODUCT + " 待办任务")
        .waitForText(TasklistFilters.MINE)
        .waitForText(TasklistFilters.MY_GROUPS)
        .waitForText(TasklistFilters.OVERDUE)
        .waitForText("提交个人对照检查材料")
        .waitForText("确认谈心谈话记录");
    assertThat(browser.bodyText())
        .as("the office-only filter is not shown to a member").doesNotContain(TasklistFilters.OFFICE_ALL)
        .contains("截止", "天前", "天后", "班子", "年度", "某县县委常委班子")
        .contains("键盘快捷键")
        .as("actions a member may not use").doesNotContain("新建任务", "发起流程");
    assertThat(browser.driver().getTitle()).isEqualTo(PRODUCT + " 待办任务");
    assertThat(browser.script(ENGLISH_LOCALE_FILE_ARRIVES_LAST))
        .as("moment's locale after the English fallback file loaded last").isEqualTo("zh");
    assertThat(browser.rawTranslationKeys()).isEmpty();

    WebElement overdue = browser.waitForVisible(By.xpath(
        "//li[contains(@class,'task')][.//a[normalize-space(.)='提交个人对照检查材料']]//span[contains(@class,'due-date')]"));
    assertThat(overdue.getAttribute("class")).contains("overdue");
    String dueTooltip = overdue.findElement(By.cssSelector("[am-time-ago]")).getAttribute("uib-tooltip");
    assertThat(dueTooltip).as("due date in Chinese format").matches("\\d{4}年\\d{1,2}月\\d{1,2}日星期.+ \\d{2}:\\d{2}");
    browser.screenshot("02-task-list");

    TasklistPage tasklist = new TasklistPage(browser)
        .selectFilter(TasklistFilters.OVERDUE)
        .waitForTask("提交个人对照检查材料")
        .waitForTaskGone("确认谈心谈话记录")
        .openTask("提交个人对照检查材料");
    browser.waitForText("设置跟进时间")
        .waitForText("添加意见")
        .waitForText("表单")
        .waitForText("历史")
        .waitForText("流程图")
        .waitForText("完成");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("03-task-opened");

    tasklist.complete().waitForTaskGone("提交个人对照检查材料");
    tasklist.selectFilter(TasklistFilters.MINE).waitForTask("确认谈心谈话记录").waitForTaskGone("提交个人对照检查材料");
    browser.screenshot("04-task-completed");
    assertThat(myTasks())
        .extracting(Task::getName).containsExactly("确认谈心谈话记录");
  }

  @Test
  void officeSeesCockpitInChinese(Browser browser) {
    ProcessInstance instance = sampleProcessInstance();

    browser.open(WebApp.COCKPIT).waitForText(PRODUCT).waitForText("流程监控");
    browser.screenshot("01-login-page");

    browser.login(WebApp.COCKPIT, "liufang")
        .waitForText(By.cssSelector(".navbar-brand"), PRODUCT + " 流程监控")
        .waitForText("流程")
        .waitForText("决策")
        .waitForText("人工任务")
        .waitForText("更多")
        .waitForText("运行中的流程实例")
        .waitForText("未解决的异常")
        .waitForText("未完成的人工任务");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("02-dashboard");

    browser.click(By.linkText("流程"))
        .waitForText("个流程定义已部署")
        .waitForText(SAMPLE_PROCESS_NAME);
    assertThat(browser.bodyText()).contains("运行中的实例", "异常", "名称", "状态");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("03-processes");

    browser.go(WebApp.COCKPIT.startPage() + "#/process-definition/" + instance.getProcessDefinitionId() + "/runtime")
        .waitForText("定义版本：")
        .waitForText("运行中的实例：")
        .waitForText("流程实例")
        .waitForText("作业定义")
        .waitForText(instance.getId());
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("04-process-definition");

    browser.go(WebApp.COCKPIT.startPage() + "#/process-instance/" + instance.getId() + "/runtime")
        .waitForText("实例 ID：")
        .waitForText("变量")
        .waitForText("异常")
        .waitForText("用户任务")
        .waitForText("teamName")
        .waitForText("某县县委常委班子");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("05-process-instance");

    browser.clickText("用户任务")
        .waitForText("办理人")
        .waitForText(SAMPLE_TASK_NAME);
    browser.screenshot("06-user-tasks");
  }

  @Test
  void memberIsRefusedCockpit(Browser browser) {
    browser.submitLogin(WebApp.COCKPIT, "lihua")
        .waitForText("登录失败")
        .waitForText("没有使用此应用的权限");
    assertThat(browser.driver().findElements(By.cssSelector("a.navbar-brand.app-banner"))).isEmpty();
    browser.screenshot("01-cockpit-login-refused");

    browser.login(WebApp.TASKLIST, "lihua").waitForText(TasklistFilters.MINE);
    browser.open(WebApp.COCKPIT)
        .waitForText("无权访问")
        .waitForText("流程监控只对组织部门开放");
    assertThat(browser.bodyText()).doesNotContain("运行中的流程实例");
    browser.screenshot("02-cockpit-page-refused");
  }

  @Test
  void administratorSeesWelcomeAndAdminInChinese(Browser browser) {
    browser.login(WebApp.WELCOME, "admin")
        .waitForText(By.cssSelector(".navbar-brand"), PRODUCT + " 首页")
        .waitForText("应用")
        .waitForText("待办任务")
        .waitForText("流程监控")
        .waitForText("系统管理")
        .waitForText("个人资料");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("01-welcome");

    browser.login(WebApp.ADMIN, "admin")
        .waitForText(By.cssSelector(".navbar-brand"), PRODUCT + " 系统管理")
        .waitForText("用户")
        .waitForText("组")
        .waitForText("授权")
        .waitForText("系统");
    browser.go(WebApp.ADMIN.startPage() + "#/users")
        .waitForText("用户列表")
        .waitForText("lihua");
    assertThat(browser.rawTranslationKeys()).isEmpty();
    browser.screenshot("02-admin-users");
  }

  private ProcessInstance sampleProcessInstance() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("dlm-browser-sample")
        .name(SAMPLE_PROCESS_NAME)
        .startEvent()
        .userTask("sampleTask").name(SAMPLE_TASK_NAME).camundaAssignee("lihua")
        .endEvent()
        .done();
    Deployment deployment = repositoryService.createDeployment()
        .name("browser-test-sample")
        .addModelInstance("dlm-browser-sample.bpmn", model)
        .deploy();
    deployments.add(deployment.getId());
    return runtimeService.startProcessInstanceByKey("dlm-browser-sample",
        Map.of("teamName", "某县县委常委班子", "year", 2026));
  }

  /** The stand-alone tasks this test created and nobody completed (never all tasks: taskIdIn() without ids is no filter). */
  private List<Task> myTasks() {
    return createdTasks.isEmpty() ? List.of()
        : taskService.createTaskQuery().taskIdIn(createdTasks.toArray(String[]::new)).list();
  }

  private void task(String name, String assignee, Instant due) {
    Task task = taskService.newTask();
    task.setName(name);
    task.setAssignee(assignee);
    task.setDueDate(Date.from(due));
    taskService.saveTask(task);
    createdTasks.add(task.getId());
    taskService.setVariableLocal(task.getId(), "teamName", "某县县委常委班子");
    taskService.setVariableLocal(task.getId(), "year", 2026);
    taskService.setVariableLocal(task.getId(), "phase", "撰写对照检查材料");
  }
}
