package cn.dlm.rectification.history;

import cn.dlm.platform.time.EngineClock;
import cn.dlm.rectification.domain.LedgerSummary;
import cn.dlm.rectification.domain.RectificationItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The ledger (整改台账) as an Excel workbook: one cycle, or every cycle with a summary sheet.
 * Rows are streamed, so a county's or a city's whole ledger fits in little memory.
 */
@Component
class LedgerWorkbook {

  static final String LEDGER_SHEET = "整改台账";
  static final String SUMMARY_SHEET = "汇总";
  /** Rows before the first item: title, summary line, column headers. */
  static final int HEADER_ROW = 2;

  private static final DateTimeFormatter EXPORTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final double MARGIN_INCHES = 0.4;

  private final EngineClock clock;

  public LedgerWorkbook(EngineClock clock) {
    this.clock = clock;
  }

  public byte[] cycle(CycleRecord cycle) {
    return write(workbook -> {
      Styles styles = new Styles(workbook);
      Sheet sheet = workbook.createSheet(LEDGER_SHEET);
      String title = cycle.teamName() + cycle.year() + "年度民主生活会整改台账";
      int[] widths = LedgerColumns.ITEM_WIDTHS;
      header(sheet, styles, title, describe(cycle.summary()), LedgerColumns.ITEM_COLUMNS, widths);
      int rowIndex = HEADER_ROW + 1;
      int number = 0;
      for (RectificationItem item : cycle.items()) {
        Row row = sheet.createRow(rowIndex++);
        itemCells(row, 0, ++number, item, styles);
        WrappedRows.fit(row, widths);
      }
    });
  }

  public byte[] allCycles(List<CycleRecord> cycles, Integer year) {
    return write(workbook -> {
      Styles styles = new Styles(workbook);
      Sheet ledger = workbook.createSheet(LEDGER_SHEET);
      Sheet summary = workbook.createSheet(SUMMARY_SHEET);
      String scope = year == null ? "各年度" : year + "年度";
      List<String> columns = new ArrayList<>(LedgerColumns.CYCLE_COLUMNS);
      columns.addAll(LedgerColumns.ITEM_COLUMNS);
      int[] widths = IntStream.concat(Arrays.stream(LedgerColumns.CYCLE_WIDTHS),
          Arrays.stream(LedgerColumns.ITEM_WIDTHS)).toArray();
      LedgerSummary total = LedgerSummary.of(cycles.stream().flatMap(cycle -> cycle.items().stream()).toList());
      header(ledger, styles, scope + "民主生活会整改台账（" + cycles.size() + "个班子）", describe(total), columns, widths);
      header(summary, styles, scope + "整改落实情况汇总", describe(total), LedgerColumns.SUMMARY_COLUMNS,
          LedgerColumns.SUMMARY_WIDTHS);
      int ledgerRow = HEADER_ROW + 1;
      int summaryRow = HEADER_ROW + 1;
      for (CycleRecord cycle : cycles) {
        int number = 0;
        for (RectificationItem item : cycle.items()) {
          Row row = ledger.createRow(ledgerRow++);
          number(row, 0, cycle.year(), styles.text);
          text(row, 1, cycle.teamName(), styles.text);
          itemCells(row, 2, ++number, item, styles);
          WrappedRows.fit(row, widths);
        }
        Row row = summary.createRow(summaryRow++);
        summaryCells(row, cycle, styles);
        WrappedRows.fit(row, LedgerColumns.SUMMARY_WIDTHS);
      }
    });
  }

  private void itemCells(Row row, int first, int number, RectificationItem item, Styles styles) {
    number(row, first, number, styles.text);
    text(row, first + 1, item.problem(), styles.text);
    text(row, first + 2, LedgerColumns.source(item), styles.text);
    text(row, first + 3, item.measure(), styles.text);
    text(row, first + 4, item.responsibleName() == null || item.responsibleName().isBlank()
        ? item.responsible() : item.responsibleName(), styles.text);
    Cell deadline = row.createCell(first + 5);
    if (item.deadline() != null) {
      deadline.setCellValue(item.deadline());
    }
    deadline.setCellStyle(item.isOverdue() ? styles.overdueDate : styles.date);
    text(row, first + 6, item.type() == null ? "" : item.type().label(), styles.text);
    text(row, first + 7, item.status().label(), styles.text);
    text(row, first + 8, item.latestProgress(), styles.text);
    Cell closedAt = row.createCell(first + 9);
    if (item.closedAt() != null) {
      closedAt.setCellValue(item.closedAt());
    }
    closedAt.setCellStyle(styles.date);
    text(row, first + 10, item.carryOverReason(), styles.text);
  }

  private static void summaryCells(Row row, CycleRecord cycle, Styles styles) {
    LedgerSummary summary = cycle.summary();
    number(row, 0, cycle.year(), styles.text);
    text(row, 1, cycle.teamName(), styles.text);
    number(row, 2, summary.total(), styles.text);
    number(row, 3, summary.open(), styles.text);
    number(row, 4, summary.overdue(), styles.text);
    number(row, 5, summary.closed(), styles.text);
    number(row, 6, summary.carriedOver(), styles.text);
  }

  private void header(Sheet sheet, Styles styles, String title, String subtitle, List<String> columns, int[] widths) {
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(28);
    text(titleRow, 0, title, styles.title);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    Row subtitleRow = sheet.createRow(1);
    text(subtitleRow, 0, subtitle + "　导出时间：" + EXPORTED_AT.format(clock.localNow()), styles.plain);
    sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));
    Row headerRow = sheet.createRow(HEADER_ROW);
    for (int column = 0; column < columns.size(); column++) {
      text(headerRow, column, columns.get(column), styles.header);
      sheet.setColumnWidth(column, widths[column] * 256);
    }
    WrappedRows.fit(headerRow, widths);
    sheet.createFreezePane(0, HEADER_ROW + 1);
    printSetup(sheet, title);
  }

  /**
   * As the office prints it: A4 landscape, every column on one page wide and as many pages tall as
   * needed, the column headers on every page, the title in the page header and page numbers below.
   */
  private static void printSetup(Sheet sheet, String title) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, MARGIN_INCHES);
    sheet.setMargin(PageMargin.RIGHT, MARGIN_INCHES);
    sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    sheet.getHeader().setCenter(title);
    // &P is the page number, &N the number of pages.
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
  }

  static String describe(LedgerSummary summary) {
    return "整改事项共" + summary.total() + "项：未完成" + summary.open() + "项（其中逾期" + summary.overdue()
        + "项），已销号" + summary.closed() + "项，结转" + summary.carriedOver() + "项。";
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(style);
  }

  private static void number(Row row, int column, int value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private interface Content {
    void fill(SXSSFWorkbook workbook);
  }

  private static byte[] write(Content content) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.fill(workbook);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  /** Cell styles of one workbook. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle overdueDate;

    Styles(SXSSFWorkbook workbook) {
      Font titleFont = font(workbook, "黑体", 16, false);
      Font bold = font(workbook, "宋体", 10, true);
      Font normal = font(workbook, "宋体", 10, false);
      Font red = font(workbook, "宋体", 10, false);
      red.setColor(IndexedColors.RED.getIndex());
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      title.setAlignment(HorizontalAlignment.CENTER);
      plain = workbook.createCellStyle();
      plain.setFont(normal);
      header = bordered(workbook, bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      text = bordered(workbook, normal);
      text.setWrapText(true);
      short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
      date = bordered(workbook, normal);
      date.setDataFormat(dateFormat);
      overdueDate = bordered(workbook, red);
      overdueDate.setDataFormat(dateFormat);
    }

    private static Font font(SXSSFWorkbook workbook, String name, int points, boolean bold) {
      Font font = workbook.createFont();
      font.setFontName(name);
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      return font;
    }

    private static CellStyle bordered(SXSSFWorkbook workbook, Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
