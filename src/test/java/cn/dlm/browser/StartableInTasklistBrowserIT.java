package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only 民主生活会 can be started from Tasklist: the reminder sweep (催办巡检), mail delivery (邮件投递)
 * and the cycle's sub-processes run on their own. 发起流程 and 新建任务 are shown only to whoever
 * may use them: the office may start processes, nobody but the administrator may create tasks.
 */
@BrowserTest
class StartableInTasklistBrowserIT {

  private static final By START_PROCESS = By.cssSelector(".start-process-action");
  private static final By CREATE_TASK = By.cssSelector(".create-task-action");

  @Autowired
  private RepositoryService repositoryService;

  @Test
  void onlyTheOfficesProcessesAreStartableInTasklist() throws IOException {
    List<String> ours = ourProcessKeys();
    List<String> startable = repositoryService.createProcessDefinitionQuery().latestVersion()
        .startableInTasklist().list().stream().map(ProcessDefinition::getKey).filter(ours::contains).toList();

    assertThat(ours).contains(CycleContract.PROCESS_KEY, "reminder-sweep", "mail-delivery", "member-material", "rectification");
    assertThat(startable).as("the cycle and the season launch (年度部署), both the office's")
        .containsExactlyInAnyOrder(CycleContract.PROCESS_KEY, "season-launch");
  }

  @Test
  void officeCanStartTheCycleAndNothingElse(Browser browser) {
    TasklistPage.loginAs(browser, "liufang").selectFilter(TasklistFilters.MINE);
    browser.waitForVisible(START_PROCESS);
    browser.clickText("发起流程");
    browser.waitForVisible(By.cssSelector(".modal ul.processes li"));
    browser.screenshot("01-office-start-dialog");

    List<String> offered = browser.driver().findElements(By.cssSelector(".modal ul.processes li a")).stream()
        .map(WebElement::getText).toList();
    assertThat(offered).contains("民主生活会")
        .doesNotContain("催办巡检", "邮件投递", "撰写并审核个人对照检查材料", "整改落实");
    assertThat(displayed(browser, CREATE_TASK)).as("新建任务 for the office, who may create no task").isFalse();
  }

  @Test
  void memberSeesNeitherStartProcessNorCreateTask(Browser browser) {
    TasklistPage.loginAs(browser, "lihua").selectFilter(TasklistFilters.MINE);
    browser.waitForText("键盘快捷键");
    browser.screenshot("01-member-header");

    assertThat(displayed(browser, START_PROCESS)).as("发起流程 for a member").isFalse();
    assertThat(displayed(browser, CREATE_TASK)).as("新建任务 for a member").isFalse();
    assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header]")).getText())
        .doesNotContain("发起流程", "新建任务");
  }

  @Test
  void administratorKeepsBothActions(Browser browser) {
    browser.login(WebApp.TASKLIST, "admin");
    browser.waitForVisible(START_PROCESS);
    browser.waitForVisible(CREATE_TASK);
    browser.screenshot("01-administrator-header");
  }

  /** The keys of the processes in processes/ (tests deploy fixtures of their own besides). */
  private static List<String> ourProcessKeys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn"))
          .flatMap(file -> Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream())
          .map(Process::getId).toList();
    }
  }

  private static boolean displayed(Browser browser, By locator) {
    return browser.driver().findElements(locator).stream().anyMatch(WebElement::isDisplayed);
  }
}
