package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.demo.DemoData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The season launch's scope (部署范围) in Tasklist: the office narrows 年度部署 to the teams whose name contains a
 * word; 确定参加班子 then names the scope and lists only those teams. A scope with no team is refused in Chinese
 * under the start form.
 */
@BrowserTest
class SeasonScopeBrowserIT {

  @Autowired
  private ProcessEngine engine;

  private final Date testStart = new Date(System.currentTimeMillis() - 1_000);

  /** The season this test started (none before it: the engine's clock is the real one here). */
  @AfterEach
  void removeSeason() {
    List<String> seasons = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("season-launch").startedAfter(testStart).list().stream()
        .map(HistoricProcessInstance::getId).toList();
    engine.getRuntimeService().deleteProcessInstancesIfExists(seasons, "browser test done", true, true, false);
  }

  @Test
  void theOfficeLaunchesTheTeamsOfAScopeAndAnEmptyScopeIsRefused(Browser browser) {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    TasklistPage tasklist = TasklistPage.loginAs(browser, "liufang");

    tasklist.startProcess("年度部署");
    fillStart(CamundaForm.of(browser), year).text("班子名称包含", "某省");
    browser.click(By.cssSelector(".modal-footer button.btn-primary"));
    browser.waitForText("部署范围（班子名称包含“某省”）内没有领导班子，请检查范围。");
    browser.screenshot("01-scope-without-teams");

    CamundaForm.of(browser).text("班子名称包含", "人民政府");
    browser.screenshot("02-season-start-with-scope");
    // the dialog keeps the first refusal shown above the form, so TasklistPage#submitStart would take it for this one
    browser.click(By.cssSelector(".modal-footer button.btn-primary"));
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? true : null);

    tasklist.selectFilter(TasklistFilters.MY_GROUPS).openTask("确定参加班子");
    browser.clickText("认领");
    CamundaForm teams = CamundaForm.of(browser);
    assertThat(teams.value("部署范围")).isEqualTo("班子名称包含“人民政府”");
    assertThat(teams.expandAll("领导班子").count("班子编号")).isOne();
    assertThat(teams.value("班子编号", 0)).isEqualTo(DemoData.TEAM_ID);
    browser.screenshot("03-season-teams-of-the-scope");
  }

  private static CamundaForm fillStart(CamundaForm form, int year) {
    return form.text("年度", String.valueOf(year))
        .text("主题", year + "年度民主生活会")
        .pickDate("会议时间窗口开始", 0, LocalDate.of(year, 3, 2))
        .pickDate("会议时间窗口结束", 0, LocalDate.of(year, 3, 31));
  }
}
