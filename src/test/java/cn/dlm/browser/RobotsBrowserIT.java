package cn.dlm.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work-group robots (群机器人) on Cockpit's roster page as the office uses them: a wrong address is refused in
 * Chinese; a DingTalk robot set for a team shows with its key and secret masked, which never reach the page; 删除
 * removes it.
 */
@BrowserTest
class RobotsBrowserIT {

  private static final String TOKEN = "browser-token-0123456789wxyz";
  private static final String SECRET = "SECbrowser0123456789abcdef0123456789abcdef0123456789abcdef01";

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void removeRobots() {
    jdbc.update("DELETE FROM DLM_GROUP_ROBOT");
  }

  @Test
  void officeSetsATeamsRobotThatShowsOnlyMaskedAndRemovesIt(Browser browser) {
    browser.login(WebApp.COCKPIT, "liufang");
    browser.clickText("人员名册导入").waitForText("群机器人（企业微信 / 钉钉）");
    browser.waitForText("尚未设置群机器人。");
    Select group = new Select(browser.driver().findElement(By.cssSelector(".dlm-robots select[name=group]")));
    browser.waitUntil(driver -> group.getOptions().stream()
        .anyMatch(option -> "county-gov-party-group".equals(option.getAttribute("value"))));
    group.selectByValue("county-gov-party-group");
    new Select(browser.driver().findElement(By.cssSelector(".dlm-robots select[name=kind]"))).selectByValue("钉钉");

    browser.type(By.cssSelector(".dlm-robots input[name=webhook]"), "http://oapi.dingtalk.com/robot/send?access_token=1");
    browser.clickText("保存群机器人").waitForText("群机器人地址须使用 https://（未加密的 http 地址不予接受）。");

    browser.driver().findElement(By.cssSelector(".dlm-robots input[name=webhook]")).clear();
    browser.type(By.cssSelector(".dlm-robots input[name=webhook]"),
        "https://oapi.dingtalk.com/robot/send?access_token=" + TOKEN);
    browser.type(By.cssSelector(".dlm-robots input[name=secret]"), SECRET);
    browser.clickText("保存群机器人").waitForText("已保存“某县人民政府党组”的群机器人。");
    browser.waitForText(By.cssSelector(".dlm-robot-table tbody"), "某县人民政府党组");

    assertThat(browser.driver().findElement(By.cssSelector(".dlm-robot-table tbody tr")).getText())
        .contains("某县人民政府党组", "钉钉", "https://oapi.dingtalk.com/robot/send?access_token=****wxyz", "已设置", "刘芳");
    assertThat(browser.driver().getPageSource()).doesNotContain(TOKEN, SECRET);
    assertThat(browser.driver().findElement(By.cssSelector(".dlm-robots input[name=secret]")).getAttribute("value"))
        .isEmpty();
    browser.screenshot("01-robot-set-masked");

    browser.click(By.cssSelector(".dlm-robot-table tbody tr button")).waitForText("已删除“某县人民政府党组”的群机器人。");
    browser.waitForText("尚未设置群机器人。");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DLM_GROUP_ROBOT", Integer.class)).isZero();
  }
}
