package cn.dlm.notification;

/**
 * Bounds user-entered text before it reaches a mail: no control characters, and at most a
 * given number of characters. Escaping is the templates' job; this only limits size.
 */
final class SafeText {

  private static final String ELLIPSIS = "…";

  private SafeText() {}

  /** One line: line breaks and runs of whitespace become single spaces. */
  public static String line(Object value, int maxChars) {
    if (value == null) {
      return "";
    }
    return clip(String.valueOf(value).replaceAll("[\\p{Cntrl}\\s]+", " ").strip(), maxChars);
  }

  /** A paragraph: line breaks stay, other control characters go. */
  public static String paragraph(Object value, int maxChars) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value).replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
    return clip(text, maxChars);
  }

  private static String clip(String text, int maxChars) {
    if (text.codePointCount(0, text.length()) <= maxChars) {
      return text;
    }
    int end = text.offsetByCodePoints(0, maxChars - 1);
    return text.substring(0, end) + ELLIPSIS;
  }
}
