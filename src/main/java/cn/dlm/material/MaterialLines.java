package cn.dlm.material;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits pasted or extracted text into clean paragraphs: stray publishing markers such as
 * {@code ##paidbegin##} removed wherever they sit, every kind of line break honoured, control and
 * invisible characters dropped, whitespace collapsed and trimmed, blank lines skipped.
 */
final class MaterialLines {

  private static final Pattern STRAY_MARKER = Pattern.compile("##[A-Za-z][A-Za-z0-9_]{0,30}##");

  private MaterialLines() {}

  static List<Line> of(String raw) {
    String text = STRAY_MARKER.matcher(raw).replaceAll("");
    List<Line> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f' || c == '\u0085') {
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        add(lines, line);
      } else if (isSpace(c)) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          line.append(c).append(text.charAt(++i));
        }
      } else if (!Character.isISOControl(c) && !isInvisible(c) && !Character.isLowSurrogate(c)) {
        line.append(c);
      }
    }
    add(lines, line);
    return lines;
  }

  private static void add(List<Line> lines, StringBuilder line) {
    int start = 0;
    while (start < line.length() && (line.charAt(start) == '#' || line.charAt(start) == ' ')) {
      start++;
    }
    int end = line.length();
    while (end > start && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start) {
      lines.add(Line.of(line.substring(start, end)));
    }
    line.setLength(0);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u1680' || c == '\u202F'
        || c == '\u205F' || (c >= '\u2000' && c <= '\u200A');
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE' || c == '\uFFFF';
  }
}
