package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What is left of English and of Western name order in the webapps: names read 刘芳 (not 芳 刘) in
 * the headers, Tasklist's task list and task details and Admin's user list; engine errors reach
 * users in Chinese; Cockpit's English literals are Chinese; the Camunda end-of-life banner is shown
 * to administrators only.
 */
@BrowserTest
class ChineseOrderBrowserIT {

  private static final String TASK = "核对参会名单";

  @Autowired
  private ProcessEngine engine;

  private final List<String> tasks = new ArrayList<>();
  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void deleteWhatTheTestCreated() {
    tasks.forEach(id -> {
      if (engine.getTaskService().createTaskQuery().taskId(id).count() > 0) {
        engine.getTaskService().deleteTask(id, true);
      }
    });
    deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void namesReadFamilyNameFirstInTasklistAndTheHeaders(Browser browser) {
    task(TASK, "liufang");

    TasklistPage tasklist = TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE).waitForTask(TASK);
    browser.waitForText(By.cssSelector(".account > .dropdown-toggle"), "刘芳");
    browser.waitForText(By.cssSelector(".tasks-list .assignee"), "刘芳");
    tasklist.openTask(TASK);
    browser.waitForText(By.cssSelector("li.assignee"), "刘芳");
    assertThat(browser.bodyText()).doesNotContain("芳 刘");
    browser.screenshot("01-tasklist");

    browser.login(WebApp.COCKPIT, "liufang").waitForText(By.cssSelector(".account > .dropdown-toggle"), "刘芳");
    browser.login(WebApp.WELCOME, "liufang").waitForText(By.cssSelector(".account > .dropdown-toggle"), "刘芳")
        .waitForText(By.cssSelector(".user-profile-name"), "刘芳");
    assertThat(browser.bodyText()).doesNotContain("芳 刘");
    browser.screenshot("02-welcome");
  }

  @Test
  void adminListsUsersByTheirChineseNames(Browser browser) {
    browser.login(WebApp.ADMIN, "admin").go(WebApp.ADMIN.startPage() + "#/users").waitForText("用户列表");
    WebElement liufang = browser.waitForVisible(By.xpath("//tr[.//a[normalize-space(.)='liufang']]"));
    browser.waitUntil(d -> liufang.findElements(By.cssSelector("td.dlm-name")).isEmpty() ? null : true);

    assertThat(liufang.findElement(By.cssSelector("td.dlm-name")).getText()).isEqualTo("刘芳");
    assertThat(browser.driver().findElement(By.cssSelector("th.dlm-name")).getText()).isEqualTo("姓名");
    assertThat(liufang.getText()).doesNotContain("芳 刘").doesNotContain("芳\t刘");
    assertThat(browser.bodyText()).doesNotContain("名*", "姓*");
    browser.screenshot("01-admin-users");

    browser.go(WebApp.ADMIN.startPage() + "#/users/liufang?tab=profile")
        .waitForText(By.cssSelector(".section-content > header h3"), "编辑用户 刘芳")
        .waitForText(By.cssSelector(".cam-breadcrumb"), "刘芳");
    browser.waitUntil(d -> d.getTitle().endsWith("编辑用户 刘芳") ? true : null);
    browser.screenshot("02-admin-user");

    browser.go(WebApp.ADMIN.startPage() + "#/groups/organizing-office?tab=users")
        .waitForText(By.cssSelector("td.dlm-name"), "刘芳");
    assertThat(browser.bodyText()).doesNotContain("芳 刘").doesNotContain("芳\t刘");
    browser.screenshot("03-admin-group-members");
  }

  @Test
  void aTaskThatIsGoneIsReportedInChinese(Browser browser) {
    String gone = task("已撤销的任务", "liufang");
    engine.getTaskService().deleteTask(gone, true);

    TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE);
    browser.go(WebApp.TASKLIST.startPage() + "#/?task=" + gone);
    browser.waitForText(By.cssSelector(".page-notifications"), "找不到要打开的内容");
    assertThat(browser.driver().findElement(By.cssSelector(".page-notifications")).getText())
        .doesNotContain("No matching", gone);
    browser.screenshot("01-task-gone");
  }

  @Test
  void permissionErrorsOfTheEngineReadInChinese(Browser browser) {
    String createTask = refusal("lihua", () -> engine.getTaskService().saveTask(engine.getTaskService().newTask()));
    String startCycle = refusal("lihua", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(CycleContract.PROCESS_KEY));
    assertThat(createTask).contains("does not have", "CREATE");
    TasklistPage.loginAs(browser, "lihua");

    assertThat(chineseMessage(browser, createTask)).isEqualTo("用户“lihua”没有新建任务的权限。如需办理，请联系组织办。");
    assertThat(chineseMessage(browser, startCycle)).startsWith("用户“lihua”没有")
        .doesNotContain("does not have", "permission", "ProcessInstance", "ProcessDefinition");
    assertThat(chineseMessage(browser, "ENGINE-03005 Execution of 'UPDATE TaskEntity[x]' failed. "
        + "Entity was updated by another transaction concurrently.")).isEqualTo("数据刚被他人修改。请刷新页面后重试。");
    assertThat(chineseMessage(browser, "ENGINE-09999 Something unexpected"))
        .isEqualTo("系统未能完成此操作。请刷新页面后重试；仍有问题请联系管理员（错误代码 ENGINE-09999）。");
    assertThat(chineseMessage(browser, "会议日期不能早于今天")).as("our own refusals pass unchanged")
        .isEqualTo("会议日期不能早于今天");
  }

  @Test
  void endOfLifeBannerIsForAdministratorsOnly(Browser browser) {
    By banner = By.cssSelector(".ce-eol-banner");
    browser.login(WebApp.TASKLIST, "admin");
    browser.waitForVisible(banner);
    browser.screenshot("01-administrator");

    for (String participant : List.of("liufang", "lihua")) {
      browser.driver().manage().deleteAllCookies();
      TasklistPage.loginAs(browser, participant).selectFilter(TasklistFilters.MINE);
      browser.waitForText("键盘快捷键");
      assertThat(browser.driver().findElements(banner).stream().noneMatch(WebElement::isDisplayed))
          .as("banner shown to " + participant).isTrue();
      assertThat(browser.bodyText()).doesNotContain("Camunda 8", "迁移指南");
      browser.screenshot("02-" + participant);
    }
    browser.driver().manage().deleteAllCookies();
    browser.login(WebApp.COCKPIT, "liufang").waitForText("运行中的流程实例");
    assertThat(browser.bodyText()).doesNotContain("迁移指南");
  }

  @Test
  void cockpitShowsItsEnglishLiteralsInChinese(Browser browser) {
    deployments.add(engine.getRepositoryService().createDeployment().name("browser-test-cockpit")
        .addModelInstance("dlm-browser-cockpit.bpmn", Bpmn.createExecutableProcess("dlm-browser-cockpit")
            .name("浏览器监控测试流程").camundaHistoryTimeToLive(1).startEvent()
            .userTask("check").name("核对数据").camundaAssignee("liufang").endEvent().done())
        .deploy().getId());
    String instance = engine.getRuntimeService().startProcessInstanceByKey("dlm-browser-cockpit",
        Map.of("teamName", "某县人民政府党组", "year", 2026)).getId();

    browser.login(WebApp.COCKPIT, "liufang")
        .go(WebApp.COCKPIT.startPage() + "#/process-instance/" + instance + "/runtime")
        .waitForText("teamName")
        .waitForText(By.cssSelector("thead .actions"), "操作")
        .waitForText(By.cssSelector("td.col-type"), "字符串")
        .waitForText(By.cssSelector("dd.super-process-instance-id"), "无");
    assertThat(browser.driver().findElements(By.cssSelector("td.col-type"))).extracting(WebElement::getText)
        .contains("字符串", "整数").doesNotContain("String", "Integer");
    assertThat(browser.bodyText()).doesNotContain("Actions").doesNotContainPattern("\\bnull\\b");
    browser.screenshot("01-cockpit-variables");
  }

  private String chineseMessage(Browser browser, String message) {
    return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "import('/camunda/app/dlm/engine-messages.js').then(m => done(m.chineseMessage(arguments[0])));",
        message);
  }

  private String refusal(String user, Runnable action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      action.run();
      throw new AssertionError(user + " was not refused");
    } catch (AuthorizationException refused) {
      return refused.getMessage();
    } finally {
      identity.clearAuthentication();
    }
  }

  private String task(String name, String assignee) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    task.setAssignee(assignee);
    engine.getTaskService().saveTask(task);
    tasks.add(task.getId());
    return task.getId();
  }
}
