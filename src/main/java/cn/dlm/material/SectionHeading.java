package cn.dlm.material;

import java.util.List;

/**
 * Recognizes the headings of a material's parts: "一、存在的主要问题", "二、存在问题的根源分析",
 * "三、今后努力方向和整改措施", "第二部分 原因剖析", or a short unnumbered line such as "整改措施".
 */
final class SectionHeading {

  private static final int MAX_NUMBERED = 30;
  private static final int MAX_UNNUMBERED = 15;
  private static final List<String> CAUSE_WORDS = List.of("原因", "根源", "剖析", "根子", "症结");
  private static final List<String> MEASURE_WORDS = List.of("整改", "措施", "努力方向", "改进方向", "今后方向", "打算");
  private static final List<String> PROBLEM_WORDS = List.of("问题", "不足", "差距", "查摆", "检视");
  /** An unnumbered line is a heading only if it ends like one. */
  private static final List<String> HEADING_ENDINGS =
      List.of("问题", "不足", "差距", "原因", "根源", "分析", "剖析", "措施", "方向", "打算");

  private SectionHeading() {}

  /**
   * The part this line opens, or {@code null} if it opens none. An unnumbered heading is believed
   * only when it moves forward from the current part, so that a short line such as "…的问题" inside
   * the measures is not mistaken for a heading.
   */
  static Section of(Line line, Section current) {
    String folded = line.folded();
    int bodyStart = numberingEnd(folded);
    boolean numbered = bodyStart > 0;
    int bodyEnd = trimmedEnd(folded, bodyStart);
    if (bodyEnd == bodyStart || bodyEnd - bodyStart > (numbered ? MAX_NUMBERED : MAX_UNNUMBERED)) {
      return null;
    }
    String body = folded.substring(bodyStart, bodyEnd);
    if (hasSentenceEnd(body) || body.contains("方面")) {
      return null;
    }
    if (numbered && body.contains("情况")) {
      return Section.OTHER;
    }
    Section section = classify(body);
    if (numbered) {
      return section == null ? Section.OTHER : section;
    }
    boolean endsLikeHeading = HEADING_ENDINGS.stream().anyMatch(body::endsWith);
    return section != null && endsLikeHeading && section.compareTo(current) > 0 && current != Section.OTHER
        ? section : null;
  }

  private static Section classify(String body) {
    if (CAUSE_WORDS.stream().anyMatch(body::contains)) {
      return Section.CAUSES;
    }
    if (MEASURE_WORDS.stream().anyMatch(body::contains)) {
      return Section.MEASURES;
    }
    if (PROBLEM_WORDS.stream().anyMatch(body::contains)) {
      return Section.PROBLEMS;
    }
    return null;
  }

  /** Index after "一、" or "第一部分", or 0 when the line is not numbered that way. */
  static int numberingEnd(String folded) {
    int index = folded.startsWith("第") ? 1 : 0;
    int numeralEnd = ChineseNumerals.runEnd(folded, index);
    if (numeralEnd == index || ChineseNumerals.value(folded, index, numeralEnd) < 0 || numeralEnd >= folded.length()) {
      return 0;
    }
    if (index == 1) {
      for (String unit : List.of("部分", "章", "节")) {
        if (folded.startsWith(unit, numeralEnd)) {
          return skipSpacesAndMarks(folded, numeralEnd + unit.length());
        }
      }
      return 0;
    }
    char separator = folded.charAt(numeralEnd);
    return separator == '、' || separator == '.' || separator == ',' ? skipSpacesAndMarks(folded, numeralEnd + 1) : 0;
  }

  private static int skipSpacesAndMarks(String folded, int index) {
    while (index < folded.length() && (folded.charAt(index) == ' ' || folded.charAt(index) == ':'
        || folded.charAt(index) == '、')) {
      index++;
    }
    return index;
  }

  private static boolean hasSentenceEnd(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '。' || c == ';' || c == '!' || c == '?') {
        return true;
      }
    }
    return false;
  }

  private static int trimmedEnd(String folded, int start) {
    int end = folded.length();
    while (end > start && ":。. ".indexOf(folded.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
