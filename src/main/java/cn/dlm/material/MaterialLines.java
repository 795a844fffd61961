package cn.dlm.material;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted or extracted text into clean paragraphs: stray publishing markers such as
 * {@code ##paidbegin##} removed wherever they sit, every kind of line break honoured, control and
 * invisible characters dropped, whitespace collapsed and trimmed, bold markers around a whole line
 * ("**（一）理论学习方面**") dropped, blank lines skipped.
 */
final class MaterialLines {

  private static final int MAX_MARKER_NAME = 31;

  private MaterialLines() {}

  static List<Line> of(String raw) {
    String text = withoutStrayMarkers(raw);
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

  /**
   * Removes every "##name##" (a letter, then up to 30 letters, digits or underscores). The text is
   * copied and each marker is dropped as soon as it is complete in the copy, so that a marker split
   * by another one ("#" + "##paidend##" + "#paidbegin##") goes as well, in one pass.
   */
  static String withoutStrayMarkers(String text) {
    if (text.indexOf("##") < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      kept.append(text.charAt(i));
      int markerStart = completedMarkerStart(kept);
      if (markerStart >= 0) {
        kept.setLength(markerStart);
      }
    }
    return kept.toString();
  }

  private static int completedMarkerStart(StringBuilder kept) {
    int end = kept.length();
    if (end < 5 || kept.charAt(end - 1) != '#' || kept.charAt(end - 2) != '#') {
      return -1;
    }
    int nameStart = end - 2;
    while (nameStart > 0 && end - 2 - nameStart < MAX_MARKER_NAME && isNameChar(kept.charAt(nameStart - 1))) {
      nameStart--;
    }
    boolean named = nameStart < end - 2 && isAsciiLetter(kept.charAt(nameStart));
    boolean opened = nameStart >= 2 && kept.charAt(nameStart - 1) == '#' && kept.charAt(nameStart - 2) == '#';
    return named && opened ? nameStart - 2 : -1;
  }

  private static boolean isNameChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
    if (end - start > 4 && line.charAt(start) == '*' && line.charAt(start + 1) == '*' && line.charAt(end - 1) == '*'
        && line.charAt(end - 2) == '*') {
      start += 2;
      end -= 2;
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
