package cn.dlm.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds roster workbooks for tests: rows of the sheets 班子 and 人员 under the template's headers. */
final class RosterWorkbook {

  private final List<List<String>> teams = new ArrayList<>();
  private final List<List<String>> people = new ArrayList<>();
  private List<String> peopleHeaders = RosterColumns.PEOPLE_HEADERS;
  private List<String> teamHeaders = RosterColumns.TEAM_HEADERS;

  RosterWorkbook team(String id, String name, String kind) {
    teams.add(List.of(id, name, kind));
    return this;
  }

  /** A team with its work-group robot: the template's optional columns 群机器人类型, 群机器人地址, 钉钉加签密钥. */
  RosterWorkbook team(String id, String name, String kind, String robotKind, String webhook, String secret) {
    teams.add(List.of(id, name, kind, robotKind, webhook, secret));
    teamHeaders = RosterColumns.TEAM_TEMPLATE_HEADERS;
    return this;
  }

  /** 姓名, 登录名, 邮箱, 手机, 班子, 职务. */
  RosterWorkbook person(String name, String login, String mail, String mobile, String team, String role) {
    people.add(List.of(name, login, mail, mobile, team, role));
    return this;
  }

  RosterWorkbook emptyPersonRow() {
    people.add(List.of("", "", "", "", "", ""));
    return this;
  }

  RosterWorkbook peopleHeaders(List<String> headers) {
    peopleHeaders = headers;
    return this;
  }

  byte[] xlsx() {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(workbook.createSheet(RosterColumns.TEAMS_SHEET), teamHeaders, teams);
      fill(workbook.createSheet(RosterColumns.PEOPLE_SHEET), peopleHeaders, people);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The people as CSV, header first, with CRLF line ends as Excel writes them. */
  String peopleCsv() {
    StringBuilder csv = new StringBuilder(String.join(",", peopleHeaders)).append("\r\n");
    for (List<String> row : people) {
      csv.append(String.join(",", row.stream().map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList()))
          .append("\r\n");
    }
    return csv.toString();
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
}
