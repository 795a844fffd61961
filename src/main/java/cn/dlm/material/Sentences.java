package cn.dlm.material;

/** Sentence boundaries in Chinese text, half- and full-width punctuation alike. */
final class Sentences {

  private static final String ENDS = "。;:!?\n";

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
