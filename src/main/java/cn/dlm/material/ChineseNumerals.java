package cn.dlm.material;

/** Chinese numerals as used to number parts and items: 一 … 九十九. */
final class ChineseNumerals {

  static final int MAX_LENGTH = 3;
  private static final String DIGITS = "一二三四五六七八九";

  private ChineseNumerals() {}

  static boolean isNumeral(char c) {
    return c == '十' || DIGITS.indexOf(c) >= 0;
  }

  /** End of the numeral run starting at {@code from}, which is {@code from} when there is none. */
  static int runEnd(String text, int from) {
    int end = from;
    while (end < text.length() && isNumeral(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The value of {@code text[from, to)}, or -1 when it is not a well-formed numeral. */
  static int value(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > MAX_LENGTH) {
      return -1;
    }
    int ten = from;
    while (ten < to && text.charAt(ten) != '十') {
      ten++;
    }
    if (ten == to) {
      return length == 1 ? digit(text.charAt(from)) : -1;
    }
    int tens = ten == from ? 1 : (ten == from + 1 ? digit(text.charAt(from)) : -1);
    int units = ten == to - 1 ? 0 : (ten == to - 2 ? digit(text.charAt(to - 1)) : -1);
    if (tens < 1 || units < 0 || (tens == 1 && ten != from)) {
      return -1;
    }
    return tens * 10 + units;
  }

  private static int digit(char c) {
    int index = DIGITS.indexOf(c);
    return index < 0 ? -1 : index + 1;
  }
}
