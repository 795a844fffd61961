package cn.dlm.roster;

import static cn.dlm.support.TestSmtp.plainText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * First login and forgotten passwords: the mailed link (GreenMail), setting the password through
 * /api/password, logging in over HTTP Basic, and used, expired or foreign links refused.
 */
class FirstLoginTest extends RosterContextTest {

  private static final Pattern LINK = Pattern.compile("https?://\\S+/password/set\\.html\\?login=([a-z0-9-]+)&token=([A-Za-z0-9_-]+)");
  private static final String NEW_PASSWORD = "Shouci#2026ok";

  @Autowired IdentityService identityService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anImportedUserSetsThePasswordThroughTheMailedLinkAndLogsIn() throws Exception {
    byte[] roster = new RosterWorkbook()
        .person("周新", "firstzhou", "firstzhou@dlm.example.cn", "", "某县人民政府党组", "班子成员").xlsx();
    assertThat(RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false).getStatusCode()).isEqualTo(HttpStatus.OK);

    deliverQueuedMail();

    List<MimeMessage> mails = mailsTo("firstzhou@dlm.example.cn");
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("【账号开通】请设置民主生活会系统的登录密码");
    String text = plainText(mails.get(0));
    assertThat(text).contains("登录名：firstzhou", "72 小时内有效，仅可使用一次");
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).isTrue();
    assertThat(link.group(1)).isEqualTo("firstzhou");
    String token = link.group(2);
    String stored = identityService.getUserInfo("firstzhou", "dlm.password.token");
    assertThat(stored).doesNotContain(token).startsWith(sha256(token) + "|");

    ResponseEntity<JsonNode> check = post("check", Map.of("login", "firstzhou", "token", token));
    ResponseEntity<JsonNode> weak = post("set", Map.of("login", "firstzhou", "token", token, "password", "firstzhou"));
    ResponseEntity<JsonNode> set = post("set", Map.of("login", "firstzhou", "token", token, "password", NEW_PASSWORD));

    assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(weak.getBody().get("message").asText()).startsWith("密码不符合要求：")
        .contains("至少 10 个字符", "大写字母", "特殊字符", "不能包含登录名或姓名");
    assertThat(set.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(set.getBody().get("message").asText()).isEqualTo("密码已设置，请使用新密码登录。");
    ResponseEntity<JsonNode> me = me("firstzhou", NEW_PASSWORD);
    assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(me.getBody().get("name").asText()).isEqualTo("周新");

    ResponseEntity<JsonNode> again = post("set", Map.of("login", "firstzhou", "token", token, "password", "Zweimal#2026ok"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().get("message").asText()).isEqualTo("该链接无效或已被使用，请在登录页点击“忘记密码”重新获取。");
    assertThat(identityService.checkPassword("firstzhou", NEW_PASSWORD)).isTrue();

    // importing the same file again sends nobody a second mail
    RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false);
    deliverQueuedMail();
    assertThat(mailsTo("firstzhou@dlm.example.cn")).hasSize(1);
  }

  @Test
  void forgotPasswordAnswersAlikeForUnknownLoginsAndExpiredLinksAreRefused() throws Exception {
    ResponseEntity<JsonNode> known = post("forgot", Map.of("login", "zhouyan"));
    ResponseEntity<JsonNode> unknown = post("forgot", Map.of("login", "nobody-here"));

    assertThat(known.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unknown.getBody()).isEqualTo(known.getBody());
    deliverQueuedMail();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    MimeMessage mail = mailsTo("zhouyan@dlm.example.cn").get(0);
    assertThat(mail.getSubject()).isEqualTo("【重置密码】民主生活会系统");
    Matcher link = LINK.matcher(plainText(mail));
    assertThat(link.find()).isTrue();
    String token = link.group(2);

    // asking again at once mails nothing more
    post("forgot", Map.of("login", "zhouyan"));
    deliverQueuedMail();
    assertThat(smtp.getReceivedMessages()).hasSize(1);

    ResponseEntity<JsonNode> foreign = post("set", Map.of("login", "wuhao", "token", token, "password", NEW_PASSWORD));
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(foreign.getBody().get("message").asText()).isEqualTo("该链接无效或已被使用，请在登录页点击“忘记密码”重新获取。");

    ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofHours(73))));
    ResponseEntity<JsonNode> expired = post("set", Map.of("login", "zhouyan", "token", token, "password", NEW_PASSWORD));

    assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(expired.getBody().get("message").asText()).isEqualTo("该链接已过期，请在登录页点击“忘记密码”重新获取。");
    assertThat(identityService.checkPassword("zhouyan", RosterHttp.PASSWORD)).isTrue();
    assertThat(identityService.checkPassword("wuhao", RosterHttp.PASSWORD)).isTrue();
  }

  @Test
  void thePagesAndTheirEndpointsNeedNoLoginAndTheLoginPagesLinkToThem() {
    ResponseEntity<String> forgot = http.getForEntity("/password/forgot.html", String.class);
    ResponseEntity<String> set = http.getForEntity("/password/set.html", String.class);
    ResponseEntity<JsonNode> check = post("check", Map.of("login", "lihua", "token", "guessed"));
    ResponseEntity<JsonNode> empty = post("forgot", Map.of("login", " "));
    ResponseEntity<String> config = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
    ResponseEntity<String> script = http.getForEntity("/camunda/app/dlm/forgot-password.js", String.class);

    assertThat(forgot.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(forgot.getBody()).contains("<h1>忘记密码</h1>");
    assertThat(set.getBody()).contains("<h1>设置密码</h1>");
    assertThat(check.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(check.getBody().get("message").asText()).isEqualTo("该链接无效或已被使用，请在登录页点击“忘记密码”重新获取。");
    assertThat(empty.getBody().get("message").asText()).isEqualTo("请填写登录名。");
    assertThat(config.getBody()).contains("'scripts/forgot-password'");
    assertThat(script.getBody()).contains("/password/forgot.html", "忘记密码");
    // the rest of /api still needs a login
    assertThat(http.getForEntity("/api/me", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<JsonNode> post(String endpoint, Map<String, String> body) {
    return http.postForEntity("/api/password/" + endpoint, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> me(String user, String password) {
    return http.withBasicAuth(user, password).getForEntity("/api/me", JsonNode.class);
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
      try {
        for (Address to : message.getAllRecipients()) {
          if (((InternetAddress) to).getAddress().equals(address)) {
            return true;
          }
        }
        return false;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }


  private static String sha256(String token) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
