package cn.dlm.material;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an item of a material begins: "（一）" blocks, "一是" ordinals and "第一，" / "其一，"
 * sequence words (both also inside a paragraph), "1." / "1、" numbers, "(1)" / "1)" numbers,
 * circled numbers "①" and labels "问题1：" / "问题：". Positions refer to the line.
 *
 * @param start index of the marker's first character
 * @param end index of the item text after the marker and its separators
 */
record ItemMarker(Kind kind, int value, int start, int end) {

  enum Kind {
    BLOCK, ORDINAL, SEQUENCE, DOTTED, PARENTHESIZED, CIRCLED, LABELED;

    /** Whether markers of this kind also begin items inside a paragraph. */
    boolean inline() {
      return this == ORDINAL || this == SEQUENCE;
    }
  }

  /** Characters after which an inline "一是" may begin a new item. */
  private static final String ORDINAL_BOUNDARY = "。.;:!?,";
  private static final String SEPARATORS = " 、.,:";
  /** What follows the numeral of "第一，" / "其一：": a comma, an enumeration comma or a colon. */
  private static final String SEQUENCE_SEPARATORS = ",、:";
  private static final String PROBLEM_LABEL = "问题";

  /** The marker at the very beginning of the line, or {@code null}. */
  static ItemMarker atStart(String folded) {
    if (folded.isEmpty()) {
      return null;
    }
    char first = folded.charAt(0);
    if (first == '(') {
      return parenthesized(folded);
    }
    if (first >= '\u2460' && first <= '\u2473') {
      return marker(Kind.CIRCLED, first - 0x245F, folded, 1);
    }
    if (first >= '\u2474' && first <= '\u2487') {
      return marker(Kind.PARENTHESIZED, first - 0x2473, folded, 1);
    }
    if (first >= '\u2488' && first <= '\u249B') {
      return marker(Kind.DOTTED, first - 0x2487, folded, 1);
    }
    if (isAsciiDigit(first)) {
      return numbered(folded);
    }
    if (first == '第' || first == '其') {
      return sequence(folded, 0);
    }
    if (folded.startsWith(PROBLEM_LABEL)) {
      return label(folded);
    }
    int numeralEnd = ChineseNumerals.runEnd(folded, 0);
    if (numeralEnd > 0 && numeralEnd < folded.length() && folded.charAt(numeralEnd) == '是') {
      int value = ChineseNumerals.value(folded, 0, numeralEnd);
      return value < 0 ? null : marker(Kind.ORDINAL, value, folded, numeralEnd + 1);
    }
    return null;
  }

  /** Every "一是"-style ordinal in the line that stands at the line start or after a punctuation mark. */
  static List<ItemMarker> ordinals(String folded) {
    List<ItemMarker> found = new ArrayList<>();
    for (int i = folded.indexOf('是'); i >= 0; i = folded.indexOf('是', i + 1)) {
      int start = i;
      while (start > 0 && i - start < ChineseNumerals.MAX_LENGTH && ChineseNumerals.isNumeral(folded.charAt(start - 1))) {
        start--;
      }
      if (start == i || (start > 0 && ChineseNumerals.isNumeral(folded.charAt(start - 1)))) {
        continue;
      }
      if (!atBoundary(folded, start)) {
        continue;
      }
      int value = ChineseNumerals.value(folded, start, i);
      if (value > 0) {
        found.add(new ItemMarker(Kind.ORDINAL, value, start, skipSeparators(folded, i + 1)));
      }
    }
    return found;
  }

  /** Every marker of an inline kind in the line, at its start or after a punctuation mark. */
  static List<ItemMarker> inline(String folded, Kind kind) {
    return kind == Kind.SEQUENCE ? sequences(folded) : ordinals(folded);
  }

  /** Every "第一，" / "其一，" in the line that stands at the line start or after a punctuation mark. */
  static List<ItemMarker> sequences(String folded) {
    List<ItemMarker> found = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c == '第' || c == '其') && atBoundary(folded, i)) {
        ItemMarker marker = sequence(folded, i);
        if (marker != null) {
          found.add(marker);
          i = marker.end() - 1;
        }
      }
    }
    return found;
  }

  /** "第一，" or "其一，" at {@code start}; not "第一时间", "第一书记" nor "第一、二季度". */
  private static ItemMarker sequence(String folded, int start) {
    int numeralEnd = ChineseNumerals.runEnd(folded, start + 1);
    if (numeralEnd == start + 1 || numeralEnd + 1 >= folded.length()
        || SEQUENCE_SEPARATORS.indexOf(folded.charAt(numeralEnd)) < 0
        || ChineseNumerals.isNumeral(folded.charAt(numeralEnd + 1))) {
      return null;
    }
    int value = ChineseNumerals.value(folded, start + 1, numeralEnd);
    return value > 0 ? new ItemMarker(Kind.SEQUENCE, value, start, skipSeparators(folded, numeralEnd + 1)) : null;
  }

  /** "问题1：", "问题一：" or "问题：" opening a problem of a problem–cause list. */
  private static ItemMarker label(String folded) {
    int from = PROBLEM_LABEL.length();
    if (folded.length() > from + 1 && folded.charAt(from) == ':') {
      return new ItemMarker(Kind.LABELED, 1, 0, skipSeparators(folded, from + 1));
    }
    int end = from;
    while (end < folded.length() && end - from < 3 && isAsciiDigit(folded.charAt(end))) {
      end++;
    }
    int value = end > from ? arabic(folded, from, end) : -1;
    if (end == from) {
      end = ChineseNumerals.runEnd(folded, from);
      value = ChineseNumerals.value(folded, from, end);
    }
    if (value < 1 || end >= folded.length() || " :.、".indexOf(folded.charAt(end)) < 0) {
      return null;
    }
    return new ItemMarker(Kind.LABELED, value, 0, skipSeparators(folded, end + 1));
  }

  private static boolean atBoundary(String folded, int index) {
    int before = index - 1;
    while (before >= 0 && folded.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || ORDINAL_BOUNDARY.indexOf(folded.charAt(before)) >= 0;
  }

  private static ItemMarker parenthesized(String folded) {
    int close = 1;
    while (close < folded.length() && close <= 4 && folded.charAt(close) != ')') {
      close++;
    }
    if (close < 2 || close > 4 || close == folded.length()) {
      return null;
    }
    int chinese = ChineseNumerals.value(folded, 1, close);
    if (chinese > 0) {
      return marker(Kind.BLOCK, chinese, folded, close + 1);
    }
    int arabic = arabic(folded, 1, close);
    return arabic > 0 ? marker(Kind.PARENTHESIZED, arabic, folded, close + 1) : null;
  }

  private static ItemMarker numbered(String folded) {
    int end = 0;
    while (end < folded.length() && end < 4 && isAsciiDigit(folded.charAt(end))) {
      end++;
    }
    if (end > 3 || end >= folded.length()) {
      return null;
    }
    char separator = folded.charAt(end);
    boolean followedByDigit = end + 1 < folded.length() && isAsciiDigit(folded.charAt(end + 1));
    int value = arabic(folded, 0, end);
    if ((separator == '.' || separator == '、' || separator == ',') && !followedByDigit) {
      return marker(Kind.DOTTED, value, folded, end + 1);
    }
    if (separator == ')') {
      return marker(Kind.PARENTHESIZED, value, folded, end + 1);
    }
    return null;
  }

  private static ItemMarker marker(Kind kind, int value, String folded, int markerEnd) {
    return value > 0 ? new ItemMarker(kind, value, 0, skipSeparators(folded, markerEnd)) : null;
  }

  private static int skipSeparators(String folded, int index) {
    while (index < folded.length() && SEPARATORS.indexOf(folded.charAt(index)) >= 0) {
      index++;
    }
    return index;
  }

  private static int arabic(String folded, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      if (!isAsciiDigit(folded.charAt(i))) {
        return -1;
      }
      value = value * 10 + (folded.charAt(i) - '0');
    }
    return value;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
