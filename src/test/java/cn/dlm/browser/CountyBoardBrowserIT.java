package cn.dlm.browser;

import static cn.dlm.platform.form.JsonValues.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.cycle.CycleDriver;
import cn.dlm.cycle.TestTeam;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county board (民主生活会总览) as the office sees it in Cockpit: a running cycle with an overdue step, a
 * closed one and one the office withdraws from the board; filter, sort, the click into Cockpit, the export
 * link. The supervisors read it in Tasklist without withdrawal; a member finds it neither in the menu nor
 * through the API.
 */
@BrowserTest
class CountyBoardBrowserIT {

  static final TestTeam RUNNING = TestTeam.numbered(781, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam CLOSED = TestTeam.numbered(782, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final TestTeam WITHDRAWN = TestTeam.numbered(783, 3, CycleDriver.OFFICE, CycleDriver.SUPERVISOR);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;

  final LocalDate meeting = LocalDate.now(SHANGHAI).plusDays(40);
  final int year = meeting.getYear();
  final List<String> started = new ArrayList<>();

  @AfterEach
  void removeThisTestsCycles() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(started, "test done", true, true, false);
    started.forEach(id -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(id));
  }

  @Test
  void officeSeesEveryTeamsPhaseAndOverdueStepsIncludingClosedAndWithdrawnCycles(Browser browser) {
    ProcessInstance running = start(RUNNING);
    Task study = engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult();
    engine.getTaskService().setDueDate(study.getId(), Date.from(LocalDate.now(SHANGHAI).minusDays(3).atTime(18, 0)
        .atZone(SHANGHAI).toInstant()));
    ProcessInstance closed = close(start(CLOSED));
    ProcessInstance withdrawn = start(WITHDRAWN);

    browser.login(WebApp.COCKPIT, CycleDriver.OFFICE);
    assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header]")).getText())
        .contains("民主生活会总览", "人员名册导入");
    browser.clickText("民主生活会总览").waitForText("民主生活会总览");
    browser.go(WebApp.COCKPIT.startPage() + "#/board?year=" + year).waitForText(row(running), "第781班子");
    browser.screenshot("01-board");

    assertThat(cells(browser, running)).containsExactly("第781班子\n" + running.getBusinessKey(), "进行中",
        "方案与会前学习", meeting.toString(), "1", "1", "记录会前集中学习（组织办）\n应于 "
            + LocalDate.now(SHANGHAI).minusDays(3) + " 完成", "0", "0", "0", "0", "撤销");
    assertThat(cells(browser, closed)).containsExactly("第782班子\n" + closed.getBusinessKey(), "已结束", "已闭环",
        meeting.toString(), "0", "0", "", "0", "0", "3", "1", "");
    assertThat(cells(browser, withdrawn).get(1)).isEqualTo("进行中");

    browser.click(() -> row(browser, withdrawn).findElement(By.xpath(".//button[normalize-space(.)='撤销']")));
    browser.waitForVisible(By.cssSelector("dialog.dlm-dialog")).isDisplayed();
    browser.waitForText(By.cssSelector("dialog.dlm-dialog h3"), "撤销“第783班子”" + year + "年度民主生活会");
    browser.click(By.cssSelector("dialog.dlm-dialog .btn-danger"))
        .waitForText(By.cssSelector("dialog.dlm-dialog .dlm-error"), "请填写撤销理由。");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(withdrawn.getId()).count())
        .as("nothing withdrawn without a reason").isOne();
    browser.type(By.cssSelector("dialog.dlm-dialog textarea"), "班子选错，重新发起");
    browser.screenshot("02-withdraw-dialog");
    browser.click(By.cssSelector("dialog.dlm-dialog .btn-danger"))
        .waitForText(row(withdrawn), "已撤销");
    browser.screenshot("03-withdrawn");

    assertThat(cells(browser, withdrawn).subList(1, 6)).containsExactly(
        "已撤销\n理由：班子选错，重新发起（刘芳，" + LocalDate.now(SHANGHAI) + "）", "方案与会前学习", meeting.toString(), "0", "0");
    HistoricProcessInstance gone = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(withdrawn.getId()).singleResult();
    assertThat(gone.getState()).isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    assertThat(gone.getDeleteReason()).isEqualTo("撤销：班子选错，重新发起");

    status(browser).selectByVisibleText("已撤销");
    browser.waitUntil(d -> d.findElements(row(running)).isEmpty() ? true : null);
    assertThat(browser.driver().findElements(By.cssSelector(".dlm-board tbody tr td:nth-child(2)")))
        .extracting(WebElement::getText).allSatisfy(status -> assertThat(status).startsWith("已撤销"));
    assertThat(browser.driver().findElements(row(withdrawn))).hasSize(1);
    browser.screenshot("04-filtered-withdrawn");
    status(browser).selectByVisibleText("全部状态");

    browser.click(By.xpath("//div[@class='dlm-board']//th[normalize-space(.)='逾期']"));
    browser.click(By.xpath("//div[@class='dlm-board']//th[normalize-space(.)='逾期']"));
    browser.waitForVisible(By.cssSelector(".dlm-board th[aria-sort=descending]"));
    List<String> order = browser.driver().findElements(By.cssSelector(".dlm-board tbody tr")).stream()
        .map(tr -> tr.getAttribute("data-business-key")).toList();
    assertThat(order.indexOf(running.getBusinessKey())).as("most overdue first")
        .isLessThan(order.indexOf(closed.getBusinessKey()));

    assertThat(browser.driver().findElement(By.linkText("导出 Excel")).getAttribute("href"))
        .endsWith("/api/board.xlsx?year=" + year);
    Object download = browser.script("return fetch(arguments[0]).then(r => r.status + ' '"
        + " + r.headers.get('Content-Type'))", "/api/board.xlsx?year=" + year);
    assertThat(download).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    browser.click(() -> row(browser, running).findElement(By.linkText("第781班子")));
    browser.waitUntil(d -> d.getCurrentUrl().contains("#/process-instance/" + running.getId()) ? true : null);
    browser.waitForText(running.getBusinessKey());
    browser.screenshot("05-instance-in-cockpit");
  }

  @Test
  void supervisorsReadTheBoardInTasklistWithoutWithdrawal(Browser browser) {
    ProcessInstance running = start(RUNNING);

    TasklistPage.loginAs(browser, CycleDriver.SUPERVISOR);
    browser.click(By.cssSelector(".dlm-board-action a"));
    browser.go(WebApp.TASKLIST.startPage() + "#/board?year=" + year).waitForText(row(running), "第781班子");
    browser.screenshot("01-supervisor-board");

    assertThat(cells(browser, running)).containsExactly("第781班子\n" + running.getBusinessKey(), "进行中",
        "方案与会前学习", meeting.toString(), "1", "0", "", "0", "0", "0", "0");
    assertThat(browser.driver().findElements(By.xpath("//div[@class='dlm-board']//button[normalize-space(.)='撤销']")))
        .isEmpty();
    assertThat(row(browser, running).findElements(By.tagName("a"))).as("no link into Cockpit").isEmpty();
  }

  @Test
  void aMemberFindsTheBoardNeitherInTheMenuNorThroughTheApi(Browser browser) {
    start(RUNNING);

    browser.login(WebApp.TASKLIST, RUNNING.members().get(0));
    browser.waitForText("键盘快捷键");
    browser.screenshot("01-member-header");
    assertThat(browser.driver().findElement(By.cssSelector("[cam-widget-header]")).getText())
        .doesNotContain("民主生活会总览");
    Object answer = browser.script("return fetch('/api/board?year=" + year + "').then(r => r.json()"
        + ".then(body => r.status + ' ' + body.message))");
    assertThat(answer).isEqualTo("403 您没有执行此操作的权限。");

    browser.go(WebApp.TASKLIST.startPage() + "#/board?year=" + year).waitForText("您没有执行此操作的权限。");
    assertThat(browser.bodyText()).doesNotContain("第781班子");
    browser.screenshot("02-member-board-refused");
    browser.open(WebApp.COCKPIT).waitForText("无权访问");
  }

  private ProcessInstance start(TestTeam team) {
    team.create(engine.getIdentityService(), cn.dlm.support.SessionClient.DEMO_PASSWORD);
    CycleDriver driver = new CycleDriver(engine, LocalDate.now(SHANGHAI), team);
    ProcessInstance cycle = driver.start(driver.startForm(year, meeting));
    started.add(cycle.getId());
    return cycle;
  }

  /**
   * Ends a cycle the way signing off does, without walking every step: the ledger's counts handed back by
   * the rectification process, then the end event (整改落实 returned).
   */
  private ProcessInstance close(ProcessInstance cycle) {
    engine.getRuntimeService().setVariable(cycle.getId(), "rectificationSummary",
        json(Map.of("total", 4, "open", 0, "overdue", 0, "closed", 3, "carriedOver", 1)));
    engine.getRuntimeService().createProcessInstanceModification(cycle.getId())
        .cancelAllForActivity("Task_RecordStudy").startBeforeActivity("EndEvent_CycleClosed").execute();
    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cycle.getId()).singleResult().getState())
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    return cycle;
  }

  private static Select status(Browser browser) {
    return new Select(browser.driver().findElement(By.cssSelector(".dlm-board select[name=status]")));
  }

  private static By row(ProcessInstance cycle) {
    return By.cssSelector(".dlm-board tr[data-business-key='" + cycle.getBusinessKey() + "']");
  }

  private static WebElement row(Browser browser, ProcessInstance cycle) {
    return browser.driver().findElement(row(cycle));
  }

  private static List<String> cells(Browser browser, ProcessInstance cycle) {
    return row(browser, cycle).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }
}
