package cn.dlm.material;

import java.util.List;

/**
 * Recognizes the headings of a material's parts: "一、存在的主要问题", "二、存在问题的根源分析",
 * "三、今后努力方向和整改措施", "第二部分 原因剖析", or a short unnumbered line such as "整改措施",
 * also in bold ("**一、存在的问题**"), in brackets ("【原因分析】") or with a trailing colon; and
 * a short unnumbered heading followed by its text after a colon ("思想根源：问题的根子在于……").
 */
final class SectionHeading {

  private static final int MAX_NUMBERED = 30;
  private static final int MAX_UNNUMBERED = 15;
  private static final List<String> CAUSE_WORDS = List.of("原因", "根源", "剖析", "根子", "症结");
  private static final List<String> MEASURE_WORDS = List.of("整改", "措施", "努力方向", "改进方向", "今后方向", "打算");
  private static final List<String> PROBLEM_WORDS = List.of("问题", "不足", "差距", "查摆", "检视");
  /** An unnumbered line is a heading only if it ends like one. */
  private static final List<String> HEADING_ENDINGS =
      List.of("问题", "不足", "差距", "查摆", "原因", "根源", "分析", "剖析", "措施", "方向", "打算");

  private SectionHeading() {}

  /**
   * The part this line opens, or {@code null} if it opens none. An unnumbered heading is believed
   * only when it moves forward from the current part, so that a short line such as "…的问题" inside
   * the measures is not mistaken for a heading.
   */
  static Section of(Line line, Section current) {
    return of(unwrapped(line.folded()), current, false);
  }

  /**
   * The part a line would open if headings could go back as well as forward: a line for which this
   * is not {@code null} but {@link #of} is, looks like a heading and was read as text.
   */
  static Section ignoringOrder(Line line) {
    return of(unwrapped(line.folded()), Section.PREAMBLE, true);
  }

  /**
   * A short unnumbered heading and its text in one paragraph, "原因分析：……", moving forward from
   * the current part; {@code null} when the line does not start that way.
   */
  static WithText withText(Line line, Section current) {
    String folded = line.folded();
    int colon = -1;
    for (int i = 0; i < folded.length() && i <= MAX_UNNUMBERED && colon < 0; i++) {
      colon = folded.charAt(i) == ':' ? i : -1;
    }
    if (colon < 2 || colon > MAX_UNNUMBERED || colon + 1 == folded.length() || numberingEnd(folded) > 0
        || ItemMarker.atStart(folded) != null) {
      return null;
    }
    Section section = of(unwrapped(folded.substring(0, colon)), current, false);
    int restStart = colon + 1;
    while (restStart < folded.length() && folded.charAt(restStart) == ' ') {
      restStart++;
    }
    return section == null ? null : new WithText(section, line.from(restStart));
  }

  record WithText(Section section, Line rest) {}

  private static Section of(String folded, Section current, boolean anyOrder) {
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
    boolean endsLikeHeading = false;
    for (String ending : HEADING_ENDINGS) {
      endsLikeHeading |= body.endsWith(ending);
    }
    boolean forward = anyOrder || (section != null && section.compareTo(current) > 0 && current != Section.OTHER);
    return section != null && endsLikeHeading && forward ? section : null;
  }

  /** The line without bold markers around it ("**…**") or brackets around the whole ("【…】"). */
  private static String unwrapped(String folded) {
    int start = 0;
    int end = folded.length();
    while (start < end && (folded.charAt(start) == '*' || folded.charAt(start) == '_')) {
      start++;
    }
    while (end > start && "*_: ".indexOf(folded.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end - start > 2 && folded.charAt(start) == '(' && folded.charAt(end - 1) == ')'
        && folded.indexOf(')', start) == end - 1) {
      start++;
      end--;
    }
    return folded.substring(start, end).strip();
  }

  private static Section classify(String body) {
    if (problemsFirst(body)) {
      return Section.PROBLEMS;
    }
    if (containsAny(body, CAUSE_WORDS)) {
      return Section.CAUSES;
    }
    if (containsAny(body, MEASURE_WORDS)) {
      return Section.MEASURES;
    }
    return containsAny(body, PROBLEM_WORDS) ? Section.PROBLEMS : null;
  }

  private static boolean containsAny(String body, List<String> words) {
    for (String word : words) {
      if (body.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "存在的问题及原因分析", "检视问题和整改措施": problems joined to what follows them by 及/和/与/、 open
   * the problems, whose causes and measures come inside; "存在问题的根源分析" opens the causes.
   */
  private static boolean problemsFirst(String body) {
    for (String word : PROBLEM_WORDS) {
      int at = body.indexOf(word);
      int after = at + word.length();
      if (at >= 0 && after < body.length() && "及和与、".indexOf(body.charAt(after)) >= 0) {
        return true;
      }
    }
    return false;
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
