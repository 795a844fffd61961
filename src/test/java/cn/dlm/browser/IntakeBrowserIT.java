package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.access.TasklistFilters;
import cn.dlm.cycle.CycleDriver;
import cn.dlm.platform.form.JsonValues;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Online opinion intake (网上征求意见) as its users meet it: the office opens the link from 汇总征求意见 in Tasklist,
 * people leave opinions on a phone without logging in, and the office finds them as rows of its list to review.
 */
@BrowserTest
class IntakeBrowserIT {

  private static final String COLLECT = "汇总征求意见";
  private static final String ABOUT_LIHUA = "希望李华同志多到基层一线调研，少开会多办事。";
  private static final String ABOUT_TEAM = "班子要进一步改进会风文风，精简文件和会议。";

  @Autowired
  private ProcessEngine engine;

  private CycleDriver cycle;
  private ProcessInstance instance;

  @BeforeEach
  void startCycleUpToTheOpinions() {
    LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
    cycle = new CycleDriver(engine, today);
    LocalDate meeting = today.plusDays(40);
    instance = cycle.start(cycle.startForm(meeting.getYear(), meeting));
    cycle.recordStudy(instance);
  }

  @AfterEach
  void removeCycle() {
    engine.getRuntimeService().deleteProcessInstancesIfExists(List.of(instance.getId()), "browser test done", true,
        true, false);
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .list().forEach(pi -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(pi.getId()));
  }

  @Test
  void opinionsLeftOnAPhoneReachTheOfficesListForReview(Browser office) {
    TasklistPage tasklist = TasklistPage.loginAs(office, CycleDriver.OFFICE).selectFilter(TasklistFilters.OFFICE_ALL);
    tasklist.waitForTask(COLLECT).openTask(COLLECT).claim();
    office.waitForText("网上征求意见未开启");
    office.screenshot("01-intake-not-open");
    office.click(By.linkText("开启网上征求意见"));
    String link = office.waitForVisible(By.cssSelector(".dlm-intake-opened code")).getText();
    assertThat(link).matches("http://localhost:\\d+/intake/[A-Za-z0-9_-]{43}");
    office.waitUntil(d -> ((Number) office.script(
        "return document.querySelector('.dlm-intake-opened img').naturalWidth")).intValue() > 0 ? true : null);
    office.screenshot("02-intake-open-with-qr-code");

    try (Browser phone = Browser.open(office.baseUrl(), "", "IntakeBrowserIT.phone")) {
      phone.driver().manage().window().setSize(new Dimension(390, 844));
      phone.go(URI.create(link).getPath()).waitForText("不记录您的身份");
      phone.waitForText("某县人民政府党组");
      assertThat(phone.driver().findElements(By.tagName("a"))).as("the page leads nowhere else").isEmpty();
      assertThat(((Number) phone.script("return document.documentElement.scrollWidth")).intValue())
          .as("fits a phone's width").isLessThanOrEqualTo(390);
      phone.screenshot("01-phone-page");

      leaveOpinion(phone, "李华", "工作作风", "<a href=x>点这里</a>");
      phone.waitForText("不能含有网页代码");
      phone.screenshot("02-html-refused");

      leaveOpinion(phone, "李华", "工作作风", ABOUT_LIHUA);
      phone.waitForText("意见已提交");
      phone.screenshot("03-submitted");
      phone.click(By.id("again"));
      leaveOpinion(phone, "班子整体", "", ABOUT_TEAM);
      phone.waitForText("意见已提交");

      office.driver().navigate().refresh();
      tasklist.waitForTask(COLLECT).openTask(COLLECT);
      CamundaForm form = CamundaForm.of(office);
      office.waitUntil(d -> form.rows("意见建议") == 2 ? true : null);
      assertThat(texts(office)).containsExactly(ABOUT_LIHUA, ABOUT_TEAM);
      assertThat(form.text()).contains("已收到 2 条").contains("网上征求");
      assertThat(form.value("本表单中的网上意见（条）")).isEqualTo("2");
      office.screenshot("03-office-reviews-online-rows");
      assertThat(engine.getRuntimeService().getVariable(instance.getId(), "opinions"))
          .as("nothing reaches the cycle before the office submits").isNull();

      form.textarea("意见内容", 1, ABOUT_TEAM + "（已核实）");
      tasklist.completeAndWait();

      JsonNode fedBack = JsonValues.tree(engine.getRuntimeService().getVariable(instance.getId(), "opinions"));
      List<String> channels = new ArrayList<>();
      fedBack.forEach(row -> channels.add(row.path("channel").asText()));
      assertThat(channels).containsExactly("网上征求", "网上征求");
      assertThat(fedBack.get(1).path("text").asText()).isEqualTo(ABOUT_TEAM + "（已核实）");
      Task lihua = cycle.taskOf(instance, "Task_AcknowledgeOpinions", "lihua");
      assertThat(lihua).isNotNull();

      phone.driver().navigate().refresh();
      phone.waitForText("本次网上征求意见已结束");
      phone.screenshot("04-closed-after-review");
    }
  }

  private static void leaveOpinion(Browser phone, String target, String area, String text) {
    new Select(phone.waitForVisible(By.id("target"))).selectByVisibleText(target);
    new Select(phone.driver().findElement(By.id("area"))).selectByVisibleText(area.isEmpty() ? "不选" : area);
    phone.driver().findElement(By.id("text")).clear();
    phone.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        phone.driver().findElement(By.id("text")), text);
    phone.click(By.id("submit"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(Browser office) {
    return (List<String>) office.script("return Array.from(document.querySelectorAll('.fjs-container textarea'))"
        + ".map(t => t.value)");
  }
}
