package cn.dlm.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The board as a spreadsheet: one row per team, the columns of the JSON board with Chinese headers. */
final class BoardWorkbook {

  static final List<String> HEADERS = List.of("班子", "业务键", "状态", "阶段", "会议日期", "待办", "逾期",
      "最早逾期环节", "责任人", "整改未完成", "整改逾期", "已销号", "结转", "撤销理由");
  private static final Map<String, String> STATUS = Map.of("running", "进行中", "closed", "已结束", "withdrawn", "已撤销");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BoardWorkbook() {}

  static byte[] write(int year, List<Map<String, Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(year + "年度总览");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int number = 1;
      for (Map<String, Object> values : rows) {
        JsonNode row = MAPPER.valueToTree(values);
        Row line = sheet.createRow(number++);
        int column = 0;
        line.createCell(column++).setCellValue(row.path("teamName").asText(""));
        line.createCell(column++).setCellValue(row.path("businessKey").asText(""));
        line.createCell(column++).setCellValue(STATUS.getOrDefault(row.path("status").asText(), ""));
        line.createCell(column++).setCellValue(row.path("phase").asText(""));
        line.createCell(column++).setCellValue(row.path("meetingDate").asText(""));
        line.createCell(column++).setCellValue(row.path("openTasks").asInt());
        line.createCell(column++).setCellValue(row.path("overdueTasks").asInt());
        line.createCell(column++).setCellValue(row.at("/oldestOverdue/task").asText(""));
        line.createCell(column++).setCellValue(row.at("/oldestOverdue/owner").asText(""));
        for (String count : List.of("open", "overdue", "closed", "carriedOver")) {
          line.createCell(column++).setCellValue(row.path("rectification").path(count).asInt());
        }
        line.createCell(column).setCellValue(row.at("/withdrawal/reason").asText(""));
      }
      sheet.createFreezePane(0, 1);
      for (int i = 0; i < HEADERS.size(); i++) {
        sheet.setColumnWidth(i, (i == 0 || i == 7 || i == 13 ? 24 : 10) * 256);
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
