package cn.dlm.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roster template (人员名册模板): instructions, the empty sheets 班子 and 人员 that the import
 * reads, and filled example sheets it ignores.
 */
final class RosterTemplate {

  private static final int LAST_ROW = 5000;

  private static final List<List<String>> EXAMPLE_TEAMS = List.of(
      List.of("county-gov-party-group", "某县人民政府党组", "党组", "企业微信",
          "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=（从群机器人设置中复制）", ""),
      List.of("county-education-committee", "某县教育局党委", "党委", "钉钉",
          "https://oapi.dingtalk.com/robot/send?access_token=（从群机器人设置中复制）", "SEC（加签密钥，选填）"),
      List.of("county-finance-party-group", "某县财政局党组", "党组", "", "", ""));

  private static final List<List<String>> EXAMPLE_PEOPLE = List.of(
      List.of("王建国", "wangjianguo", "wangjianguo@example.cn", "13800000001", "某县人民政府党组", "书记"),
      List.of("李华", "lihua", "lihua@example.cn", "", "某县人民政府党组", "班子成员"),
      List.of("张敏", "zhangmin", "zhangmin@example.cn", "13800000003", "county-gov-party-group", "班子成员"),
      List.of("欧阳明", "ouyangming", "ouyangming@example.cn", "", "某县教育局党委", "书记"),
      List.of("李华", "lihua", "lihua@example.cn", "", "某县教育局党委", "班子成员"),
      List.of("赵强", "zhaoqiang", "zhaoqiang@example.cn", "", "", "督导组"),
      List.of("刘芳", "liufang", "liufang@example.cn", "", "", "组织办"));

  private static final List<String> INSTRUCTIONS = List.of(
      "人员名册填写说明",
      "1. 在“班子”工作表中每行填写一个领导班子：班子编号（英文字母和数字，可用“-”连接，导入后不可更改）、班子名称、类型（"
          + String.join("、", RosterColumns.TEAM_KINDS) + "）。",
      "2. 在“人员”工作表中每行填写一人的一项职务：姓名、登录名（英文字母和数字，可用“-”连接）、邮箱（必填，用于接收设置密码的链接）、"
          + "手机（选填）、班子（班子名称或编号）、职务（书记、班子成员、督导组、组织办）。",
      "3. 同一人在多个班子任职时，每个职务填一行，姓名、登录名、邮箱须一致；一人只能任一个班子的书记，每个班子只能有一名书记。",
      "4. 督导组、组织办人员的“班子”列留空。空行会被跳过。",
      "5. 先“预检”：系统列出将新建、将更改、无变化以及系统中有而名册中没有的内容（不会删除）；确认无误后再“导入”。"
          + "同一名册重复导入不会产生任何更改。",
      "6. 新建的用户会收到一封设置密码的邮件，链接 72 小时内有效、仅可使用一次；系统不会通过邮件发送密码。",
      "7. 工作表“示例-班子”“示例-人员”仅供参考，导入时不读取。",
      "8. 群机器人（选填）：班子的工作群有企业微信或钉钉群机器人时，在“班子”工作表填写群机器人类型、群机器人地址（Webhook，须以 https:// 开头）"
          + "和钉钉加签密钥（钉钉机器人开启“加签”时填写，以 SEC 开头）。每天的催办巡检会把该班子的逾期待办发到群里。"
          + "地址和密钥导入后只以遮盖形式显示；密钥留空表示保留已设置的密钥。名册文件含密钥，请妥善保管，导入后可删除。");

  private RosterTemplate() {}

  static byte[] workbook() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = headerStyle(workbook);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));

      Sheet instructions = workbook.createSheet("填写说明");
      for (int i = 0; i < INSTRUCTIONS.size(); i++) {
        instructions.createRow(i).createCell(0).setCellValue(INSTRUCTIONS.get(i));
      }
      instructions.setColumnWidth(0, 150 * 256);

      Sheet teams = sheet(workbook, RosterColumns.TEAMS_SHEET, RosterColumns.TEAM_TEMPLATE_HEADERS, List.of(), header,
          text);
      choices(teams, 2, RosterColumns.TEAM_KINDS);
      choices(teams, 3, RosterColumns.ROBOT_KINDS);
      Sheet people = sheet(workbook, RosterColumns.PEOPLE_SHEET, RosterColumns.PEOPLE_HEADERS, List.of(), header, text);
      choices(people, 5, RosterColumns.ROLES);
      sheet(workbook, "示例-" + RosterColumns.TEAMS_SHEET, RosterColumns.TEAM_TEMPLATE_HEADERS, EXAMPLE_TEAMS, header,
          text);
      sheet(workbook, "示例-" + RosterColumns.PEOPLE_SHEET, RosterColumns.PEOPLE_HEADERS, EXAMPLE_PEOPLE, header, text);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet sheet(XSSFWorkbook workbook, String name, List<String> headers, List<List<String>> rows,
      CellStyle header, CellStyle text) {
    Sheet sheet = workbook.createSheet(name);
    Row first = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      first.createCell(c).setCellValue(headers.get(c));
      first.getCell(c).setCellStyle(header);
      sheet.setDefaultColumnStyle(c, text);
      sheet.setColumnWidth(c, columnWidth(headers, c) * 256);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<String> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        row.createCell(c).setCellValue(values.get(c));
        row.getCell(c).setCellStyle(text);
      }
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  private static int columnWidth(List<String> headers, int column) {
    if (headers != RosterColumns.TEAM_TEMPLATE_HEADERS) {
      return 20;
    }
    return switch (headers.get(column)) {
      case RosterColumns.TEAM_ID -> 30;
      case RosterColumns.ROBOT_WEBHOOK -> 60;
      case RosterColumns.ROBOT_SECRET -> 40;
      default -> 20;
    };
  }

  private static void choices(Sheet sheet, int column, List<String> values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    var validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
        new CellRangeAddressList(1, LAST_ROW, column, column));
    validation.setShowErrorBox(true);
    validation.createErrorBox("输入无效", "请从下拉列表中选择：" + String.join("、", values));
    sheet.addValidationData(validation);
  }

  private static CellStyle headerStyle(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    return style;
  }
}
