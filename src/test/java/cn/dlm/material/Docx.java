package cn.dlm.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds small Word files for tests, the way Word writes them. */
final class Docx {

  private final XWPFDocument document = new XWPFDocument();
  private BigInteger chineseNumbering;

  Docx paragraph(String text) {
    document.createParagraph().createRun().setText(text);
    return this;
  }

  /** A paragraph numbered by Word's automatic "一、二、" list: the number is not part of its text. */
  Docx autoNumbered(String text) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setNumID(chineseNumbering());
    paragraph.setNumILvl(BigInteger.ZERO);
    paragraph.createRun().setText(text);
    return this;
  }

  Docx tableRow(String... cells) {
    XWPFTable table = document.createTable(1, cells.length);
    for (int i = 0; i < cells.length; i++) {
      table.getRow(0).getCell(i).setText(cells[i]);
    }
    return this;
  }

  byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    document.close();
    return out.toByteArray();
  }

  private BigInteger chineseNumbering() {
    if (chineseNumbering == null) {
      CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
      abstractNum.setAbstractNumId(BigInteger.ONE);
      CTLvl level = abstractNum.addNewLvl();
      level.setIlvl(BigInteger.ZERO);
      level.addNewStart().setVal(BigInteger.ONE);
      level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
      level.addNewLvlText().setVal("%1、");
      XWPFNumbering numbering = document.createNumbering();
      BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
      chineseNumbering = numbering.addNum(abstractId);
    }
    return chineseNumbering;
  }
}
