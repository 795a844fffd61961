package cn.dlm.material;

import java.util.List;

/** Sentence boundaries in Chinese text, half- and full-width punctuation alike. */
final class Sentences {

  private static final String ENDS = "。;:!?\n";
  private static final int LEAD_IN_LENGTH = 8;
  private static final List<String> LEAD_IN_WORDS = List.of("表现", "体现");

  private Sentences() {}

  /** The first sentence of the text without its closing mark, or the whole text when it has none. */
  static String first(String text) {
    String folded = Line.fold(text);
    int start = 0;
    while (start < folded.length() && (isEnd(folded, start) || Character.isWhitespace(folded.charAt(start)))) {
      start++;
    }
    int end = start;
    while (end < folded.length() && !isEnd(folded, end)) {
      end++;
    }
    return text.substring(start, end).strip();
  }

  /**
   * An item's title: its first sentence without a trailing comma, or the second when the first only
   * announces it ("主要表现在：学习不够系统，……" → "学习不够系统，……"); for an item of one paragraph
   * that no sentence mark ends ("学习深度不足,流于表面化,……"), its first clause, up to the first comma.
   */
  static String title(String text) {
    String first = first(text);
    if (isLeadIn(first)) {
      int afterLeadIn = text.indexOf(first) + first.length();
      if (afterLeadIn < text.length() && isEnd(Line.fold(text), afterLeadIn)) {
        String next = first(text.substring(afterLeadIn + 1));
        first = next.isEmpty() ? first : next;
      }
    }
    if (first.length() == text.length() && first.indexOf('\n') < 0) {
      String folded = Line.fold(first);
      int comma = folded.indexOf(',');
      if (comma > 0) {
        first = first.substring(0, comma);
      }
    }
    return stripTrailingCommas(first);
  }

  /** "主要表现在：", "具体表现为：": words that announce the problem rather than name it. */
  private static boolean isLeadIn(String sentence) {
    return sentence.length() <= LEAD_IN_LENGTH && LEAD_IN_WORDS.stream().anyMatch(sentence::contains);
  }

  private static String stripTrailingCommas(String text) {
    int end = text.length();
    while (end > 0 && ",，、 ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? text : text.substring(0, end);
  }

  static boolean isEnd(String folded, int index) {
    char c = folded.charAt(index);
    if (c == '.') {
      boolean betweenDigits = index > 0 && index + 1 < folded.length()
          && Character.isDigit(folded.charAt(index - 1)) && Character.isDigit(folded.charAt(index + 1));
      return !betweenDigits;
    }
    return ENDS.indexOf(c) >= 0;
  }
}
