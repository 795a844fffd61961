package cn.dlm.rectification.history;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Heights of rows whose cells wrap, estimated from their text and the column widths: spreadsheet
 * programs keep a stored height, and a row left at the default shows and prints one line only.
 */
final class WrappedRows {

  /** One line of the ledger's 10 pt font, with the leading Chinese fonts need. */
  static final float LINE_POINTS = 14.5f;
  private static final float PADDING_POINTS = 4f;
  /** Excel's highest row. */
  private static final float MAX_POINTS = 409f;

  private WrappedRows() {}

  /** Sets the row's height to fit the longest of its text cells. */
  static void fit(Row row, int[] widths) {
    int lines = 1;
    for (Cell cell : row) {
      int column = cell.getColumnIndex();
      if (cell.getCellType() == CellType.STRING && column < widths.length) {
        lines = Math.max(lines, lines(cell.getStringCellValue(), widths[column]));
      }
    }
    row.setHeightInPoints(Math.min(MAX_POINTS, lines * LINE_POINTS + PADDING_POINTS));
  }

  /** Lines the text takes in a column {@code width} units wide; a Chinese character takes two units. */
  static int lines(String text, int width) {
    int usable = Math.max(1, width - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      int units = paragraph.codePoints().map(WrappedRows::units).sum();
      lines += Math.max(1, (units + usable - 1) / usable);
    }
    return lines;
  }

  private static int units(int codePoint) {
    return codePoint >= 0x2E80 ? 2 : 1;
  }
}
