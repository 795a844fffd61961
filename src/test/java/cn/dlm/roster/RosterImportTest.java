package cn.dlm.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class RosterImportTest extends RosterContextTest {

  @Autowired IdentityService identityService;

  @Test
  void templateHasTheSheetsTheImportReadsAndAnExample() throws Exception {
    ResponseEntity<byte[]> response = http.withBasicAuth("liufang", RosterHttp.PASSWORD)
        .getForEntity("/api/roster/template.xlsx", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("人员名册模板.xlsx");
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.getBody()))) {
      assertThat(headers(workbook.getSheet("班子")))
          .containsExactly("班子编号", "班子名称", "类型", "群机器人类型", "群机器人地址", "钉钉加签密钥");
      assertThat(headers(workbook.getSheet("人员"))).containsExactly("姓名", "登录名", "邮箱", "手机", "班子", "职务");
      assertThat(workbook.getSheet("示例-人员").getLastRowNum()).isGreaterThan(3);
      assertThat(workbook.getSheet("填写说明")).isNotNull();
    }
    // the template as downloaded is a valid, empty roster
    ResponseEntity<JsonNode> empty = RosterHttp.upload(http, "liufang", "模板.xlsx", response.getBody(), true);
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(empty.getBody().at("/counts/toCreate").asInt()).isZero();
  }

  @Test
  void onlyTheOfficeAndAdministratorsMayImport() {
    byte[] roster = new RosterWorkbook().team("perm-team", "权限测试党组", "党组").xlsx();

    ResponseEntity<JsonNode> member = RosterHttp.upload(http, "lihua", "r.xlsx", roster, true);
    ResponseEntity<JsonNode> supervisor = RosterHttp.upload(http, "zhaoqiang", "r.xlsx", roster, false);
    ResponseEntity<JsonNode> template = http.withBasicAuth("lihua", RosterHttp.PASSWORD)
        .getForEntity("/api/roster/template.xlsx", JsonNode.class);
    ResponseEntity<JsonNode> admin = RosterHttp.upload(http, "admin", "r.xlsx", roster, true);

    assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(member.getBody().get("message").asText()).isEqualTo("您没有执行此操作的权限。");
    assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createGroupQuery().groupId("perm-team").count()).isZero();
  }

  @Test
  void everyErrorIsListedBySheetRowAndColumnAndNothingChanges() {
    byte[] roster = new RosterWorkbook()
        .team("err-team-a", "错误测试甲党组", "党组")                                    // 班子 row 2
        .team("err-team-b", "错误测试乙党委", "党委")                                    // row 3
        .team("err-team-a", "错误测试丙党组", "党组")                                    // row 4: duplicate id
        .team("Err Team", "错误测试丁党组", "党派")                                       // row 5: bad id, bad kind
        .team("err-team-e", "某县人民政府党组", "党组")                                    // row 6: name of another team
        .person("钱一", "errqian", "errqian@dlm.example.cn", "", "错误测试甲党组", "书记")   // 人员 row 2
        .person("孙二", "errsun", "errsun@dlm.example.cn", "", "错误测试甲党组", "班子成员") // row 3
        .emptyPersonRow()                                                              // row 4: skipped
        .person("孙贰", "errsun", "other@dlm.example.cn", "", "err-team-b", "班子成员")     // row 5: duplicate login
        .person("李三", "errli", "errli@dlm.example.cn", "", "不存在的班子", "班子成员")      // row 6: unknown team
        .person("周四", "errzhou", "errzhou-at-dlm.example.cn", "", "err-team-b", "班子成员") // row 7: bad mail
        .person("钱一", "errqian", "errqian@dlm.example.cn", "", "错误测试乙党委", "书记")   // row 8: secretary twice
        .person("", "errwu", "", "", "err-team-b", "")                                 // row 9: missing cells
        .person("郑六", "errzheng", "errzheng@dlm.example.cn", "12345", "err-team-b", "组长") // row 10: mobile, role
        .person("王七", "errwang", "errwang@dlm.example.cn", "", "错误测试甲党组", "书记")   // row 11: second secretary
        .person("冯八", "错误", "errfeng@dlm.example.cn", "", "err-team-b", "班子成员")      // row 12: bad login
        .person("管理员", "admin", "taken@dlm.example.cn", "", "", "组织办")               // row 13: administrator
        .xlsx();
    String adminMail = identityService.createUserQuery().userId("admin").singleResult().getEmail();

    ResponseEntity<JsonNode> response = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("message").asText()).isEqualTo("名册中有 16 处错误，未做任何更改。请改正后重新上传。");
    List<String> errors = new ArrayList<>();
    response.getBody().get("errors").forEach(e -> errors.add(e.get("sheet").asText() + "|" + e.get("row").asInt()
        + "|" + e.get("column").asText() + "|" + e.get("message").asText()));
    assertThat(errors).containsExactly(
        "班子|4|A（班子编号）|班子编号“err-team-a”重复，已在本表前面出现。",
        "班子|5|A（班子编号）|班子编号“Err Team”无效：只能使用英文字母和数字，可用单个连字符“-”分隔，不超过 64 个字符。",
        "班子|5|C（类型）|类型“党派”无效，应为党委、党组、党工委、党总支、党支部之一。",
        "班子|6|B（班子名称）|系统中已有名为“某县人民政府党组”的班子，编号为“county-gov-party-group”，请使用该编号。",
        "人员|5|B（登录名）|登录名“errsun”重复：第 3 行已有此登录名，但姓名、邮箱或手机不同。同一人在多个班子任职时，各行信息须一致。",
        "人员|6|E（班子）|未知班子“不存在的班子”：请先在“班子”工作表中列出，或填写系统中已有班子的名称或编号。",
        "人员|7|C（邮箱）|邮箱“errzhou-at-dlm.example.cn”格式不正确。",
        "人员|8|F（职务）|“errqian”已在第 2 行任“错误测试甲党组”书记，一人不能同时任两个班子的书记。",
        "人员|9|A（姓名）|姓名不能为空。",
        "人员|9|C（邮箱）|邮箱不能为空：首次登录的设置密码链接将发到该邮箱。",
        "人员|9|F（职务）|职务不能为空，应为书记、班子成员、督导组、组织办之一。",
        "人员|10|D（手机）|手机号码“12345”格式不正确，应为 11 位数字。",
        "人员|10|F（职务）|职务“组长”无效，应为书记、班子成员、督导组、组织办之一。",
        "人员|11|F（职务）|班子“错误测试甲党组”已有书记“errqian”（第 2 行），每个班子只能有一名书记。",
        "人员|12|B（登录名）|登录名“错误”无效：只能使用英文字母和数字，可用单个连字符“-”分隔，不超过 64 个字符。",
        "人员|13|B（登录名）|“admin”是系统管理员账号，不能通过名册导入修改。");
    assertThat(identityService.createGroupQuery().groupIdIn("err-team-a", "err-team-b").count()).isZero();
    assertThat(identityService.createUserQuery().userIdIn("errqian", "errsun", "errwang").count()).isZero();
    assertThat(identityService.createUserQuery().userId("admin").singleResult().getEmail()).isEqualTo(adminMail);
  }

  @Test
  void missingColumnsAndUnreadableFilesAreRefusedInChinese() {
    byte[] withoutMail = new RosterWorkbook().peopleHeaders(List.of("姓名", "登录名", "手机", "班子", "职务"))
        .person("陈九", "colchen", "", "", "", "组织办").xlsx();

    ResponseEntity<JsonNode> missing = RosterHttp.upload(http, "liufang", "r.xlsx", withoutMail, true);
    ResponseEntity<JsonNode> garbage = RosterHttp.upload(http, "liufang", "r.xlsx",
        "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1), true);
    ResponseEntity<JsonNode> pdf = RosterHttp.upload(http, "liufang", "r.pdf", "%PDF-1.4".getBytes(), true);

    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody().at("/errors/0/column").asText()).isEqualTo("邮箱");
    assertThat(missing.getBody().at("/errors/0/message").asText()).isEqualTo("缺少“邮箱”列：请使用名册模板的表头。");
    assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(garbage.getBody().get("message").asText()).isEqualTo("无法读取该 Excel 文件，请确认文件未损坏且未加密。");
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(pdf.getBody().get("message").asText()).startsWith("无法识别的文件格式");
  }

  @Test
  void dryRunChangesNothingThenTheImportAppliesAndASecondRunChangesNothing() {
    RosterWorkbook sheet = new RosterWorkbook()
        .team("idem-party-committee", "幂等测试局党委", "党委")
        .person("欧阳明", "idemouyang", "IdemOuyang@dlm.example.cn", "138 0000 0001", "幂等测试局党委", "书记")
        .person("高远", "idemgao", "idemgao@dlm.example.cn", "", "idem-party-committee", "班子成员")
        .person("高远", "idemgao", "idemgao@dlm.example.cn", "", "某县人民政府党组", "班子成员")
        .person("魏然", "idemwei", "idemwei@dlm.example.cn", "", "", "督导组")
        .person("王建国", "wangjianguo", "wangjianguo@dlm.example.cn", "", "某县人民政府党组", "书记");
    byte[] roster = sheet.xlsx();

    JsonNode dryRun = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, true).getBody();

    assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
    assertThat(dryRun.get("applied").asBoolean()).isFalse();
    // team, 3 users, 4 memberships (王建国's exists), 2 secretary marks (王建国's was never recorded)
    assertThat(dryRun.at("/counts/toCreate").asInt()).isEqualTo(10);
    assertThat(dryRun.at("/counts/toChange").asInt()).isZero();
    assertThat(dryRun.at("/counts/unchanged").asInt()).isEqualTo(2);
    assertThat(texts(dryRun.get("toCreate"))).contains("新建班子“幂等测试局党委”（党委）",
        "新建用户欧阳明（idemouyang，idemouyang@dlm.example.cn）", "“idemgao”加入“某县人民政府党组”",
        "“idemouyang”任“幂等测试局党委”书记");
    assertThat(texts(dryRun.get("notInSheet"))).contains(
        "“lihua”在系统中属于“某县人民政府党组”，但名册中未列出（保留，未删除）");
    assertThat(dryRun.get("message").asText()).isEqualTo("预检通过：将新建 10 项、更改 0 项，尚未做任何更改。");
    assertThat(identityService.createGroupQuery().groupId("idem-party-committee").count()).isZero();
    assertThat(identityService.createUserQuery().userIdIn("idemouyang", "idemgao", "idemwei").count()).isZero();

    JsonNode applied = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false).getBody();

    assertThat(applied.get("applied").asBoolean()).isTrue();
    assertThat(applied.at("/counts/toCreate").asInt()).isEqualTo(10);
    Group team = identityService.createGroupQuery().groupId("idem-party-committee").singleResult();
    assertThat(team.getName()).isEqualTo("幂等测试局党委");
    assertThat(team.getType()).isEqualTo("leadership-team");
    User ouyang = identityService.createUserQuery().userId("idemouyang").singleResult();
    assertThat(ouyang.getLastName() + "|" + ouyang.getFirstName()).isEqualTo("欧阳|明");
    assertThat(ouyang.getEmail()).isEqualTo("idemouyang@dlm.example.cn");
    assertThat(identityService.getUserInfo("idemouyang", RosterUserInfo.MOBILE)).isEqualTo("13800000001");
    assertThat(identityService.getUserInfo("idemouyang", RosterUserInfo.SECRETARY_OF)).isEqualTo("idem-party-committee");
    assertThat(identityService.getUserInfo("wangjianguo", RosterUserInfo.SECRETARY_OF)).isEqualTo("county-gov-party-group");
    assertThat(groupsOf("idemgao")).containsExactlyInAnyOrder("idem-party-committee", "county-gov-party-group");
    assertThat(groupsOf("idemwei")).containsExactly("supervisors");
    assertThat(identityService.checkPassword("idemgao", RosterHttp.PASSWORD)).isFalse();

    JsonNode again = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false).getBody();

    assertThat(again.get("applied").asBoolean()).isFalse();
    assertThat(again.at("/counts/toCreate").asInt()).isZero();
    assertThat(again.at("/counts/toChange").asInt()).isZero();
    assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(12);
    assertThat(again.get("message").asText()).isEqualTo("名册与系统一致，无需更改。");

    byte[] renamed = new RosterWorkbook().team("idem-party-committee", "幂等测试局党委（新）", "党委")
        .person("高远", "idemgao", "idemgao@dlm.example.cn", "13900000002", "idem-party-committee", "书记").xlsx();
    JsonNode third = RosterHttp.upload(http, "liufang", "名册.xlsx", renamed, false).getBody();

    assertThat(texts(third.get("toChange"))).containsExactlyInAnyOrder(
        "班子名称“幂等测试局党委”改为“幂等测试局党委（新）”", "高远：手机改为“13900000002”",
        "“idemgao”任“幂等测试局党委（新）”书记（原书记“idemouyang”）");
    assertThat(identityService.getUserInfo("idemgao", RosterUserInfo.SECRETARY_OF)).isEqualTo("idem-party-committee");
    assertThat(identityService.getUserInfo("idemouyang", RosterUserInfo.SECRETARY_OF)).isNull();
    assertThat(identityService.createUserQuery().userId("idemouyang").count()).isEqualTo(1);
  }

  @Test
  void aTeamsRobotFromTheSheetIsCheckedShownMaskedAndStoredOnce() {
    String key = "roster-key-0123456789wxyz";
    String secret = "SECroster0123456789abcdef0123456789abcdef0123456789abcdef0123";
    byte[] wrong = new RosterWorkbook()
        .team("robot-team-a", "机器人测试甲党组", "党组", "飞书", "https://open.feishu.cn/hook/1", "")     // row 2
        .team("robot-team-b", "机器人测试乙党组", "党组", "钉钉", "http://oapi.dingtalk.com/robot/send?access_token=1", "abc") // row 3
        .team("robot-team-c", "机器人测试丙党组", "党组", "", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1", "") // row 4
        .team("robot-team-d", "机器人测试丁党组", "党组", "企业微信", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send", "")     // row 5
        .xlsx();

    ResponseEntity<JsonNode> refused = RosterHttp.upload(http, "liufang", "名册.xlsx", wrong, true);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<String> errors = new ArrayList<>();
    refused.getBody().get("errors").forEach(e -> errors.add(e.get("row").asInt() + "|" + e.get("column").asText()
        + "|" + e.get("message").asText()));
    assertThat(errors).containsExactly(
        "2|D（群机器人类型）|群机器人类型应为“企业微信”或“钉钉”。",
        "3|E（群机器人地址）|群机器人地址须使用 https://（未加密的 http 地址不予接受）。",
        "3|F（钉钉加签密钥）|钉钉加签密钥以 SEC 开头，请从机器人安全设置中复制。",
        "4|D（群机器人类型）|填写了群机器人地址或密钥时，请选择群机器人类型（企业微信、钉钉）。",
        "5|E（群机器人地址）|企业微信群机器人地址应含参数 key=…，请从群设置中复制完整地址。");

    byte[] roster = new RosterWorkbook()
        .team("robot-team-a", "机器人测试甲党组", "党组", "钉钉", "https://oapi.dingtalk.com/robot/send?access_token=" + key,
            secret)
        .team("robot-team-e", "机器人测试戊党组", "党组").xlsx();
    JsonNode dryRun = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, true).getBody();

    assertThat(texts(dryRun.get("toCreate"))).contains(
        "“机器人测试甲党组”的群机器人设为钉钉 https://oapi.dingtalk.com/robot/send?access_token=****wxyz，加签密钥已设置");
    assertThat(dryRun.toString()).doesNotContain(key, secret);

    JsonNode applied = RosterHttp.upload(http, "liufang", "名册.xlsx", roster, false).getBody();
    assertThat(applied.get("applied").asBoolean()).isTrue();
    ResponseEntity<JsonNode> robots = http.withBasicAuth("liufang", RosterHttp.PASSWORD)
        .getForEntity("/api/robots", JsonNode.class);
    assertThat(robots.getBody().toString()).contains("robot-team-a", "****wxyz", "已设置", "刘芳")
        .doesNotContain(key, secret, "robot-team-e");

    byte[] withoutSecret = new RosterWorkbook().team("robot-team-a", "机器人测试甲党组", "党组", "钉钉",
        "https://oapi.dingtalk.com/robot/send?access_token=" + key, "").xlsx();
    JsonNode again = RosterHttp.upload(http, "liufang", "名册.xlsx", withoutSecret, false).getBody();
    assertThat(again.get("message").asText()).as("an empty secret cell keeps the stored secret")
        .isEqualTo("名册与系统一致，无需更改。");
  }

  @Test
  void csvInUtf8OrGb18030IsReadLikeTheSheet() {
    RosterWorkbook sheet = new RosterWorkbook()
        .person("韩梅", "csvhan", "csvhan@dlm.example.cn", "", "某县人民政府党组", "班子成员")
        .person("许可", "csvxu", "csvxu@dlm.example.cn", "", "county-gov-party-group", "班子成员");
    byte[] utf8 = ("\uFEFF" + sheet.peopleCsv()).getBytes(StandardCharsets.UTF_8);
    byte[] gb = sheet.peopleCsv().getBytes(Charset.forName("GB18030"));

    JsonNode fromUtf8 = RosterHttp.upload(http, "liufang", "名册.csv", utf8, true).getBody();
    JsonNode fromGb = RosterHttp.upload(http, "liufang", "名册.csv", gb, true).getBody();

    assertThat(texts(fromUtf8.get("toCreate"))).contains("新建用户韩梅（csvhan，csvhan@dlm.example.cn）");
    assertThat(fromGb.get("toCreate")).isEqualTo(fromUtf8.get("toCreate"));
    assertThat(fromUtf8.at("/counts/toCreate").asInt()).isEqualTo(4);
  }

  @Test
  void fiveThousandRowsAreValidatedQuicklyAndAnErrorDeepDownIsFound() {
    RosterWorkbook sheet = new RosterWorkbook();
    for (int t = 0; t < 500; t++) {
      sheet.team("bulk-team-" + t, "批量测试第" + t + "党组", "党组");
    }
    for (int i = 0; i < 5000; i++) {
      int team = i / 10;
      String login = "bulk" + i;
      String mail = i == 4319 ? "bulk4319@@dlm.example.cn" : login + "@dlm.example.cn";
      sheet.person("测试" + i, login, mail, "", "批量测试第" + team + "党组", i % 10 == 0 ? "书记" : "班子成员");
    }
    byte[] roster = sheet.xlsx();

    long start = System.nanoTime();
    ResponseEntity<JsonNode> response = RosterHttp.upload(http, "liufang", "大名册.xlsx", roster, true);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("errors")).hasSize(1);
    assertThat(response.getBody().at("/errors/0/row").asInt()).isEqualTo(4321);
    assertThat(response.getBody().at("/errors/0/column").asText()).isEqualTo("C（邮箱）");
    System.out.printf("5,000-row roster with an error validated in %d ms%n", millis);
  }

  @Test
  void fiveThousandValidRowsGiveTheirDryRunSummary() {
    RosterWorkbook sheet = new RosterWorkbook();
    for (int t = 0; t < 500; t++) {
      sheet.team("dry-team-" + t, "预检测试第" + t + "党组", "党组");
    }
    for (int i = 0; i < 5000; i++) {
      sheet.person("预检" + i, "dry" + i, "dry" + i + "@dlm.example.cn", "", "dry-team-" + (i / 10),
          i % 10 == 0 ? "书记" : "班子成员");
    }

    byte[] roster = sheet.xlsx();
    long start = System.nanoTime();
    ResponseEntity<JsonNode> response = RosterHttp.upload(http, "liufang", "大名册.xlsx", roster, true);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    // 500 teams, 5,000 users, 5,000 memberships, 500 secretaries
    assertThat(response.getBody().at("/counts/toCreate").asInt()).isEqualTo(11_000);
    System.out.printf("5,000-row roster dry run in %d ms%n", millis);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static List<String> texts(JsonNode changes) {
    List<String> texts = new ArrayList<>();
    changes.forEach(change -> texts.add(change.get("text").asText()));
    return texts;
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    return headers;
  }
}
