package cn.dlm.browser;

import static cn.dlm.support.TestSmtp.mailTo;
import static cn.dlm.support.TestSmtp.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import cn.dlm.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The roster import page (人员名册导入) in Cockpit as the office uses it: a roster with a mistake is refused
 * with the sheet, row and column named; the corrected one is checked (预检) and applied (确认导入); a user
 * it created receives the mail (GreenMail), sets a password through its link and logs in to Tasklist.
 */
@BrowserTest
class RosterImportBrowserIT {

  private static final ServerSetup SMTP = TestSmtp.onFreePort();
  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password/set\\.html\\?login=[a-z0-9-]+&token=[A-Za-z0-9_-]+)");
  private static final String TEAM = "browser-roster-team";
  private static final List<String> LOGINS = List.of("qinlan", "weidong", "zhengjie");
  private static final String NEW_PASSWORD = "Shezhi#2026ok";

  @RegisterExtension
  static final GreenMailExtension smtp = TestSmtp.server(SMTP);

  @DynamicPropertySource
  static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
    TestSmtp.sendThrough(SMTP, registry);
  }

  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @TempDir Path files;

  @AfterEach
  void removeImportedPeople() {
    LOGINS.forEach(identityService::deleteUser);
    identityService.deleteGroup(TEAM);
  }

  @Test
  void officeChecksAndAppliesARosterAndAnImportedUserLogsInAfterSettingThePassword(Browser browser) throws Exception {
    Path wrong = roster("名册-有误.xlsx", "qinlan@dlm.example.cn", "weidong.dlm.example.cn");
    Path right = roster("名册.xlsx", "qinlan@dlm.example.cn", "weidong@dlm.example.cn");

    browser.login(WebApp.COCKPIT, "liufang");
    browser.clickText("人员名册导入").waitForText("下载名册模板");
    assertThat(browser.driver().findElement(By.linkText("下载名册模板")).getAttribute("href"))
        .endsWith("/api/roster/template.xlsx");

    choose(browser, wrong);
    browser.clickText("预检（不做更改）").waitForText("名册中有 1 处错误，未做任何更改。");
    assertThat(texts(browser, ".dlm-errors tbody tr")).containsExactly("人员 3 C（邮箱） 邮箱“weidong.dlm.example.cn”格式不正确。");
    assertThat(browser.driver().findElement(By.xpath("//button[normalize-space(.)='确认导入']")).isEnabled()).isFalse();
    browser.screenshot("01-errors-by-sheet-row-column");

    choose(browser, right);
    browser.clickText("预检（不做更改）").waitForText("预检通过：将新建");
    assertThat(texts(browser, ".dlm-changes[data-part=toCreate] tbody tr")).contains(
        "班子 " + TEAM + " 新建班子“浏览器测试党组”（党组）",
        "人员 qinlan 新建用户秦岚（qinlan，qinlan@dlm.example.cn）");
    assertThat(identityService.createUserQuery().userId("qinlan").count()).as("a dry run changes nothing").isZero();
    browser.screenshot("02-dry-run");

    browser.clickText("确认导入").waitForText("导入完成");
    browser.screenshot("03-applied");
    assertThat(identityService.createUserQuery().userIdIn(LOGINS.toArray(String[]::new)).memberOfGroup(TEAM).count())
        .isEqualTo(3);
    assertThat(browser.driver().findElement(By.xpath("//button[normalize-space(.)='确认导入']")).isEnabled())
        .as("applied once").isFalse();

    // a mail is prepared and recorded by one job, sent by the next
    for (int step = 0; step < 2; step++) {
      managementService.createJobQuery().processDefinitionKey("mail-delivery").list()
          .forEach(job -> managementService.executeJob(job.getId()));
    }
    MimeMessage welcome = mailTo(smtp, "qinlan@dlm.example.cn");
    assertThat(welcome.getSubject()).isEqualTo("【账号开通】请设置民主生活会系统的登录密码");
    Matcher link = LINK.matcher(plainText(welcome));
    assertThat(link.find()).as(plainText(welcome)).isTrue();

    browser.logout().go(link.group(1)).waitForText("登录名：qinlan");
    browser.type(By.id("password"), NEW_PASSWORD).type(By.id("confirm"), NEW_PASSWORD).click(By.id("submit"));
    browser.waitForVisible(By.cssSelector("#message.ok"));
    browser.screenshot("04-password-set");

    browser.login(WebApp.TASKLIST, "qinlan", NEW_PASSWORD)
        .waitForText(By.cssSelector(".account > .dropdown-toggle"), "秦岚");
    browser.screenshot("05-imported-user-in-tasklist");
  }

  private void choose(Browser browser, Path file) {
    browser.driver().findElement(By.cssSelector(".dlm-roster input[type=file]")).sendKeys(file.toString());
    browser.waitForText(By.cssSelector(".dlm-file-name"), file.getFileName().toString());
  }

  /** The sheets 班子 and 人员 as the template has them: one team, its secretary and two members. */
  private Path roster(String name, String secretaryMail, String memberMail) throws IOException {
    Path file = files.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      fill(workbook.createSheet("班子"), List.of("班子编号", "班子名称", "类型"),
          List.of(List.of(TEAM, "浏览器测试党组", "党组")));
      fill(workbook.createSheet("人员"), List.of("姓名", "登录名", "邮箱", "手机", "班子", "职务"), List.of(
          List.of("秦岚", "qinlan", secretaryMail, "13800138001", "浏览器测试党组", "书记"),
          List.of("韦东", "weidong", memberMail, "", "浏览器测试党组", "班子成员"),
          List.of("郑洁", "zhengjie", "zhengjie@dlm.example.cn", "", TEAM, "班子成员")));
      workbook.write(out);
    }
    return file;
  }

  private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
    Row header = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      header.createCell(c).setCellValue(headers.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        if (!rows.get(r).get(c).isEmpty()) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
    }
  }

  private static List<String> texts(Browser browser, String rows) {
    return browser.driver().findElements(By.cssSelector(rows)).stream()
        .map(row -> String.join(" ", row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
        .toList();
  }




}
