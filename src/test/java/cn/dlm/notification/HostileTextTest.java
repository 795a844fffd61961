package cn.dlm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** Whatever users type into a task's data reaches a mail escaped and cut to size. */
class HostileTextTest extends MailIntegrationTest {

  private static final String SCRIPT = "<script>alert('x')</script>";

  @Test
  void scriptsAndMarkupAreEscapedAndHugeTextIsBounded() {
    setClock(at(2026, 10, 20, 10, 0));
    String hugeTheme = (SCRIPT + "<b>主题</b>").repeat(3000);
    assertThat(hugeTheme.length()).isGreaterThan(100 * 1000);

    start("reminder-test-assigned", Map.of(
        "assignee", "lihua",
        "title", (SCRIPT + "<b>粗体</b>\r\nBcc: evil@example.com").repeat(4),
        "description", ("<img src=x onerror=alert(1)><a href=\"http://evil.example\">点此</a>\n").repeat(60),
        "teamName", "</td></tr></table>" + SCRIPT,
        // A String variable stops at 4000 characters in Camunda's tables; long text arrives as a JSON value.
        "theme", Variables.objectValue(hugeTheme).serializationDataFormat(SerializationDataFormats.JSON).create(),
        "due", Date.from(at(2026, 11, 3, 17, 0).toInstant())));
    deliverQueuedMail();

    MailParts mail = MailParts.of(mailsTo("lihua").get(0));
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(mail.html()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
        .doesNotContain("</td></tr></table><").doesNotContain("href=\"http://evil.example\"")
        .contains("&lt;script&gt;", "&lt;img src=x");
    assertThat(mail.subject()).startsWith("【新待办】<script>").doesNotContain("\n", "\r").hasSizeLessThanOrEqualTo(120);
    assertThat(mail.size()).as("a 100 KB theme makes no 100 KB mail").isLessThan(20 * 1024);
    assertThat(mail.text()).contains("…").hasSizeLessThan(4 * 1024);
  }
}
