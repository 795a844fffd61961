package cn.dlm.roster;

import cn.dlm.platform.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an uploaded roster: an Excel workbook (sheets 班子 and 人员, others ignored) or one CSV
 * file (UTF-8, or GB18030 as Excel saves it in China) holding one of the two tables.
 */
final class RosterFile {

  private RosterFile() {}

  static List<RosterSheet> read(String fileName, byte[] content) {
    if (content.length == 0) {
      throw ApiException.badRequest("上传的文件是空的，请选择填好的人员名册。");
    }
    boolean zipOrOle = startsWith(content, 'P', 'K', 3, 4) || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
    if (zipOrOle) {
      return readWorkbook(content);
    }
    if (fileName != null && !fileName.toLowerCase().endsWith(".csv") && !fileName.toLowerCase().endsWith(".txt")) {
      throw ApiException.badRequest("无法识别的文件格式：请上传 Excel（.xlsx）或 CSV 文件。");
    }
    return List.of(readCsv(decode(content)));
  }

  private static boolean startsWith(byte[] content, int... signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((content[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<RosterSheet> readWorkbook(byte[] content) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      DataFormatter formatter = new DataFormatter();
      List<RosterSheet> sheets = new ArrayList<>();
      for (String name : List.of(RosterColumns.TEAMS_SHEET, RosterColumns.PEOPLE_SHEET)) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet != null) {
          sheets.add(readSheet(name, sheet, formatter));
        }
      }
      if (sheets.isEmpty()) {
        throw ApiException.badRequest("工作簿中没有名为“班子”或“人员”的工作表，请使用下载的名册模板填写。");
      }
      return sheets;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException apiException) {
        throw apiException;
      }
      throw ApiException.badRequest("无法读取该 Excel 文件，请确认文件未损坏且未加密。");
    }
  }

  private static RosterSheet readSheet(String name, Sheet sheet, DataFormatter formatter) {
    Row headerRow = sheet.getRow(sheet.getFirstRowNum());
    List<String> headers = new ArrayList<>();
    if (headerRow != null) {
      for (int c = 0; c < headerRow.getLastCellNum(); c++) {
        headers.add(clean(formatter.formatCellValue(headerRow.getCell(c))));
      }
    }
    List<SheetRow> rows = new ArrayList<>();
    int first = headerRow == null ? 0 : headerRow.getRowNum() + 1;
    for (int r = first; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = row.getCell(c);
        values.add(cell == null ? "" : clean(formatter.formatCellValue(cell)));
      }
      toRow(name, r + 1, headers, values).ifPresent(rows::add);
    }
    return new RosterSheet(name, headers, rows);
  }

  private static RosterSheet readCsv(String text) {
    List<List<String>> records = Csv.parse(text);
    if (records.isEmpty()) {
      throw ApiException.badRequest("上传的文件是空的，请选择填好的人员名册。");
    }
    List<String> headers = records.get(0).stream().map(RosterFile::clean).toList();
    String name = headers.contains(RosterColumns.TEAM_ID) && !headers.contains(RosterColumns.LOGIN)
        ? RosterColumns.TEAMS_SHEET : RosterColumns.PEOPLE_SHEET;
    List<SheetRow> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r).stream().map(RosterFile::clean).toList();
      toRow(name, r + 1, headers, values).ifPresent(rows::add);
    }
    return new RosterSheet(name, headers, rows);
  }

  private static Optional<SheetRow> toRow(String sheet, int rowNumber, List<String> headers,
      List<String> values) {
    Map<String, String> cells = new LinkedHashMap<>();
    Map<String, String> letters = new LinkedHashMap<>();
    boolean empty = true;
    for (int c = 0; c < headers.size(); c++) {
      String header = headers.get(c);
      if (header.isEmpty() || cells.containsKey(header)) {
        continue;
      }
      String value = c < values.size() ? values.get(c) : "";
      cells.put(header, value);
      letters.put(header, CellReference.convertNumToColString(c));
      empty &= value.isEmpty();
    }
    return empty ? Optional.empty() : Optional.of(new SheetRow(sheet, rowNumber, cells, letters));
  }

  /** Trims ordinary and full-width spaces and drops invisible characters Excel users paste along. */
  static String clean(String value) {
    if (value == null) {
      return "";
    }
    return value.replace('\u3000', ' ').replaceAll("[\\u200B\\uFEFF\\u00A0]", " ").strip();
  }

  private static String decode(byte[] content) {
    int start = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("GB18030"));
    }
  }
}
