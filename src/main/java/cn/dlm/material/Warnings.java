package cn.dlm.material;

import cn.dlm.material.MaterialWarning.Code;
import java.util.ArrayList;
import java.util.List;

/** The warnings of one parse, worded for the author and bounded in number, whatever the input. */
final class Warnings {

  static final int MAX = 20;
  private static final int QUOTED = 30;
  /** An item is "far longer" than its siblings at this many times their median length… */
  private static final int LONG_FACTOR = 3;
  /** …and at least this many characters. */
  private static final int LONG_MINIMUM = 300;
  private static final int LONG_SIBLINGS = 3;

  private final List<MaterialWarning> list = new ArrayList<>();

  void headingAsText(Line line, boolean areaHeading) {
    if (list.size() >= MAX) {
      return;
    }
    add(Code.HEADING_AS_TEXT, "“" + quote(line.text()) + "”" + (areaHeading
        ? "像是检视方面的标题，但没有被识别为标题，已作为正文读取：请核对它下面的问题是否归入了正确的检视方面。"
        : "像是部分标题，但出现在后面的部分之中，已作为正文读取：请核对问题、原因、措施是否分得正确。"));
  }

  void countMismatch(String area, int declared, int found) {
    if (list.size() >= MAX) {
      return;
    }
    add(Code.COUNT_MISMATCH, "“" + quote(area) + "”标明 " + declared + " 条，实际识别出 " + found
        + " 条：请核对是否有问题漏写、合并或编号有误。");
  }

  /** Warns about each item at least three times as long as the median of its list. */
  void longItems(String list, List<String> titles, List<String> texts) {
    if (texts.size() < LONG_SIBLINGS) {
      return;
    }
    int[] lengths = texts.stream().mapToInt(String::length).sorted().toArray();
    int median = lengths[lengths.length / 2];
    for (int i = 0; i < texts.size(); i++) {
      int length = texts.get(i).length();
      if (length >= LONG_MINIMUM && length >= LONG_FACTOR * median) {
        add(Code.LONG_ITEM, list + "第 " + (i + 1) + " 条（“" + quote(titles.get(i)) + "”）有 " + length
            + " 字，比同类条目长得多，可能把几条合在了一起：请核对是否需要拆分。");
      }
    }
  }

  void noProblems() {
    add(Code.NO_PROBLEMS, "没有识别出存在的问题：请确认材料中有“存在的问题”一类的标题和编号条目，或在下面逐条填写。");
  }

  void noArea() {
    add(Code.NO_AREA, "没有识别出检视方面的标题（如“（一）理论学习方面”）：请为每个问题核对或填写检视方面。");
  }

  List<MaterialWarning> list() {
    return List.copyOf(list);
  }

  void addAll(Warnings others) {
    others.list.forEach(warning -> add(warning.code(), warning.message()));
  }

  private void add(Code code, String message) {
    if (list.size() < MAX) {
      list.add(new MaterialWarning(code, message));
    }
  }

  private static String quote(String text) {
    String oneLine = text.replace('\n', ' ').strip();
    if (oneLine.codePointCount(0, oneLine.length()) <= QUOTED) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTED)) + "……";
  }
}
