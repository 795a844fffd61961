package cn.dlm.material;

import cn.dlm.platform.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The text of a Word (.docx) file, one line per paragraph, with the numbers Word's automatic
 * numbering shows ("一、", "（一）", "1.") written out, since headings and items often carry them.
 * Table rows become lines with their cells separated by tabs. Headers and footers are left out.
 */
final class DocxText {

  /** Unpacked, a .docx must stay below this; a small file that unpacks far beyond is a zip bomb. */
  private static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;
  private static final String UNREADABLE = "无法读取该 Word 文件：请确认是未加密的 .docx 文件，或直接粘贴全文。";

  private DocxText() {}

  static String extract(byte[] bytes) {
    checkUnpackedSize(bytes);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder text = new StringBuilder();
      AutomaticNumbers numbers = new AutomaticNumbers(document.getNumbering());
      for (IBodyElement element : document.getBodyElements()) {
        if (element instanceof XWPFParagraph paragraph) {
          text.append(numbers.label(paragraph)).append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
          appendTable(table, text);
        } else if (element instanceof XWPFSDT contentControl) {
          text.append(contentControl.getContent().getText()).append('\n');
        }
        if (text.length() > MaterialText.MAX_BYTES) {
          throw MaterialText.tooLarge();
        }
      }
      return text.toString();
    } catch (ApiException e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      throw ApiException.badRequest(UNREADABLE);
    }
  }

  private static void appendTable(XWPFTable table, StringBuilder text) {
    for (XWPFTableRow row : table.getRows()) {
      StringBuilder line = new StringBuilder();
      for (XWPFTableCell cell : row.getTableCells()) {
        if (line.length() > 0) {
          line.append('\t');
        }
        line.append(cell.getText().replace('\n', ' '));
      }
      text.append(line).append('\n');
    }
  }

  private static void checkUnpackedSize(byte[] bytes) {
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        for (int read = entries.read(buffer); read >= 0; read = entries.read(buffer)) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw MaterialText.tooLarge();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw ApiException.badRequest(UNREADABLE);
    }
  }

  /** Counts Word's automatic list numbers the way Word shows them. */
  private static final class AutomaticNumbers {
    private static final String CHINESE_DIGITS = "一二三四五六七八九";
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    AutomaticNumbers(XWPFNumbering numbering) {
      this.numbering = numbering;
    }

    String label(XWPFParagraph paragraph) {
      BigInteger numId = paragraph.getNumID();
      String format = paragraph.getNumFmt();
      String pattern = paragraph.getNumLevelText();
      if (numId == null || format == null || pattern == null || "bullet".equals(format) || "none".equals(format)) {
        return "";
      }
      int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, Math.max(0, paragraph.getNumIlvl().intValue()));
      int[] levels = counters.computeIfAbsent(numId, id -> new int[9]);
      levels[level]++;
      for (int deeper = level + 1; deeper < levels.length; deeper++) {
        levels[deeper] = 0;
      }
      String label = pattern;
      for (int shown = 0; shown <= level; shown++) {
        int value = start(paragraph, numId, shown) + Math.max(levels[shown], 1) - 1;
        label = label.replace("%" + (shown + 1), shown == level ? format(value, format) : String.valueOf(value));
      }
      return label;
    }

    private int start(XWPFParagraph paragraph, BigInteger numId, int level) {
      BigInteger override = paragraph.getNumStartOverride();
      BigInteger paragraphLevel = paragraph.getNumIlvl();
      if (override != null && level == (paragraphLevel == null ? 0 : paragraphLevel.intValue())) {
        return override.intValue();
      }
      if (numbering == null) {
        return 1;
      }
      XWPFAbstractNum abstractNum = numbering.getAbstractNum(numbering.getAbstractNumID(numId));
      if (abstractNum == null || abstractNum.getCTAbstractNum() == null) {
        return 1;
      }
      for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
        if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getStart() != null) {
          return lvl.getStart().getVal().intValue();
        }
      }
      return 1;
    }

    private static String format(int value, String format) {
      if (format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("japanese")
          || format.startsWith("taiwanese")) {
        return chinese(value);
      }
      if (format.startsWith("decimalEnclosedCircle") && value >= 1 && value <= 20) {
        return String.valueOf((char) ('\u2460' + value - 1));
      }
      if ((format.equals("lowerLetter") || format.equals("upperLetter")) && value >= 1 && value <= 26) {
        return String.valueOf((char) ((format.equals("lowerLetter") ? 'a' : 'A') + value - 1));
      }
      return String.valueOf(value);
    }

    private static String chinese(int value) {
      if (value < 1 || value > 99) {
        return String.valueOf(value);
      }
      int tens = value / 10;
      int units = value % 10;
      String unitText = units == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(units - 1));
      if (tens == 0) {
        return unitText;
      }
      return (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens - 1))) + "十" + unitText;
    }
  }
}
